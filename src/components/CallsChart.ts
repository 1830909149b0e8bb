/**
 * The calls: every Trump–Putin and Trump–Zelensky call and meeting since
 * 20 January 2025 on one time axis, one lane per counterpart, the Putin calls
 * numbered by the data (`callNumber`). Below, the first days of July enlarged,
 * one column per day, so that the calls of 3 and 4 July stand apart.
 *
 * Colour and lane encode the counterpart, shape the kind of contact (circle:
 * call, square: meeting); a contact that did not take place is hollow and dashed.
 *
 * Where a panel would need more than a few rows of stacked marks in a lane
 * (synthetic data, thousands of events), it counts the events in bins of whole
 * days instead, at least one hit target wide, and draws one circle per bin whose
 * area is proportional to its count: a few dozen nodes instead of thousands.
 */
import { ascending, bisectRight } from "d3-array";
import { axisBottom } from "d3-axis";
import { scaleBand, scaleOrdinal, scaleUtc, type ScaleTime } from "d3-scale";
import { create, type Selection } from "d3-selection";
import { utcDay, utcMonth } from "d3-time";
import { formatDateRange, formatDayMonth, shortMonth, type Lang } from "../lib/format.js";
import type { StoryActor, StoryData, StoryEvent } from "../lib/story.js";
import {
  chartFigure,
  detailsPanel,
  el,
  eventTable,
  interactiveMarks,
  markActive,
  sourceLine,
  svgNs,
  symbolPath,
  type MarkDatum,
  type SymbolKind,
} from "./common.js";
import { dayNumber, dayOf, isoDay } from "./days.js";
import { termStartOf } from "./facts.js";
import { LABELS } from "./labels.js";
import { areaSwatch, key, numberSwatch, symbolSwatch } from "./kit/key.js";
import { textWidth } from "./kit/text.js";
import { paint, SIDE_COLOR } from "./palette.js";

type Counterpart = NonNullable<StoryEvent["counterpart"]>;

export interface CallsChartData {
  events: StoryEvent[];
  actors: Record<string, StoryActor>;
  meta: StoryData["meta"];
  /** Where the term starts (the first phase); without it, the first event. */
  deliveryPhases?: StoryData["deliveryPhases"];
  /** The days enlarged below the overview (first and last, ISO). */
  callsZoom?: [string, string];
}

export interface CallsChartOptions {
  width: number;
  lang: Lang;
  /** First and last day shown (ISO dates); by default 20 January 2025 to the last day of the data. */
  domain?: [string, string];
}

const LANES: Counterpart[] = ["putin", "zelensky"];
/** Colour encodes the counterpart's side, as everywhere on the page. */
const LANE_COLOR: Record<Counterpart, string> = {
  putin: paint(SIDE_COLOR.russia),
  zelensky: paint(SIDE_COLOR.ukraine),
};
/** Shape encodes the kind of contact. */
const SHAPE: Partial<Record<StoryEvent["type"], SymbolKind>> = { call: "circle", meeting: "square" };
/** Half of the 24 px a pointer or finger needs to hit a mark. */
const HIT_RADIUS = 12;
/** How far the ring of an active mark lies outside its symbol. */
const RING_OFFSET = 3.5;
/** From the top of a symbol to the baseline of its call number: clear of the ring. */
const NUMBER_GAP = RING_OFFSET + 2.5;
/** More rows of stacked marks than this in a lane, and a panel counts its events in bins instead. */
const MAX_ROWS = 3;
/** The smallest circle of a bin: one event must stay visible. */
const BIN_MIN_RADIUS = 3;
/** How many headlines the details of a bin list before pointing to the table. */
const BIN_HEADLINES = 8;

/** Below this width the chart takes a phone's sizes: smaller type and marks, fewer month ticks. */
const NARROW = 480;
/** Space above and below the chart's content, px. */
const MARGIN_Y = 4;
/** Height of the dashed lines that join the zoomed days in the overview to the panel below. */
const CONNECTOR_HEIGHT = 22;
/** How far the frame of the enlarged panel reaches beyond the plot on either side. */
const FRAME_PADDING = 8;
/** Room a day label needs around its text before the long form ("3. Juli") is used. */
const DAY_LABEL_PADDING = 8;

/** Sizes that follow the width: smaller type and marks on a phone. */
interface Sizes {
  narrow: boolean;
  fontSize: number;
  laneFontSize: number;
  radius: number;
  zoomRadius: number;
  margin: { top: number; right: number; bottom: number; left: number };
  innerWidth: number;
  /** Lane label, then room for the call numbers. */
  laneHeader: number;
  axisHeight: number;
  zoomTitleHeight: number;
  dayLabelHeight: number;
}

function sizesFor(width: number): Sizes {
  const narrow = width < NARROW;
  const fontSize = narrow ? 11 : 12;
  const laneFontSize = fontSize + 1;
  const margin = { top: MARGIN_Y, right: HIT_RADIUS + 2, bottom: MARGIN_Y, left: HIT_RADIUS + 2 };
  return {
    narrow,
    fontSize,
    laneFontSize,
    radius: narrow ? 5.5 : 7,
    zoomRadius: narrow ? 8 : 9,
    margin,
    innerWidth: width - margin.left - margin.right,
    laneHeader: laneFontSize + 4 + fontSize + 6,
    axisHeight: fontSize + 14,
    zoomTitleHeight: fontSize + 20,
    dayLabelHeight: fontSize + 12,
  };
}

/** What the chart shows, in words and events: taken from the data once. */
interface CallsModel {
  lang: Lang;
  domain: [string, string];
  /** The enlarged days (first, last); none when the data names no window (no halt): then no inset. */
  zoomWindow?: [string, string];
  events: StoryEvent[];
  zoomEvents: StoryEvent[];
  name: (id: string) => string;
  laneLabel: (counterpart: Counterpart) => string;
  title: string;
  rangeLabel: string;
  zoomRangeLabel?: string;
}

function callsModel(data: CallsChartData, options: CallsChartOptions): CallsModel {
  const { lang } = options;
  const domain = options.domain ?? [termStartOf(data), data.meta.dataUntil];
  const zoomWindow = data.callsZoom;
  // Trump's calls and meetings with Putin or Zelensky, in the order of the data (by date).
  const events = data.events.filter(
    (event) => event.counterpart && event.date >= domain[0] && event.date <= domain[1],
  );
  const name = (id: string) => lastName(data.actors[id]?.name ?? id);
  return {
    lang,
    domain,
    zoomWindow,
    events,
    zoomEvents: zoomWindow
      ? events.filter((event) => event.date >= zoomWindow[0] && event.date <= zoomWindow[1])
      : [],
    name,
    laneLabel: (counterpart) => `${name("trump")} – ${name(counterpart)}`,
    title: LABELS[lang].calls.title(name("trump"), name("putin"), name("zelensky")),
    rangeLabel: formatDateRange(domain[0], domain[1], lang),
    zoomRangeLabel: zoomWindow && formatDateRange(zoomWindow[0], zoomWindow[1], lang),
  };
}

/** The overview: time → x; same-lane marks closer than a hit target stacked in rows, or counted in bins of k days. */
function overviewLayout(model: CallsModel, sizes: Sizes) {
  const x = scaleUtc()
    .domain([dayOf(model.domain[0]), utcDay.offset(dayOf(model.domain[1]), 1)])
    .range([0, sizes.innerWidth]);
  const dayX = perDay((iso) => dayCentre(x, iso));
  const spans = daySpans(x, 2 * HIT_RADIUS);
  const plan = planPanel(
    "overview",
    model.events,
    (event) => dayX(event.date),
    sizes.radius,
    spans.spans,
    model.lang,
    model.name,
  );
  const lanes = laneLayout(plan.rowCounts, plan.radius, sizes.fontSize, sizes.laneHeader);
  const lane = scaleOrdinal<Counterpart, number>().domain(LANES).range(lanes.offsets);
  return { x, spans, plan, lanes, lane };
}

/** The enlarged days: one column per day (and one bin per day where binned). */
function zoomLayout(model: CallsModel & { zoomWindow: [string, string] }, sizes: Sizes) {
  const [first, last] = model.zoomWindow;
  const days = utcDay.range(dayOf(first), utcDay.offset(dayOf(last), 1)).map(isoDay);
  const day = scaleBand<string>().domain(days).range([0, sizes.innerWidth]);
  const centre = (iso: string) => day(iso)! + day.bandwidth() / 2;
  const spans = days.map((iso): Span => ({ start: iso, end: iso, x: centre(iso), width: day.bandwidth() }));
  const plan = planPanel(
    "zoom",
    model.zoomEvents,
    (event) => centre(event.date),
    sizes.zoomRadius,
    spans,
    model.lang,
    model.name,
  );
  const lanes = laneLayout(plan.rowCounts, plan.radius, sizes.fontSize, sizes.laneHeader);
  const lane = scaleOrdinal<Counterpart, number>()
    .domain(LANES)
    .range(lanes.offsets.map((offset) => offset + sizes.zoomTitleHeight));
  return { days, day, centre, plan, lanes, lane };
}

type Overview = ReturnType<typeof overviewLayout>;
type Zoom = ReturnType<typeof zoomLayout>;

/** The enlarged panel's layout, if the model has a window to enlarge. */
const zoomOf = (model: CallsModel, sizes: Sizes): Zoom | undefined =>
  model.zoomWindow ? zoomLayout({ ...model, zoomWindow: model.zoomWindow }, sizes) : undefined;

/** Where the parts stand, top to bottom: the overview, the connectors, the enlarged panel (if any). */
function verticalLayout(sizes: Sizes, overview: Overview, zoom: Zoom | undefined) {
  const overviewBottom = overview.lanes.height + sizes.axisHeight;
  if (!zoom)
    return {
      overviewBottom,
      zoomTop: 0,
      zoomHeight: 0,
      height: sizes.margin.top + overviewBottom + sizes.margin.bottom,
    };
  const zoomTop = overviewBottom + CONNECTOR_HEIGHT;
  const zoomHeight = sizes.zoomTitleHeight + zoom.lanes.height + sizes.dayLabelHeight;
  return {
    overviewBottom,
    zoomTop,
    zoomHeight,
    height: sizes.margin.top + zoomTop + zoomHeight + sizes.margin.bottom,
  };
}

type Vertical = ReturnType<typeof verticalLayout>;

export function CallsChart(data: CallsChartData, options: CallsChartOptions): HTMLElement {
  const { width, lang } = options;
  const model = callsModel(data, options);
  const sizes = sizesFor(width);
  const overview = overviewLayout(model, sizes);
  const zoom = zoomOf(model, sizes);
  const vertical = verticalLayout(sizes, overview, zoom);

  const svg = create("svg")
    .attr("xmlns", svgNs)
    .attr("class", "calls-svg")
    .attr("width", width)
    .attr("height", vertical.height)
    .attr("viewBox", `0 0 ${width} ${vertical.height}`)
    .attr("role", "group")
    .attr("aria-label", LABELS[lang].calls.svgLabel(model.title, model.rangeLabel))
    .attr("font-size", sizes.fontSize);
  if (zoom) drawZoomLink(svg, model, sizes, overview, vertical);
  drawOverview(svg, model, sizes, overview);
  if (zoom) drawZoom(svg, model, sizes, zoom, vertical);
  const panel = detailsPanel(data.actors, lang);
  wireMarks(svg, panel, model);

  const caption = captionText(model, overview, zoom);
  const keys = {
    symbols: overview.plan.kind !== "bins" || (zoom?.plan.kind !== "bins" && model.zoomEvents.length > 0),
    bins: overview.plan.kind === "bins" || zoom?.plan.kind === "bins",
  };
  return chartFigure({
    id: "calls-chart",
    title: model.title,
    caption,
    source: sourceLine(model.events, data.meta.dataUntilLabel, lang),
    chart: el("div", { class: "calls-body" }, legend(lang, model.name("putin"), keys), svg.node()!),
    alternative: () => eventTable(model.events, data.actors, lang, caption),
    details: panel.node,
    lang,
  });
}

type Svg = Selection<SVGSVGElement, undefined, null, undefined>;
type Group = Selection<SVGGElement, undefined, null, undefined>;

/** The zoomed days, marked in the overview and joined to the panel below. */
function drawZoomLink(
  svg: Svg,
  model: CallsModel,
  sizes: Sizes,
  overview: Overview,
  vertical: Vertical,
): void {
  const { x } = overview;
  const { innerWidth, margin } = sizes;
  const [first, last] = model.zoomWindow!;
  const zoomStart = x(dayOf(first));
  const zoomEnd = x(utcDay.offset(dayOf(last), 1));
  const link = svg
    .append("g")
    .attr("class", "calls-zoom-link")
    .attr("aria-hidden", "true")
    .attr("transform", translate(margin.left, margin.top));
  if (zoomEnd <= 0 || zoomStart >= innerWidth) return;
  const [left, right] = [Math.max(0, zoomStart), Math.min(innerWidth, zoomEnd)];
  link
    .append("rect")
    .attr("class", "calls-highlight")
    .attr("x", round(left))
    .attr("width", round(right - left))
    .attr("y", 0)
    .attr("height", vertical.overviewBottom);
  link
    .selectAll("line")
    .data([
      [left, -FRAME_PADDING],
      [right, innerWidth + FRAME_PADDING],
    ])
    .join("line")
    .attr("class", "calls-connector")
    .attr("x1", ([from]) => round(from))
    .attr("y1", vertical.overviewBottom)
    .attr("x2", ([, to]) => round(to))
    .attr("y2", vertical.zoomTop);
}

/** The overview: lanes, month grid, axis, marks. */
function drawOverview(svg: Svg, model: CallsModel, sizes: Sizes, overview: Overview): void {
  const { x, lanes, lane, plan } = overview;
  const { lang } = model;
  const group = svg
    .append("g")
    .attr("class", "calls-overview")
    .attr("transform", translate(sizes.margin.left, sizes.margin.top));
  const ticks = monthTicks(x, lang, sizes.fontSize, sizes.narrow, sizes.margin);
  drawLanes(
    group,
    lane,
    lanes,
    model.laneLabel,
    sizes.laneFontSize,
    sizes.innerWidth,
    ticks.map((tick) => x(tick)),
  );
  group
    .append("g")
    .attr("class", "calls-axis")
    .attr("aria-hidden", "true")
    .attr("transform", translate(0, lanes.height))
    .call(
      axisBottom(x)
        .tickValues(ticks)
        .tickFormat((date) => shortMonth(date as Date, lang))
        .tickSizeOuter(0),
    )
    .attr("font-size", sizes.fontSize)
    .attr("font-family", null);
  drawPanelMarks(group.append("g").attr("class", "calls-marks"), plan, lane, lanes);
}

/** The enlarged days: frame, title, lanes with one column per day, day labels, marks. */
function drawZoom(svg: Svg, model: CallsModel, sizes: Sizes, zoom: Zoom, vertical: Vertical): void {
  const { fontSize, innerWidth, margin } = sizes;
  const group = svg
    .append("g")
    .attr("class", "calls-zoom")
    .attr("aria-hidden", "true")
    .attr("transform", translate(margin.left, margin.top + vertical.zoomTop));
  group
    .append("rect")
    .attr("class", "calls-zoom-frame")
    .attr("x", -FRAME_PADDING)
    .attr("y", 0)
    .attr("width", innerWidth + 2 * FRAME_PADDING)
    .attr("height", vertical.zoomHeight);
  group
    .append("text")
    .attr("class", "calls-zoom-title")
    .attr("aria-hidden", "true")
    .attr("x", 0)
    .attr("y", fontSize + 6)
    .text(LABELS[model.lang].calls.zoomTitle(model.zoomRangeLabel!));
  const columnEdges = zoom.days.slice(1).map((iso) => zoom.day(iso)!);
  drawLanes(group, zoom.lane, zoom.lanes, model.laneLabel, sizes.laneFontSize, innerWidth, columnEdges);
  drawDayLabels(group, model.lang, sizes, zoom);
  drawPanelMarks(group.append("g").attr("class", "calls-marks"), zoom.plan, zoom.lane, zoom.lanes);
}

/** Under each enlarged day its date: "3. Juli" where every column has room for it, else "3.". */
function drawDayLabels(group: Group, lang: Lang, sizes: Sizes, zoom: Zoom): void {
  const longDay = (iso: string) => formatDayMonth(iso, lang);
  const fitsLong =
    Math.max(...zoom.days.map((iso) => textWidth(longDay(iso), sizes.fontSize))) + DAY_LABEL_PADDING <=
    zoom.day.bandwidth();
  group
    .append("g")
    .attr("class", "calls-days")
    .attr("aria-hidden", "true")
    .attr("text-anchor", "middle")
    .selectAll("text")
    .data(zoom.days)
    .join("text")
    .attr("data-day", (iso) => iso)
    .attr("x", (iso) => round(zoom.centre(iso)))
    .attr("y", sizes.zoomTitleHeight + zoom.lanes.height + sizes.fontSize + 2)
    .text((iso) => (fitsLong ? longDay(iso) : dayNumber(dayOf(iso), lang)));
}

/**
 * One tab stop for the chart; the arrow keys walk the overview's marks. The enlarged
 * days repeat some of them: they answer a pointer, but are hidden from assistive
 * technology and the keyboard, so that each event is heard and focused once.
 */
function wireMarks(svg: Svg, panel: ReturnType<typeof detailsPanel>, model: CallsModel): void {
  const { lang } = model;
  const all = svg.selectAll<SVGGElement, Mark>("g.calls-mark");
  const show = (mark: Mark | undefined) => {
    if (mark && isBin(mark)) panel.showContent(binDetails(mark, lang));
    else panel.show(mark);
    markActive(all, (other) => mark !== undefined && related(other, mark));
  };
  const overview = svg.selectAll<SVGGElement, Mark>(".calls-overview g.calls-mark");
  interactiveMarks(overview, show);
  overview.attr("aria-label", (mark) => markLabel(mark, model));
  // A bin is no event: it needs no event id (interactiveMarks sets one), its days and count say what it holds.
  overview.filter((mark) => isBin(mark)).attr("data-event", null);
  const zoom = svg.selectAll<SVGGElement, Mark>(".calls-zoom g.calls-mark");
  zoom
    .attr("data-event", (mark) => (isBin(mark) ? null : mark.id))
    .on("click", (_, mark) => show(mark))
    .on("mouseenter", (_, mark) => show(mark));
}

/** The caption: how many calls, what did not take place, what is enlarged, and how bins count. */
function captionText(model: CallsModel, overview: Overview, zoom: Zoom | undefined): string {
  const { lang, events, name } = model;
  const text = LABELS[lang].calls;
  const overviewBinned = overview.plan.kind === "bins";
  const zoomBinned = zoom?.plan.kind === "bins";
  const callCount = events.filter((event) => event.callNumber !== undefined).length;
  const notHeld = events.filter((event) => event.status === "not_held");
  return [
    `${text.calls(callCount, name("trump"), name("putin"), !overviewBinned)} ${text.others(name("trump"), name("zelensky"))}, ${model.rangeLabel}.`,
    notHeld.length > 0
      ? text.notHeld(notHeld.length, LABELS[lang].type[notHeld[0].type], !overviewBinned)
      : undefined,
    model.zoomRangeLabel ? text.zoom(model.zoomRangeLabel) : undefined,
    overviewBinned || zoomBinned
      ? text.binned(
          overviewBinned ? text.overviewBins(overview.spans.days, overview.spans.lastDays) : undefined,
          zoomBinned,
        )
      : undefined,
  ]
    .filter(Boolean)
    .join(" ");
}

/** A span of days on the x axis in which a panel counts events: first and last day (ISO), centre and width in px. */
interface Span {
  start: string;
  end: string;
  x: number;
  width: number;
}

/** The events of one lane within one span of days, drawn as one mark. */
interface Bin extends MarkDatum {
  kind: "bin";
  counterpart: Counterpart;
  start: string;
  end: string;
  events: StoryEvent[];
  /** Centre of the span, in px. */
  x: number;
  /** Radius of the circle: its area is proportional to the count. */
  radius: number;
}

/** What a focusable mark stands for: one event, or a bin of events. */
type Mark = StoryEvent | Bin;

const isBin = (mark: Mark): mark is Bin => "kind" in mark && mark.kind === "bin";

/** What a panel draws: one mark per event, stacked in rows, or one mark per bin; and the rows each lane needs for it. */
type PanelPlan =
  | {
      kind: "events";
      events: StoryEvent[];
      x: (event: StoryEvent) => number;
      rows: Map<string, number>;
      radius: number;
      rowCounts: number[];
    }
  | { kind: "bins"; bins: Bin[]; radius: number; rowCounts: number[] };

/**
 * One mark per event where the marks of each lane fit into MAX_ROWS rows;
 * else the events counted in the spans, one mark per non-empty bin, in one row.
 */
function planPanel(
  panel: string,
  events: StoryEvent[],
  x: (event: StoryEvent) => number,
  radius: number,
  spans: Span[],
  lang: Lang,
  name: (id: string) => string,
): PanelPlan {
  if (rowsNeeded(events, x, 2 * HIT_RADIUS) <= MAX_ROWS) {
    const rows = stackRows(events, x, 2 * HIT_RADIUS);
    return { kind: "events", events, x, rows, radius, rowCounts: rowCounts(events, rows) };
  }
  const bins = binEvents(panel, events, spans, lang, name);
  return {
    kind: "bins",
    bins,
    radius: Math.max(...bins.map((bin) => bin.radius)),
    rowCounts: LANES.map(() => 1),
  };
}

/**
 * The rows stackRows needs in the fullest lane, without stacking: the most
 * marks of one lane less than `gap` apart. Taking marks in order of position,
 * each into the first row where it fits, needs exactly that many rows
 * (first fit is optimal for intervals sorted by their start).
 */
function rowsNeeded(events: StoryEvent[], position: (event: StoryEvent) => number, gap: number): number {
  let most = 0;
  for (const counterpart of LANES) {
    const xs = Float64Array.from(
      events.filter((event) => event.counterpart === counterpart),
      position,
    ).sort();
    for (let last = 0, first = 0; last < xs.length; last++) {
      while (xs[last] - xs[first] >= gap) first++;
      most = Math.max(most, last - first + 1);
    }
  }
  return most;
}

/**
 * Runs of whole days from the first day of the x domain, each at least
 * `minWidth` wide: `days` days, as few as allow that; the rest of a shorter
 * run joins the last one, which has `lastDays` days.
 */
function daySpans(
  x: ScaleTime<number, number>,
  minWidth: number,
): { spans: Span[]; days: number; lastDays: number } {
  const [first, end] = x.domain();
  const total = Math.max(1, utcDay.count(first, end));
  const dayWidth = (x(end) - x(first)) / total;
  let days = Math.max(1, Math.ceil(minWidth / dayWidth));
  if (days > 1 && (days - 1) * dayWidth >= minWidth) days -= 1; // the division came out a hair above a whole number
  days = Math.min(days, total);
  const count = Math.floor(total / days);
  const spans = Array.from({ length: count }, (_, index): Span => {
    const from = utcDay.offset(first, index * days);
    const to = index === count - 1 ? end : utcDay.offset(first, (index + 1) * days);
    return {
      start: isoDay(from),
      end: isoDay(utcDay.offset(to, -1)),
      x: (x(from) + x(to)) / 2,
      width: x(to) - x(from),
    };
  });
  return { spans, days, lastDays: total - (count - 1) * days };
}

/**
 * The events of each lane counted in consecutive spans of days, in one pass
 * (an event's span by bisection of the span starts): the non-empty bins in time
 * order, lane by lane within a span. A circle's area is proportional to its
 * count, the fullest bin as large as its span leaves room for beside its
 * neighbours, none smaller than BIN_MIN_RADIUS.
 */
function binEvents(
  panel: string,
  events: StoryEvent[],
  spans: Span[],
  lang: Lang,
  name: (id: string) => string,
): Bin[] {
  const starts = spans.map((span) => span.start);
  const counts = Array.from({ length: spans.length * LANES.length }, (): StoryEvent[] => []);
  for (const event of events) {
    const span = Math.max(0, bisectRight(starts, event.date) - 1);
    counts[span * LANES.length + LANES.indexOf(event.counterpart!)].push(event);
  }
  const fullest = Math.max(1, ...counts.map((inBin) => inBin.length));
  const largest = Math.max(
    BIN_MIN_RADIUS,
    Math.min(HIT_RADIUS - 1, Math.min(...spans.map((span) => span.width)) / 2 - 1),
  );
  const bins: Bin[] = [];
  spans.forEach((span, spanIndex) =>
    LANES.forEach((counterpart, laneIndex) => {
      const inBin = counts[spanIndex * LANES.length + laneIndex];
      if (inBin.length === 0) return;
      bins.push({
        kind: "bin",
        id: `${panel}-${counterpart}-${span.start}`,
        dateLabel: formatDateRange(span.start, span.end, lang),
        headline: LABELS[lang].calls.binHeadline(inBin.length, name(counterpart)),
        counterpart,
        start: span.start,
        end: span.end,
        events: inBin,
        x: span.x,
        radius: Math.max(BIN_MIN_RADIUS, largest * Math.sqrt(inBin.length / fullest)),
      });
    }),
  );
  return bins;
}

/** A panel's marks: one per event in its row, or one per bin in the first row of its lane. */
function drawPanelMarks(
  parent: Selection<SVGGElement, undefined, null, undefined>,
  plan: PanelPlan,
  lane: (counterpart: Counterpart) => number,
  layout: LaneLayout,
): void {
  if (plan.kind === "events") {
    drawMarks(
      parent,
      plan.events,
      plan.x,
      (event) => lane(event.counterpart!) + layout.rowY(plan.rows.get(event.id)!),
      plan.radius,
    );
  } else {
    drawBins(parent, plan.bins, (bin) => lane(bin.counterpart) + layout.rowY(0));
  }
}

/** Whether a mark shows what is active: the same event or, where a bin is involved, the same lane on overlapping days. */
function related(mark: Mark, active: Mark): boolean {
  if (!isBin(mark) && !isBin(active)) return mark.id === active.id;
  return (
    mark.counterpart === active.counterpart &&
    firstDay(mark) <= lastDay(active) &&
    firstDay(active) <= lastDay(mark)
  );
}

const firstDay = (mark: Mark) => (isBin(mark) ? mark.start : mark.date);
const lastDay = (mark: Mark) => (isBin(mark) ? mark.end : mark.date);

/**
 * A mark's accessible name, read as a sentence: "6. Telefonat mit Putin, 3. Juli 2025: …"
 * / "6th call with Putin, 3 July 2025: …". It holds the number shown on the mark
 * (WCAG 2.5.3, label in name); a bin's names its days and its count.
 */
function markLabel(mark: Mark, model: CallsModel): string {
  if (isBin(mark)) return `${mark.dateLabel}: ${mark.headline}`;
  const labels = LABELS[model.lang];
  const who = labels.contactName(labels.type[mark.type], model.name(mark.counterpart!), mark.callNumber);
  const notHeld = mark.status === "not_held" ? ` (${labels.notHeld})` : "";
  return `${who}, ${mark.dateLabel}: ${mark.headline}${notHeld}`;
}

/** A bin in short: its days, its count, the first headlines with their dates, and how many more the table lists. */
function binDetails(bin: Bin, lang: Lang): HTMLElement {
  const notHeld = LABELS[lang].notHeld;
  const listed = bin.events.slice(0, BIN_HEADLINES);
  const more = bin.events.length - listed.length;
  const item = (event: StoryEvent) =>
    el(
      "li",
      {},
      `${event.dateLabel}: ${event.headline}${event.status === "not_held" ? ` (${notHeld})` : ""}`,
    );
  return el(
    "article",
    { class: "calls-bin-details", "data-bin": bin.id },
    el("p", { class: "event-details-when" }, bin.dateLabel),
    el("h3", {}, bin.headline),
    el("ul", { class: "calls-bin-events" }, ...listed.map(item)),
    more > 0 ? el("p", { class: "calls-bin-more" }, LABELS[lang].calls.binMore(more)) : undefined,
  );
}

interface LaneLayout {
  /** Top of each lane, in the order of LANES. */
  offsets: number[];
  height: number;
  /** Centre of a row of marks, from the top of its lane. */
  rowY: (row: number) => number;
}

/** Lane heights: a label, room for the call numbers, then as many rows as each lane needs (`rowCounts`, in the order of LANES). */
function laneLayout(rowCounts: number[], radius: number, fontSize: number, header: number): LaneLayout {
  // A row below another leaves room for its call numbers above the ring of the marks in the row above.
  const rowStep = Math.max(2 * HIT_RADIUS, Math.ceil(2 * radius + fontSize + 8));
  const firstRow = header + radius;
  const offsets: number[] = [];
  let top = 0;
  for (const rowCount of rowCounts) {
    offsets.push(top);
    top += firstRow + (rowCount - 1) * rowStep + HIT_RADIUS + 6;
  }
  return { offsets, height: top, rowY: (row) => firstRow + row * rowStep };
}

/** The rows each lane's stacked marks take, in the order of LANES: one more than the highest row index. */
function rowCounts(events: StoryEvent[], rows: Map<string, number>): number[] {
  const counts = LANES.map(() => 1);
  for (const event of events) {
    const index = LANES.indexOf(event.counterpart!);
    counts[index] = Math.max(counts[index], rows.get(event.id)! + 1);
  }
  return counts;
}

/**
 * Rows within each lane so that marks of one lane are at least `gap` apart:
 * each mark takes the first row in which it keeps that distance from the mark before it.
 */
function stackRows(
  events: StoryEvent[],
  position: (event: StoryEvent) => number,
  gap: number,
): Map<string, number> {
  const rows = new Map<string, number>();
  for (const counterpart of LANES) {
    const lastInRow: number[] = [];
    const inLane = events.filter((event) => event.counterpart === counterpart);
    for (const event of [...inLane].sort((a, b) => ascending(position(a), position(b)))) {
      const x = position(event);
      let row = lastInRow.findIndex((last) => x - last >= gap);
      if (row < 0) row = lastInRow.length;
      lastInRow[row] = x;
      rows.set(event.id, row);
    }
  }
  return rows;
}

/** Lane labels, a rule through the first row of marks, and vertical grid lines below the label. */
function drawLanes(
  parent: Selection<SVGGElement, undefined, null, undefined>,
  lane: (counterpart: Counterpart) => number,
  layout: LaneLayout,
  label: (counterpart: Counterpart) => string,
  fontSize: number,
  innerWidth: number,
  gridX: number[],
): void {
  const lanes = parent
    .append("g")
    .attr("class", "calls-lanes")
    .selectAll("g")
    .data(LANES)
    .join("g")
    .attr("class", (counterpart) => `calls-lane calls-lane--${counterpart}`)
    .attr("data-lane", (counterpart) => counterpart)
    .attr("transform", (counterpart) => translate(0, lane(counterpart)));
  const laneBottom = (counterpart: Counterpart) => {
    const index = LANES.indexOf(counterpart);
    return (index + 1 < LANES.length ? layout.offsets[index + 1] : layout.height) - layout.offsets[index];
  };
  lanes
    .selectAll("line.calls-gridline")
    .data((counterpart) => gridX.map((x) => ({ x, bottom: laneBottom(counterpart) })))
    .join("line")
    .attr("class", "calls-gridline")
    .attr("x1", ({ x }) => round(x))
    .attr("x2", ({ x }) => round(x))
    .attr("y1", fontSize + 6)
    .attr("y2", ({ bottom }) => bottom);
  lanes
    .append("line")
    .attr("class", "calls-lane-rule")
    .attr("x1", 0)
    .attr("x2", innerWidth)
    .attr("y1", layout.rowY(0))
    .attr("y2", layout.rowY(0));
  lanes
    .append("text")
    .attr("class", "calls-lane-label")
    .attr("x", 0)
    .attr("y", fontSize)
    .attr("font-size", fontSize)
    .text(label);
}

/** One focusable group per event: a 24 px hit target, a ring for focus and highlight, the symbol and the call number. */
function drawMarks(
  parent: Selection<SVGGElement, undefined, null, undefined>,
  events: StoryEvent[],
  x: (event: StoryEvent) => number,
  y: (event: StoryEvent) => number,
  radius: number,
): void {
  const marks = parent
    .selectAll<SVGGElement, StoryEvent>("g.calls-mark")
    .data(events)
    .join("g")
    .attr("class", (event) => `calls-mark calls-mark--${event.counterpart}`)
    .attr("transform", (event) => translate(x(event), y(event)));
  marks.append("circle").attr("class", "calls-hit").attr("r", HIT_RADIUS).attr("fill", "transparent");
  marks
    .append("circle")
    .attr("class", "calls-ring")
    .attr("r", radius + RING_OFFSET)
    .attr("fill", "none");
  marks
    .append("path")
    .attr("class", (event) => (event.status === "not_held" ? "calls-symbol is-not-held" : "calls-symbol"))
    .attr("d", (event) => symbolPath(SHAPE[event.type] ?? "circle", radius))
    .attr("fill", (event) => (event.status === "not_held" ? "none" : LANE_COLOR[event.counterpart!]))
    .attr("stroke", (event) => LANE_COLOR[event.counterpart!])
    .attr("stroke-width", 1.5)
    .attr("stroke-dasharray", (event) => (event.status === "not_held" ? "2.5 2" : null));
  marks
    .filter((event) => event.callNumber !== undefined)
    .append("text")
    .attr("class", "calls-number")
    .attr("text-anchor", "middle")
    .attr("y", -radius - NUMBER_GAP)
    .text((event) => String(event.callNumber));
}

/** One focusable group per bin: a 24 px hit target, a ring for focus and highlight, a circle whose area gives the count. */
function drawBins(
  parent: Selection<SVGGElement, undefined, null, undefined>,
  bins: Bin[],
  y: (bin: Bin) => number,
): void {
  const marks = parent
    .selectAll<SVGGElement, Bin>("g.calls-mark")
    .data(bins)
    .join("g")
    .attr("class", (bin) => `calls-mark calls-bin calls-mark--${bin.counterpart}`)
    .attr("transform", (bin) => translate(bin.x, y(bin)))
    .attr("data-count", (bin) => bin.events.length)
    .attr("data-start", (bin) => bin.start)
    .attr("data-end", (bin) => bin.end);
  marks.append("circle").attr("class", "calls-hit").attr("r", HIT_RADIUS).attr("fill", "transparent");
  marks
    .append("circle")
    .attr("class", "calls-ring")
    .attr("r", (bin) => round(bin.radius + RING_OFFSET))
    .attr("fill", "none");
  marks
    .append("circle")
    .attr("class", "calls-symbol calls-bin-symbol")
    .attr("r", (bin) => round(bin.radius))
    .attr("fill", (bin) => LANE_COLOR[bin.counterpart])
    .attr("stroke", (bin) => LANE_COLOR[bin.counterpart])
    .attr("stroke-width", 1.5);
}

/** Month ticks, every month when there is room, else every second, third, … month; none whose label would leave the svg. */
function monthTicks(
  x: ScaleTime<number, number>,
  lang: Lang,
  fontSize: number,
  narrow: boolean,
  margin: { left: number; right: number },
): Date[] {
  const [start, end] = x.domain();
  const [left, right] = x.range();
  const monthWidth = ((right - left) * 30.44 * 86_400_000) / (end.getTime() - start.getTime());
  const widest = textWidth(LABELS[lang].calls.widestMonth, fontSize) + (narrow ? 16 : 24);
  const step = [1, 2, 3, 4, 6, 12].find((months) => months * monthWidth >= widest) ?? 12;
  return x.ticks(utcMonth.filter((date) => date.getUTCMonth() % step === 0)).filter((date) => {
    const half = textWidth(shortMonth(date, lang), fontSize) / 2;
    return x(date) - half >= -margin.left && x(date) + half <= right + margin.right;
  });
}

/**
 * The key to the shapes where events are drawn one by one, and to the circles
 * where they are counted in bins; colour needs none, the lanes are labelled.
 */
function legend(lang: Lang, putin: string, keys: { symbols: boolean; bins: boolean }): HTMLElement {
  const labels = LABELS[lang];
  return key(
    [
      ...(keys.symbols
        ? [
            { swatch: symbolSwatch("circle"), label: labels.type.call },
            { swatch: symbolSwatch("square"), label: labels.type.meeting },
            { swatch: symbolSwatch("circle", { hollow: true }), label: labels.calls.notHeldLegend },
            { swatch: numberSwatch("3"), label: labels.calls.numberLegend(putin) },
          ]
        : []),
      ...(keys.bins ? [{ swatch: areaSwatch(), label: labels.calls.binLegend }] : []),
    ],
    { class: "calls-legend" },
  );
}

function lastName(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

/** Remembers a function of an ISO day: thousands of events fall on a few hundred days. */
function perDay<T>(compute: (iso: string) => T): (iso: string) => T {
  const cache = new Map<string, T>();
  return (iso) => {
    if (!cache.has(iso)) cache.set(iso, compute(iso));
    return cache.get(iso)!;
  };
}

/** The middle of a day on a time scale: where a mark of that day sits. */
function dayCentre(x: (date: Date) => number, iso: string): number {
  const start = dayOf(iso);
  return (x(start) + x(utcDay.offset(start, 1))) / 2;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function translate(x: number, y: number): string {
  return `translate(${round(x)},${round(y)})`;
}

/**
 * The deliveries: the state of US weapons deliveries to Ukraine over time as a
 * band of phases (from the data's delivery phases, never typed), the weapons
 * decisions as marks, a zoom on the two halts day by day, and the systems
 * reported as halted (reported, not announced).
 */
import { groups, max } from "d3-array";
import { scaleUtc, type ScaleTime } from "d3-scale";
import { create, type Selection } from "d3-selection";
import { utcDay, utcMonth } from "d3-time";
import type { DeliveryPhase, HaltPeriod } from "../lib/derive.js";
import { formatDate, formatDateRange, shortMonth, type Lang } from "../lib/format.js";
import type { ReportedSystem, StoryActor, StoryData, StoryEvent } from "../lib/story.js";
import { chartFigure, el, eventTable, selectableMarks, sourceLine, symbolPath } from "./common.js";
import { dayAxisLabels, dayOf, drawDayAxis, isoDay } from "./days.js";
import { haltOf } from "./facts.js";
import { phaseLabels, phaseName } from "./phase-labels.js";
import { MESSAGES } from "../lib/i18n/index.js";
import { LABELS } from "./labels.js";
import { fitText, textWidth } from "./kit/text.js";
import { deliverySwatch, key, symbolSwatch } from "./kit/key.js";
import { deliveryFills } from "./kit/patterns.js";
import { DELIVERY_STYLE, deliveryFill, type DeliveryFill } from "./palette.js";

export interface DeliveriesData {
  events: StoryEvent[];
  actors: Record<string, StoryActor>;
  deliveryPhases: DeliveryPhase[];
  haltPeriods: HaltPeriod[];
  systems: ReportedSystem[];
  meta: StoryData["meta"];
}

export interface DeliveriesOptions {
  width: number;
  lang: Lang;
}

/** Font sizes set on the text (px). */
const FONT = 11;
const FONT_TITLE = 12;

const MARGIN = { top: 4, right: 10, bottom: 6, left: 10 };
/** The overview's rows, px from the top: title, month names, then the band. */
const OVERVIEW = { titleY: 13, monthY: 29, bandTop: 40, bandHeight: 24 };
/** Space below the overview band before the zoom's title, and from that title to the panels. */
const OVERVIEW_FOOT = 10;
const ZOOM_TITLE_GAP = 26;
const ZOOM_TITLE_FOOT = 10;
/** Days shown before a halt starts, the least days a zoom window spans, and days after a halt. */
const LEAD_DAYS = 6;
const MIN_WINDOW_DAYS = 25;
const TRAIL_DAYS = 10;
/** Gap between zoom panels side by side, the narrowest such panel, and the gap between stacked panels. */
const PANEL_GAP = 24;
const MIN_PANEL_WIDTH = 270;
const STACK_GAP = 16;
/** Height of a level of decision marks; a mark's centre above its level's base. */
const LEVEL = 28;
const MARK_LIFT = 14;
/** A 24 px hit target; the diamond's radius. */
const HIT_RADIUS = 12;
const DIAMOND_RADIUS = 6.5;

/** Greedy dodge: the lowest level at which an item keeps the gap to all items placed before it. */
export function dodgeLevels<T>(items: T[], x: (item: T) => number, gap: (a: T, b: T) => number): number[] {
  const levels: T[][] = [];
  return items.map((item) => {
    let level = levels.findIndex((placed) =>
      placed.every((other) => Math.abs(x(other) - x(item)) >= gap(other, item)),
    );
    if (level < 0) level = levels.push([]) - 1;
    levels[level].push(item);
    return level;
  });
}

const shortDateFormat = (lang: Lang) =>
  new Intl.DateTimeFormat(MESSAGES[lang].locale, LABELS[lang].deliveries.shortDate);

interface ZoomWindow {
  start: Date;
  end: Date;
  x: number;
  y: number;
  width: number;
}

interface PlacedDecision {
  event: StoryEvent;
  x: number;
  level: number;
  /** Bottom of the marks' area: the band's top. */
  baseY: number;
  label: string;
  labelX: number;
}

type SvgGroup = Selection<SVGGElement, undefined, null, undefined>;
type Svg = Selection<SVGSVGElement, undefined, null, undefined>;

/** What the chart draws, taken from the data once: the phases, the halts, the decisions, the period. */
interface DeliveriesModel {
  lang: Lang;
  phases: DeliveryPhase[];
  halts: HaltPeriod[];
  decisions: StoryEvent[];
  periodStart: Date;
  periodEnd: Date;
  dataUntil: string;
}

function deliveriesModel(data: DeliveriesData, lang: Lang): DeliveriesModel {
  const phases = data.deliveryPhases;
  return {
    lang,
    phases,
    halts: data.haltPeriods,
    decisions: data.events.filter((event) => event.type === "weapons_decision"),
    periodStart: dayOf(phases[0]?.start ?? data.meta.dataUntil),
    periodEnd: dayOf(data.meta.dataUntil),
    dataUntil: data.meta.dataUntil,
  };
}

/** A window around each halt, all of the same length so that a day has the same width in each; overlapping ones merge. */
function haltWindows(model: DeliveriesModel): { start: Date; end: Date }[] {
  const windowDays = Math.max(MIN_WINDOW_DAYS, ...model.halts.map((halt) => halt.days + TRAIL_DAYS));
  const windows: { start: Date; end: Date }[] = [];
  for (const halt of model.halts) {
    const start = utcDay.offset(dayOf(halt.start), -LEAD_DAYS);
    const end = utcDay.offset(start, windowDays);
    const previous = windows[windows.length - 1];
    if (previous && start <= previous.end) previous.end = end > previous.end ? end : previous.end;
    else windows.push({ start, end });
  }
  for (const window of windows) {
    if (window.start < model.periodStart) window.start = model.periodStart;
    if (window.end > model.periodEnd) window.end = model.periodEnd;
  }
  return windows;
}

/** The zoom panels side by side where each keeps MIN_PANEL_WIDTH, else one below the other (y set later). */
function placeWindows(windows: { start: Date; end: Date }[], innerWidth: number, top: number) {
  const free = innerWidth - PANEL_GAP * (windows.length - 1);
  const sideBySide = windows.length > 0 && free / windows.length >= MIN_PANEL_WIDTH;
  const totalDays = windows.reduce((sum, window) => sum + utcDay.count(window.start, window.end), 0);
  const zoomWindows: ZoomWindow[] = [];
  let x = MARGIN.left;
  for (const window of windows) {
    const panelWidth = sideBySide ? (free * utcDay.count(window.start, window.end)) / totalDays : innerWidth;
    zoomWindows.push({ ...window, x: sideBySide ? x : MARGIN.left, y: top, width: panelWidth });
    x += panelWidth + PANEL_GAP;
  }
  return { zoomWindows, sideBySide };
}

/**
 * Where everything stands: the overview's scale, the zoom panels, and each decision's
 * panel, x and level (dodged so that hit targets and date labels never overlap).
 */
function deliveriesLayout(model: DeliveriesModel, width: number) {
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const overviewDateX = scaleUtc()
    .domain([model.periodStart, model.periodEnd])
    .range([MARGIN.left, width - MARGIN.right]);
  const overview = { ...OVERVIEW };
  const zoomLabelY = OVERVIEW.bandTop + OVERVIEW.bandHeight + OVERVIEW_FOOT + ZOOM_TITLE_GAP;
  const { zoomWindows, sideBySide } = placeWindows(
    haltWindows(model),
    innerWidth,
    zoomLabelY + ZOOM_TITLE_FOOT,
  );
  const zoomDateX = (window: ZoomWindow) =>
    scaleUtc()
      .domain([window.start, window.end])
      .range([window.x, window.x + window.width]);
  const windowOf = (event: StoryEvent) =>
    zoomWindows.find((window) => dayOf(event.date) >= window.start && dayOf(event.date) <= window.end);
  const markX = (event: StoryEvent) => {
    const window = windowOf(event);
    return window ? zoomDateX(window)(dayOf(event.date)) : overviewDateX(dayOf(event.date));
  };
  const shortDate = shortDateFormat(model.lang);
  const decisionLabel = (event: StoryEvent) => shortDate.format(dayOf(event.date));
  const levels = dodgeLevels(model.decisions, markX, (a, b) =>
    windowOf(a) !== windowOf(b)
      ? 0
      : Math.max(
          2 * HIT_RADIUS,
          (textWidth(decisionLabel(a), FONT) + textWidth(decisionLabel(b), FONT)) / 2 + 6,
        ),
  );
  const levelCount = (window: ZoomWindow | undefined) =>
    1 +
    Math.max(0, ...model.decisions.map((event, index) => (windowOf(event) === window ? levels[index] : 0)));
  const panel = (window: ZoomWindow) => panelGeometry(window, levelCount(window));
  const shift = stackPanels(model, zoomWindows, sideBySide, overview, panel, levelCount);
  const height =
    zoomWindows.length > 0
      ? (max(zoomWindows, (window) => panel(window).bottom) ?? 0) + MARGIN.bottom
      : overview.bandTop + overview.bandHeight + OVERVIEW_FOOT + MARGIN.bottom;
  return {
    width,
    innerWidth,
    height,
    overview,
    overviewDateX,
    zoomWindows,
    sideBySide,
    zoomLabelY: zoomLabelY + shift,
    zoomDateX,
    windowOf,
    markX,
    decisionLabel,
    levels,
    panel,
  };
}

type Layout = ReturnType<typeof deliveriesLayout>;

/** A zoom panel's rows, top to bottom: title, marks (LEVEL px per level), band, day ticks, months. */
function panelGeometry(window: ZoomWindow, levels: number) {
  const bandTop = window.y + 51 + LEVEL * (levels - 1);
  return {
    titleY: window.y + 12,
    bandTop,
    bandHeight: 28,
    dayY: bandTop + 28 + 15,
    monthY: bandTop + 28 + 29,
    bottom: bandTop + 28 + 34,
  };
}

/**
 * Stacks the zoom panels one below the other where they are not side by side, and
 * makes room above the overview band for decisions outside every zoom window.
 * Returns how far that pushed everything below the overview down.
 */
function stackPanels(
  model: DeliveriesModel,
  zoomWindows: ZoomWindow[],
  sideBySide: boolean,
  overview: typeof OVERVIEW,
  panel: (window: ZoomWindow) => ReturnType<typeof panelGeometry>,
  levelCount: (window: ZoomWindow | undefined) => number,
): number {
  if (!sideBySide) {
    let y = zoomWindows[0]?.y ?? 0;
    for (const window of zoomWindows) {
      window.y = y;
      y = panel(window).bottom + STACK_GAP;
    }
  }
  const outside = model.decisions.some((event) => !zoomWindows.some((window) => inWindow(event, window)));
  if (!outside) return 0;
  const shift = LEVEL * levelCount(undefined) + 8;
  overview.bandTop += shift;
  for (const window of zoomWindows) window.y += shift;
  return shift;
}

const inWindow = (event: StoryEvent, window: ZoomWindow) =>
  dayOf(event.date) >= window.start && dayOf(event.date) <= window.end;

export function DeliveriesChart(data: DeliveriesData, { width, lang }: DeliveriesOptions): HTMLElement {
  const words = LABELS[lang].deliveries;
  const model = deliveriesModel(data, lang);
  const layout = deliveriesLayout(model, width);
  const svg = create("svg")
    .attr("class", "deliveries-svg")
    .attr("width", width)
    .attr("height", layout.height)
    .attr("viewBox", `0 0 ${width} ${layout.height}`)
    .attr("role", "group")
    .attr("aria-label", words.title);
  const fill = deliveryFills(svg.append("defs"), [
    ...model.phases.map(deliveryFill),
    ...model.decisions.flatMap((event) => event.deliveryStatus ?? []),
  ]);
  if (layout.sideBySide) drawConnectors(svg, layout);
  drawOverview(svg, model, layout, fill);
  drawZoomPanels(svg, model, layout, fill);
  const placed = placeDecisions(model, layout);
  const marks = drawDecisions(svg, placed, fill);
  const panel = selectableMarks(
    marks as unknown as Selection<SVGGElement, StoryEvent, SVGElement | null, unknown>,
    data.actors,
    lang,
  );
  // The accessible name starts with the date shown on the mark (WCAG 2.5.3, label in name).
  marks.attr(
    "aria-label",
    (event, index) => `${placed[index].label} – ${event.dateLabel}: ${event.headline}`,
  );

  const chart = el(
    "div",
    { class: "deliveries-chart" },
    legend(model.phases, model.decisions, lang),
    svg.node()!,
  );
  const figure = chartFigure({
    id: "chart-deliveries",
    title: words.title,
    caption: words.caption,
    source: sourceLine(model.decisions, data.meta.dataUntilLabel, lang),
    chart,
    details: panel.node,
    alternative: () =>
      el(
        "div",
        {},
        phaseTable(model.phases, model.halts, lang),
        eventTable(model.decisions, data.actors, lang, words.decisions),
      ),
    lang,
  });
  figure.classList.add("deliveries");
  figure.insertBefore(
    systemsList(data.systems, data.events, lang),
    figure.querySelector(".chart-alternative"),
  );
  return figure;
}

/** The zoom windows in the overview, joined to their panels (only where the panels stand side by side). */
function drawConnectors(svg: Svg, layout: Layout): void {
  const { overview, overviewDateX } = layout;
  svg
    .append("g")
    .attr("class", "zoom-connectors")
    .attr("aria-hidden", "true")
    .selectAll("path")
    .data(layout.zoomWindows)
    .join("path")
    .attr("d", (window) => {
      const x0 = overviewDateX(window.start);
      const x1 = overviewDateX(window.end);
      const top = overview.bandTop + overview.bandHeight + 9;
      return `M${x0},${top}L${x1},${top}L${window.x + window.width},${window.y}L${window.x},${window.y}Z`;
    });
}

/** The overview: title, months, the band of phases, the zoom windows, a tick per decision. */
function drawOverview(svg: Svg, model: DeliveriesModel, layout: Layout, fill: Fill): void {
  const { lang, phases } = model;
  const { overview, overviewDateX } = layout;
  const words = LABELS[lang].deliveries;
  const group = svg.append("g").attr("class", "deliveries-overview");
  const range = formatDateRange(phases[0]?.start ?? model.dataUntil, model.dataUntil, lang);
  rowLabel(group, "row-label", MARGIN.left, overview.titleY, FONT_TITLE).text(
    fitText([`${words.overview}: ${range}`, words.overview], layout.innerWidth, FONT_TITLE) ?? "",
  );
  monthAxis(
    group.append("g").attr("class", "axis axis-months").attr("aria-hidden", "true"),
    overviewDateX,
    overview.monthY,
    overview.bandTop,
    lang,
  );
  phaseSegments(
    group.append("g").attr("class", "deliveries-band").attr("aria-hidden", "true"),
    phases,
    overviewDateX,
    [model.periodStart, model.periodEnd],
    [overview.bandTop, overview.bandHeight],
    fill,
    (phase, space) =>
      fitText(
        [phase.reported ? LABELS[lang].deliveries.announced : LABELS[lang].delivery[phase.status]],
        space - 8,
        FONT,
      ),
  );
  group
    .append("g")
    .attr("class", "zoom-windows")
    .attr("aria-hidden", "true")
    .selectAll("rect")
    .data(layout.zoomWindows)
    .join("rect")
    .attr("x", (window) => overviewDateX(window.start))
    .attr("y", overview.bandTop - 3)
    .attr("width", (window) => overviewDateX(window.end) - overviewDateX(window.start))
    .attr("height", overview.bandHeight + 6);
  group
    .append("g")
    .attr("class", "decision-ticks")
    .attr("aria-hidden", "true")
    .selectAll("path")
    .data(model.decisions)
    .join("path")
    .attr("d", (event) => {
      const x = overviewDateX(dayOf(event.date));
      const y = overview.bandTop + overview.bandHeight + 1;
      return `M${x},${y}L${x + 3.5},${y + 6}L${x - 3.5},${y + 6}Z`;
    });
}

/** A text at x, y with a class and a font size. */
function rowLabel(parent: SvgGroup | Svg, className: string, x: number, y: number, fontSize: number) {
  return (parent as SvgGroup)
    .append("text")
    .attr("class", className)
    .attr("x", x)
    .attr("y", y)
    .attr("font-size", fontSize);
}

/** The halts day by day: a title, then per window its dates, the band with each halt's days, the day axis. */
function drawZoomPanels(svg: Svg, model: DeliveriesModel, layout: Layout, fill: Fill): void {
  const { lang } = model;
  const words = LABELS[lang].deliveries;
  if (layout.zoomWindows.length > 0)
    rowLabel(svg, "row-label", MARGIN.left, layout.zoomLabelY, FONT_TITLE).text(
      fitText([words.zoom, "Zoom"], layout.innerWidth, FONT_TITLE) ?? "",
    );
  for (const window of layout.zoomWindows) {
    const geometry = layout.panel(window);
    const dateX = layout.zoomDateX(window);
    const group = svg.append("g").attr("class", "deliveries-zoom").attr("data-start", isoDay(window.start));
    const range = formatDateRange(isoDay(window.start), isoDay(utcDay.offset(window.end, -1)), lang);
    rowLabel(group, "panel-label", window.x, geometry.titleY, FONT).text(
      fitText([range], window.width, FONT) ?? "",
    );
    phaseSegments(
      group.append("g").attr("class", "zoom-band").attr("aria-hidden", "true"),
      model.phases,
      dateX,
      [window.start, window.end],
      [geometry.bandTop, geometry.bandHeight],
      fill,
      (phase, space) => fitText(phaseLabels(phase, model.phases, model.halts, lang), space - 8, FONT),
    );
    const days = utcDay.range(window.start, utcDay.offset(window.end, 1)).filter((day) => day <= window.end);
    const right = window.x + window.width;
    const steps = [1, 2, 5, 7];
    const labels = dayAxisLabels(dateX, days, { left: window.x, right, steps, fontSize: FONT, lang });
    drawDayAxis(
      group.append("g").attr("class", "axis axis-days").attr("aria-hidden", "true"),
      dateX,
      { days, ...labels },
      {
        top: geometry.bandTop + geometry.bandHeight,
        dayY: geometry.dayY,
        monthY: geometry.monthY,
        fontSize: FONT,
      },
    );
  }
}

/** Each decision's x, level, base and label, its label kept inside its panel. */
function placeDecisions(model: DeliveriesModel, layout: Layout): PlacedDecision[] {
  return model.decisions.map((event, index) => {
    const window = layout.windowOf(event);
    const x = layout.markX(event);
    const label = layout.decisionLabel(event);
    const half = textWidth(label, FONT) / 2;
    const left = window ? window.x : MARGIN.left;
    const right = window ? window.x + window.width : layout.width - MARGIN.right;
    return {
      event,
      x,
      level: layout.levels[index],
      baseY: window ? layout.panel(window).bandTop : layout.overview.bandTop,
      label,
      labelX: Math.max(left + half, Math.min(right - half, x)),
    };
  });
}

/** The decisions: one mark each, in order of date: a stem to the band, a hit target, a diamond, the date. */
function drawDecisions(svg: Svg, placed: PlacedDecision[], fill: Fill) {
  const markY = (decision: PlacedDecision) => decision.baseY - MARK_LIFT - LEVEL * decision.level;
  const marks = svg
    .append("g")
    .attr("class", "decisions")
    .selectAll<SVGGElement, StoryEvent>("g")
    .data(placed.map((decision) => decision.event))
    .join("g")
    .attr(
      "class",
      (event) => `decision ${event.deliveryStatus ? `decision-${event.deliveryStatus}` : "decision-info"}`,
    )
    .attr("transform", (_, index) => `translate(${placed[index].x},${markY(placed[index])})`);
  marks
    .append("line")
    .attr("class", "decision-stem")
    .attr("y1", 7)
    .attr("y2", (_, index) => placed[index].baseY - markY(placed[index]));
  marks.append("circle").attr("class", "hit-target").attr("r", HIT_RADIUS);
  marks
    .append("path")
    .attr("class", "decision-symbol")
    .attr("d", symbolPath("diamond", DIAMOND_RADIUS))
    .attr("fill", (event) => (event.deliveryStatus ? fill(event.deliveryStatus) : null));
  marks
    .append("text")
    .attr("class", "decision-label")
    .attr("x", (_, index) => placed[index].labelX - placed[index].x)
    .attr("y", -10)
    .attr("text-anchor", "middle")
    .attr("font-size", FONT)
    .text((_, index) => placed[index].label);
  return marks;
}

/** The paint of a delivery fill: its colour, or its pattern (kit/patterns.ts). */
type Fill = (fill: DeliveryFill) => string;

/** The phases as segments of a band between `from` and `to`, labelled inside where the label fits. */
function phaseSegments(
  band: SvgGroup,
  phases: DeliveryPhase[],
  dateX: ScaleTime<number, number>,
  [from, to]: [Date, Date],
  [top, height]: [number, number],
  fill: Fill,
  label: (phase: DeliveryPhase, space: number) => string | undefined,
): void {
  const visible = phases
    .map((phase) => {
      const start = dayOf(phase.start) < from ? from : dayOf(phase.start);
      const end = dayOf(phase.end) > to ? to : dayOf(phase.end);
      return { phase, x0: dateX(start), x1: dateX(end), shown: start < end || phase.end === phase.start };
    })
    .filter((segment) => segment.shown);
  band
    .selectAll("rect")
    .data(visible)
    .join("rect")
    .attr("class", ({ phase }) => `phase phase-${phase.status}`)
    .attr("data-status", ({ phase }) => phase.status)
    .attr("data-fill", ({ phase }) => deliveryFill(phase))
    .attr("data-start", ({ phase }) => phase.start)
    .attr("data-end", ({ phase }) => phase.end)
    .attr("x", ({ x0 }) => x0)
    .attr("y", top)
    .attr("width", ({ x0, x1 }) => Math.max(0, x1 - x0))
    .attr("height", height)
    .attr("fill", ({ phase }) => fill(deliveryFill(phase)));
  band
    .selectAll("text")
    .data(phaseLabelPlaces(visible, label))
    .join("text")
    .attr("class", "phase-label")
    .attr("x", ({ x }) => x)
    .attr("y", top + height / 2 + 4)
    .attr("text-anchor", ({ anchor }) => anchor)
    .attr("font-size", FONT)
    .text(({ text }) => text);
}

/**
 * Where each segment's label stands: centred in its segment where it fits; a halt
 * that ended only by an announcement (the next phase is `reported`) whose label does
 * not fit may run on over that next segment (which then goes unlabelled) where a
 * fuller label fits there, so that the days stand with what they count to.
 */
function phaseLabelPlaces(
  visible: { phase: DeliveryPhase; x0: number; x1: number }[],
  label: (phase: DeliveryPhase, space: number) => string | undefined,
): { text: string; x: number; anchor: "middle" | "start" }[] {
  const places: { text: string; x: number; anchor: "middle" | "start" }[] = [];
  for (let i = 0; i < visible.length; i++) {
    const { phase, x0, x1 } = visible[i];
    const own = label(phase, x1 - x0);
    const next = visible[i + 1];
    const across = phase.halted && next?.phase.reported ? label(phase, next.x1 - x0) : undefined;
    if (across && across.length > (own?.length ?? 0)) {
      places.push({ text: across, x: x0 + 4, anchor: "start" });
      i++;
    } else if (own) places.push({ text: own, x: (x0 + x1) / 2, anchor: "middle" });
  }
  return places;
}

/** Month names centred in each month's visible span (where they fit), with ticks at the months' starts. */
function monthAxis(
  axis: SvgGroup,
  dateX: ScaleTime<number, number>,
  labelY: number,
  tickBottom: number,
  lang: Lang,
): void {
  const [start, end] = dateX.domain();
  const months = utcMonth.range(utcMonth.floor(start), end).map((month) => {
    const from = month < start ? start : month;
    const next = utcMonth.offset(month, 1);
    const to = next > end ? end : next;
    return { month, x0: dateX(from), x1: dateX(to) };
  });
  axis
    .selectAll("line")
    .data(months.filter(({ month }) => month > start))
    .join("line")
    .attr("x1", ({ x0 }) => x0)
    .attr("x2", ({ x0 }) => x0)
    .attr("y1", labelY - 10)
    .attr("y2", tickBottom - 4);
  axis
    .selectAll("text")
    .data(months.filter(({ month, x0, x1 }) => textWidth(shortMonth(month, lang), FONT) + 4 <= x1 - x0))
    .join("text")
    .attr("x", ({ x0, x1 }) => (x0 + x1) / 2)
    .attr("y", labelY)
    .attr("text-anchor", "middle")
    .attr("font-size", FONT)
    .text(({ month }) => shortMonth(month, lang));
}

/** The key (it wraps on a phone): each fill the band shows, and the two kinds of decision marks. */
function legend(phases: DeliveryPhase[], decisions: StoryEvent[], lang: Lang): HTMLElement {
  const labels = LABELS[lang];
  const words = LABELS[lang].deliveries;
  const shown = new Set(phases.map(deliveryFill));
  const fills = (Object.keys(DELIVERY_STYLE) as DeliveryFill[]).filter((fill) => shown.has(fill));
  const kinds = [
    { className: "decision-change", text: words.decision, present: decisions.some((e) => e.deliveryStatus) },
    {
      className: "decision-info",
      text: words.decisionInfo,
      present: decisions.some((e) => !e.deliveryStatus),
    },
  ];
  return key(
    [
      ...fills.map((fill) => ({
        swatch: deliverySwatch(fill),
        label: fill === "reported" ? words.reportedKey : labels.delivery[fill],
        attrs: { "data-status": fill },
      })),
      ...kinds
        .filter((kind) => kind.present)
        .map((kind) => ({
          swatch: symbolSwatch("diamond", { radius: 6, className: `legend-swatch ${kind.className}` }),
          label: kind.text,
        })),
    ],
    { class: "deliveries-legend" },
  );
}

/** The systems reported as halted, grouped by the report they come from: reported, not announced. */
function systemsList(systems: ReportedSystem[], events: StoryEvent[], lang: Lang): HTMLElement {
  const labels = LABELS[lang];
  const words = LABELS[lang].deliveries;
  const section = el(
    "section",
    { class: "deliveries-systems" },
    el("h4", { class: "systems-heading" }, `${words.systemsTitle} (${labels.reported})`),
    el("p", { class: "systems-note" }, words.systemsNote),
  );
  const byEvent = new Map(events.map((event) => [event.id, event]));
  for (const [eventId, rows] of groups(systems, (system) => system.eventId)) {
    const event = byEvent.get(eventId);
    const table = el(
      "table",
      { class: "systems-table", "data-event": eventId },
      el("caption", {}, event ? `${event.dateLabel}: ${event.headline}` : eventId),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, labels.system),
          el("th", { scope: "col" }, labels.quantity),
          el("th", { scope: "col" }, labels.reportedBy),
        ),
      ),
    );
    const body = el("tbody");
    for (const row of rows) {
      body.append(
        el(
          "tr",
          { "data-category": row.category },
          el("th", { scope: "row", "data-label": labels.system }, row.system),
          el("td", { "data-label": labels.quantity }, row.quantity),
          el("td", { "data-label": labels.reportedBy }, row.reportedBy),
        ),
      );
    }
    table.append(body);
    section.append(table);
  }
  return section;
}

/** The phases as a table: status, from, to, and the days of each halt (the difference of start and end). */
function phaseTable(phases: DeliveryPhase[], halts: HaltPeriod[], lang: Lang): HTMLElement {
  const words = LABELS[lang].deliveries;
  const table = el(
    "table",
    { class: "phase-table" },
    el("caption", {}, words.phases),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, words.status),
        el("th", { scope: "col" }, words.from),
        el("th", { scope: "col" }, words.toNote),
        el("th", { scope: "col" }, words.haltDays),
      ),
    ),
  );
  const body = el("tbody");
  for (const phase of phases) {
    const halt = haltOf(phase, halts);
    body.append(
      el(
        "tr",
        { "data-status": phase.status },
        el("th", { scope: "row" }, phaseName(phase, lang)),
        el("td", {}, formatDate(phase.start, lang)),
        el("td", {}, formatDate(phase.end, lang)),
        el("td", {}, halt ? String(halt.days) : "–"),
      ),
    );
  }
  table.append(body);
  return table;
}

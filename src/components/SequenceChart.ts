/**
 * The sticky graphic of the scrolling story: Trump's contacts with Putin and
 * with Zelensky in lanes of their own, the US deliveries as a band of states,
 * statements, attacks and talks. `highlight(ids)` shows the rows a step needs,
 * zooms to its events, labels them directly and mutes everything else; the
 * figure carries its state in data attributes.
 *
 * It is the only chart on the first load, so it draws from the light sequence
 * data and loads an event's details when one is opened. Its parts live in
 * ./sequence/: scale, rows, band, label placement, names, interaction.
 */
import { create, type Selection } from "d3-selection";
import type { Lang } from "../lib/format.js";
import { MESSAGES } from "../lib/i18n/index.js";
import type { SequenceData, SequenceEvent, StoryEvent } from "../lib/story.js";
import { eventHref } from "../lib/links.js";
import { detailsPanel, el } from "./common.js";
import { LABELS } from "./labels.js";
import { MUTED, paint, SIDE_COLOR } from "./palette.js";
import { bandBox, drawBand, drawBandLabels, hatchPattern, type BandLabelRequest } from "./sequence/band.js";
import { setReachable, wireMarks } from "./sequence/interaction.js";
import {
  dayMonth,
  detailsAnnouncement,
  markName,
  shortLabel,
  shorterLabels,
  stepSentence,
} from "./sequence/names.js";
import { placeBest, textWidth, type Box, type LabelRequest, type PlacedLabel } from "./sequence/placement.js";
import { layoutRows, rowLabel, rowOf, rowsFor, sideOf, type RowBox } from "./sequence/rows.js";
import {
  DAY,
  fullDomain,
  isoDay,
  midday,
  timeScale,
  timeTicks,
  zoomDomain,
  type Domain,
} from "./sequence/scale.js";

export interface SequenceOptions {
  width: number;
  height: number;
  lang: Lang;
  /** First day of the time line (ISO). */
  start: string;
  /** Last day of the time line (ISO). */
  end: string;
  /** The full event for the details panel (summary, quote, sources), loaded when a reader opens one. */
  details: (id: string) => Promise<StoryEvent | undefined>;
  /** The story's own short labels for the events its steps highlight, by event id. */
  labels?: Record<string, string>;
}

export interface SequenceChartElement extends HTMLElement {
  /** Highlights these events and zooms to them; no ids shows the whole time line. Returns what it now shows, in a sentence. */
  highlight(ids?: readonly string[]): string;
  /** Opens an event's details, as a click on its mark does; resolves when they are shown. */
  select(id: string | undefined): Promise<void>;
}

/** `details` from the full story, loaded once on first use: `eventsFrom(fullStory)` (story-page.ts). */
export function eventsFrom(
  load: () => Promise<{ events: StoryEvent[] }> | { events: StoryEvent[] },
): (id: string) => Promise<StoryEvent | undefined> {
  let events: Promise<Map<string, StoryEvent>> | undefined;
  return async (id) => {
    events ??= Promise.resolve(load()).then(
      (story) => new Map(story.events.map((event) => [event.id, event])),
      (error: unknown) => {
        events = undefined; // try again on the next selection
        throw error;
      },
    );
    return (await events).get(id);
  };
}

const MARK_RADIUS = 6;
/** Putin calls are larger: their number stands inside. */
const CALL_RADIUS = 8;
const HIT_RADIUS = 12;
const FONT_SIZE = 12;
const LINE_HEIGHT = 14;
const ROW_LABEL_SIZE = 11;
const BAND_LABEL_SIZE = 11;
const AXIS_HEIGHT = 24;
const EDGE = 8;
/** How long the details may take to load before the panel says they are loading. */
const LOADING_DELAY_MS = 150;

const radiusOf = (event: SequenceEvent) =>
  event.counterpart === "putin" && event.callNumber ? CALL_RADIUS : MARK_RADIUS;

/** The period and the highlighted events of a step, as the graphic shows them. */
export function stepView(
  data: SequenceData,
  ids: readonly string[],
  options: Pick<SequenceOptions, "start" | "end" | "lang" | "labels">,
) {
  const limits = fullDomain(options.start, options.end);
  const focused = ids
    .map((id) => data.events.find((event) => event.id === id))
    .filter((e) => e !== undefined);
  const domain = zoomDomain(focused, limits);
  const labels = new Map(
    focused.map((event) => [event.id, shortLabel(event, data.actors, options.lang, options.labels)]),
  );
  const period: [string, string] = [isoDay(domain[0]), isoDay(new Date(domain[1].getTime() - DAY))];
  const sentence = stepSentence(
    period,
    focused.map((event) => ({ label: labels.get(event.id)!, dateLabel: event.dateLabel })),
    data.months,
    options.lang,
  );
  return { focused, domain, labels, period, sentence, lang: options.lang };
}
type StepView = ReturnType<typeof stepView>;

type Svg = Selection<SVGSVGElement, undefined, null, undefined>;
type Group = Selection<SVGGElement, undefined, null, undefined>;

/** The svg and its layers, bottom to top; all but the marks are hidden from assistive technology. */
function layers(width: number, height: number, lang: Lang) {
  const svg: Svg = create("svg")
    .attr("class", "sequence-svg")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "group")
    .attr("aria-label", MESSAGES[lang].sequence.label);
  const layer = (name: string, hidden = true): Group => {
    const g = svg.append("g").attr("class", `seq-${name}`);
    return hidden ? g.attr("aria-hidden", "true") : g;
  };
  const defs = svg.append("defs");
  return {
    svg,
    hatch: hatchPattern(defs),
    rows: layer("rows"),
    band: layer("band"),
    axis: layer("axis"),
    leaders: layer("leaders"),
    marks: layer("marks", false),
    labels: layer("labels"),
  };
}

/** Row lines and row names (at each row's top left); returns the names' boxes. */
function drawRows(group: Group, rows: RowBox[], [left, right]: [number, number], lang: Lang): Box[] {
  const boxes = rows.map((row) => ({
    x: left,
    y: row.y + 2,
    width: textWidth(rowLabel(row.key, lang), ROW_LABEL_SIZE, "regular"),
    height: ROW_LABEL_SIZE + 3,
  }));
  group
    .selectAll("g")
    .data(rows, (row) => (row as RowBox).key)
    .join((enter) =>
      enter
        .append("g")
        .call((g) => g.append("line"))
        .call((g) => g.append("text")),
    )
    .attr("class", (row) => `seq-row is-${row.key}`)
    .call((g) =>
      g
        .select("line")
        .attr("x1", left)
        .attr("x2", right)
        .attr("y1", (row) => row.markY)
        .attr("y2", (row) => row.markY),
    )
    .call((g) =>
      g
        .select("text")
        .attr("x", left)
        .attr("y", (row) => row.y + 2 + ROW_LABEL_SIZE)
        .text((row) => rowLabel(row.key, lang)),
    );
  return boxes;
}

/** A bottom axis: a line and a label per tick. */
function drawAxis(
  group: Group,
  y: number,
  [left, right]: [number, number],
  ticks: { x: number; label: string; dx: number }[],
) {
  group.attr("transform", `translate(0,${y})`);
  group.selectAll("path").data([null]).join("path").attr("d", `M${left},0.5H${right}`);
  group
    .selectAll("g")
    .data(ticks)
    .join((enter) =>
      enter
        .append("g")
        .call((g) => g.append("line").attr("y2", 5))
        .call((g) => g.append("text").attr("y", 16).attr("text-anchor", "middle")),
    )
    .attr("transform", (tick) => `translate(${tick.x.toFixed(1)},0)`)
    .select("text")
    .attr("x", (tick) => (tick.dx ? tick.dx.toFixed(1) : null))
    .text((tick) => tick.label);
}

/** Room between two tick labels. */
const TICK_GAP = 8;

/**
 * The axis' ticks and labels: the first label and the first of each new year carry
 * the year ("30. Juni 2025", "März 2025"); a label at an end of the axis is moved
 * inside the graphic; where labels would touch, the tick after the first goes, or
 * there are fewer ticks.
 */
function axisTicks(
  domain: Domain,
  x: (date: Date) => number,
  [left, right]: [number, number],
  months: readonly string[],
  lang: Lang,
) {
  const words = MESSAGES[lang].sequence;
  const labelled = (ticks: ReturnType<typeof timeTicks>) =>
    ticks.map((tick, index) => {
      const year = tick.date.getUTCFullYear();
      const short =
        tick.unit === "day" ? dayMonth(isoDay(tick.date), months, lang) : months[tick.date.getUTCMonth()];
      const newYear = index === 0 || ticks[index - 1].date.getUTCFullYear() !== year;
      const label = newYear ? words.withYear(short, year) : short;
      const width = textWidth(label, FONT_SIZE, "regular");
      const centre = Math.max(left - 4 + width / 2, Math.min(right + 4 - width / 2, x(tick.date)));
      return { x: x(tick.date), label, dx: centre - x(tick.date), width };
    });
  type Labelled = ReturnType<typeof labelled>[number];
  const touch = (a: Labelled, b: Labelled) => a.x + a.dx + a.width / 2 + TICK_GAP > b.x + b.dx - b.width / 2;
  // The ticks that touch no label kept before them; one may go (next to the longer first label), else fewer ticks.
  for (let room = right - left; ; room *= 0.8) {
    const ticks = labelled(timeTicks(domain, room));
    const kept: Labelled[] = [];
    for (const tick of ticks) if (kept.length === 0 || !touch(kept[kept.length - 1], tick)) kept.push(tick);
    if (ticks.length - kept.length <= 1) return kept;
  }
}

/** Marks: a hit area, a dot in the colour of its side, the call number in Putin calls. */
function drawMarks(group: Group, data: SequenceData) {
  const marks = group
    .selectAll<SVGGElement, SequenceEvent>("g")
    .data(data.events, (d) => d.id)
    .join("g")
    .attr("class", (d) => `sequence-mark${d.status === "not_held" ? " is-not-held" : ""}`)
    .attr("data-event", (d) => d.id)
    .attr("data-row", rowOf);
  marks.append("circle").attr("class", "hit").attr("r", HIT_RADIUS);
  marks
    .append("circle")
    .attr("class", "seq-dot")
    .attr("r", radiusOf)
    .style("--side", (d) => paint(SIDE_COLOR[sideOf(d, data.actors)]))
    .style("--muted", paint(MUTED));
  marks
    .filter((d) => d.counterpart === "putin" && d.callNumber !== undefined)
    .append("text")
    .attr("class", "seq-number")
    .attr("dy", "0.35em")
    .attr("aria-hidden", "true")
    .text((d) => String(d.callNumber));
  return marks as unknown as Selection<SVGGElement, SequenceEvent, SVGGElement, undefined>;
}

/** Marks of one row and day, in date order. */
function sameDay(events: readonly SequenceEvent[]): SequenceEvent[][] {
  const groups = new Map<string, SequenceEvent[]>();
  for (const event of events) {
    const key = `${rowOf(event)} ${event.date}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  return [...groups.values()];
}

/** Marks of one row and day side by side, centred on the day: their offsets in mark widths. */
function dodge(events: readonly SequenceEvent[]): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const group of sameDay(events))
    group.forEach((event, i) => offsets.set(event.id, i - (group.length - 1) / 2));
  return offsets;
}

/** The most marks of one row on one day. */
const widestDay = (events: readonly SequenceEvent[]) =>
  Math.max(1, ...sameDay(events).map((group) => group.length));

/** The labels' lines, with a halo, and leader lines where a label stands away from its mark. */
function drawLabels(labels: Group, leaders: Group, placed: PlacedLabel[]) {
  labels
    .selectAll("text")
    .data(placed, (d) => (d as PlacedLabel).id)
    .join("text")
    .attr("data-event", (d) => d.id)
    .attr("x", (d) => d.x + 2)
    .attr("y", (d) => d.y + LINE_HEIGHT - 3)
    .selectAll("tspan")
    .data((d) => d.lines.map((line, index) => ({ line, index, x: d.x + 2 })))
    .join("tspan")
    .attr("x", (d) => d.x)
    .attr("dy", (d) => (d.index === 0 ? 0 : LINE_HEIGHT))
    .text((d) => d.line);
  leaders
    .selectAll("line")
    .data(placed.filter((d) => d.leader).map((d) => ({ id: d.id, ...d.leader! })))
    .join("line")
    .attr("data-leader", (d) => d.id)
    .attr("x1", (d) => d.x)
    .attr("y1", (d) => d.y1)
    .attr("x2", (d) => d.x)
    .attr("y2", (d) => d.y2);
}

type Marks = ReturnType<typeof drawMarks>;
type Layers = ReturnType<typeof layers>;

/** The geometry of one step: rows, time scale, where each mark stands and whether it is in view. */
function stepLayout(
  data: SequenceData,
  view: StepView,
  size: { width: number; height: number },
  widest: number,
) {
  const range: [number, number] = [EDGE + 4, size.width - EDGE - 4];
  const rows = layoutRows(rowsFor(view.focused, data.actors), EDGE, size.height - EDGE - AXIS_HEIGHT);
  const rowBox = new Map(rows.map((row) => [row.key, row]));
  const x = timeScale(view.domain, range);
  const dayWidth = x(new Date(view.domain[0].getTime() + DAY)) - x(view.domain[0]);
  const spread = Math.min(2 * MARK_RADIUS + 2, dayWidth / widest);
  const offsets = dodge(data.events);
  const position = (d: SequenceEvent) => ({
    x: x(midday(d.date)) + offsets.get(d.id)! * spread,
    y: rowBox.get(rowOf(d))?.markY ?? 0,
  });
  const isVisible = (d: SequenceEvent) => {
    const cx = position(d).x;
    return rowBox.has(rowOf(d)) && cx >= range[0] - 1 && cx <= range[1] + 1;
  };
  const last = rows[rows.length - 1];
  return {
    range,
    rows,
    x,
    position,
    isVisible,
    bottom: last ? last.y + last.height : EDGE,
    weapons: rowBox.get("weapons"),
    /** The top and bottom of an event's row. */
    rowSpan: (d: SequenceEvent): [number, number] | undefined => {
      const row = rowBox.get(rowOf(d));
      return row && [row.y, row.y + row.height];
    },
  };
}
type Layout = ReturnType<typeof stepLayout>;

/** What the frame gives the label placement: text to keep clear of, the band, the band's labels to place. */
interface Frame {
  obstacles: Box[];
  soft: Box[];
  bandLabels: BandLabelRequest[];
}

/** Rows, delivery band and axis of a step; returns what the labels keep clear of and the band's labels. */
function drawFrame(layer: Layers, data: SequenceData, view: StepView, layout: Layout, lang: Lang): Frame {
  const { x, range, weapons } = layout;
  const rowLabels = drawRows(layer.rows, layout.rows, range, lang);
  const band = weapons
    ? drawBand(
        layer.band,
        layer.hatch,
        { phases: data.deliveryPhases, halts: data.haltPeriods },
        { x, range, y: weapons.markY, fontSize: BAND_LABEL_SIZE },
        lang,
      )
    : [];
  layer.band.classed("is-hidden", !weapons);
  if (!weapons) layer.band.selectAll("*").remove();
  drawAxis(layer.axis, layout.bottom + 2, range, axisTicks(view.domain, x, range, data.months, lang));
  return { obstacles: rowLabels, soft: weapons ? [bandBox(weapons.markY, range)] : [], bandLabels: band };
}

/** Highlighted, muted or out of view: classes, names and state of every mark. */
function styleMarks(
  marks: Marks,
  view: StepView,
  layout: Layout,
  name: (d: SequenceEvent) => string,
): string[] {
  const focus = new Set(view.focused.map((event) => event.id));
  marks
    .style("transform", (d) => {
      const p = layout.position(d);
      return `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`;
    })
    .classed("is-active", (d) => focus.has(d.id))
    .classed("is-context", (d) => focus.size > 0 && !focus.has(d.id))
    .classed("is-hidden", (d) => !layout.isVisible(d))
    .attr("aria-current", (d) => (focus.has(d.id) ? "true" : null))
    .attr("aria-label", name);
  const reachable = marks
    .data()
    .filter(layout.isVisible)
    .sort((a, b) => layout.position(a).x - layout.position(b).x)
    .map((event) => event.id);
  setReachable(marks, reachable, view.focused.find(layout.isVisible)?.id);
  return reachable;
}

/**
 * The orders in which the labels may be placed, and what leaving one out costs: an
 * event's label most, a halt's length less, an announcement or NATO purchases less
 * again, a running phase's label nothing. The halts go before or after the events
 * (in the step's order, by time either way, the news first); the rest come last.
 */
function labelOrders(events: LabelRequest[], band: BandLabelRequest[]) {
  const halted = band.filter((request) => request.halted);
  const optional = band.filter((request) => request.isHalt && !request.halted);
  const others = band.filter((request) => !request.isHalt);
  const weights = new Map(band.map((request) => [request.id, request.halted ? 100 : request.isHalt ? 8 : 0]));
  const byX = [...events].sort((a, b) => a.x - b.x);
  const newsFirst = [...byX].sort((a, b) => (b.importance ?? 1) - (a.importance ?? 1));
  const orders = [events, byX, [...byX].reverse(), newsFirst].flatMap((order) => [
    [...halted, ...order, ...optional, ...others],
    [...order, ...halted, ...optional, ...others],
  ]);
  return { orders, weight: (id: string) => weights.get(id) ?? 1000 };
}

/**
 * Direct labels of the step's events and the band's labels, placed together: the
 * band's halts first or the events first, the events in the step's order or by
 * time, whichever leaves the reader more (every event labelled, the halts'
 * lengths, no leader across a mark, fewer leaders, whole texts).
 */
function labelStep(layer: Layers, view: StepView, layout: Layout, frame: Frame, width: number): void {
  const shown = view.focused.filter(layout.isVisible);
  const marksAsBoxes = shown.map((d) => {
    const p = layout.position(d);
    const r = radiusOf(d) + 1;
    return { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r };
  });
  // The latest event is the step's news: its label is the last to be shortened.
  const latest = shown.reduce((max, d) => (d.date > max ? d.date : max), "");
  const events: LabelRequest[] = shown.map((d) => {
    const label = view.labels.get(d.id)!;
    return {
      id: d.id,
      ...layout.position(d),
      texts: [[label], ...shorterLabels(d, label, view.lang).map((text) => [text])],
      importance: d.date === latest ? 3 : 1,
      row: layout.rowSpan(d),
    };
  });
  const options = {
    bounds: { x: EDGE, y: EDGE, width: width - 2 * EDGE, height: layout.bottom - EDGE },
    obstacles: frame.obstacles,
    soft: [...frame.soft, ...marksAsBoxes],
    fontSize: FONT_SIZE,
    lineHeight: LINE_HEIGHT,
    markRadius: CALL_RADIUS,
  };
  // A band label that would repeat a direct label word for word says nothing new.
  const said = new Set(events.map((request) => request.texts[0][0]));
  const band = frame.bandLabels
    .map((request) => ({ ...request, fixed: request.fixed!.filter(({ lines }) => !said.has(lines[0])) }))
    .filter((request) => request.fixed.length > 0);
  const { orders, weight } = labelOrders(events, band);
  const placed = placeBest(orders, options, weight);
  const isEvent = new Set(events.map((request) => request.id));
  drawLabels(
    layer.labels,
    layer.leaders,
    placed.filter((label) => isEvent.has(label.id)),
  );
  drawBandLabels(layer.band, frame.bandLabels, placed);
}

/** Opens an event's details in the panel; announces "Details: headline" in a live line, never the panel. */
function detailsOpener(
  marks: Marks,
  panel: ReturnType<typeof detailsPanel>,
  live: HTMLElement,
  options: SequenceOptions,
): (id: string | undefined) => Promise<void> {
  const labels = LABELS[options.lang];
  let selected: string | undefined;
  return async (id) => {
    selected = id;
    marks.classed("is-selected", (d) => d.id === id);
    if (id === undefined) return panel.show(undefined);
    // The details come with the full story: say so if it takes a moment, and where to read on if it fails.
    const loading = setTimeout(
      () => selected === id && panel.showContent(el("p", { class: "details-loading" }, labels.loading)),
      LOADING_DELAY_MS,
    );
    try {
      const event = await options.details(id);
      if (selected !== id) return;
      panel.show(event);
      if (event) live.textContent = detailsAnnouncement(event.headline, options.lang);
    } catch {
      if (selected === id) {
        const link = el("a", { href: eventHref(id, options.lang) }, labels.loadFailedLink);
        panel.showContent(el("p", { class: "details-loading" }, `${labels.loadFailed} `, link));
      }
    } finally {
      clearTimeout(loading);
    }
  };
}

export function SequenceChart(data: SequenceData, options: SequenceOptions): SequenceChartElement {
  const { width, height, lang } = options;
  const layer = layers(width, height, lang);
  const marks = drawMarks(layer.marks, data);
  const widest = widestDay(data.events);
  const panel = detailsPanel(data.actors, lang);
  // The panel is not a live region: opening it announces a short line, never the whole panel.
  panel.node.removeAttribute("aria-live");
  const live = el("p", { class: "visually-hidden", "aria-live": "polite" });
  const root = el("div", { class: "sequence" }) as unknown as SequenceChartElement;
  root.append(layer.svg.node()!, panel.node, live);
  const select = detailsOpener(marks, panel, live, options);
  let reachable: string[] = [];
  wireMarks(
    marks,
    () => reachable,
    (id) => void select(id),
  );

  root.highlight = (ids = []) => {
    const view = stepView(data, ids, options);
    const layout = stepLayout(data, view, { width, height }, widest);
    const frame = drawFrame(layer, data, view, layout, lang);
    const name = (d: SequenceEvent) =>
      markName(d, view.labels.get(d.id) ?? shortLabel(d, data.actors, lang, options.labels));
    reachable = styleMarks(marks, view, layout, name);
    labelStep(layer, view, layout, frame, width);
    root.dataset.focus = ids.join(" ");
    root.dataset.domain = view.period.join("/");
    root.dataset.rows = layout.rows.map((row) => row.key).join(" ");
    return view.sentence;
  };
  root.select = select;
  root.highlight([]);
  return root;
}

/**
 * The sequence graphic that fills its container and redraws when the container
 * changes size, keeping the events in focus. It draws first when the container
 * is on the page and has a size (a ResizeObserver reports it, without forcing a
 * layout); steps and selections that come before are kept for that first drawing.
 */
export function ResponsiveSequence(
  data: SequenceData,
  options: Omit<SequenceOptions, "width" | "height">,
): HTMLElement & Pick<SequenceChartElement, "highlight" | "select"> {
  const container = el("div", { class: "sequence-frame" }) as unknown as HTMLElement &
    Pick<SequenceChartElement, "highlight" | "select">;
  let ids: readonly string[] = [];
  let selected: string | undefined;
  let size = "";
  let chart: SequenceChartElement | undefined;
  const showState = () =>
    Object.assign(container.dataset, {
      focus: chart?.dataset.focus,
      domain: chart?.dataset.domain,
      rows: chart?.dataset.rows,
    });
  const draw = (boxWidth: number, boxHeight: number) => {
    const width = Math.max(280, Math.floor(boxWidth || 640));
    const height = Math.max(160, Math.floor(boxHeight || 320));
    if (`${width}x${height}` === size) return;
    size = `${width}x${height}`;
    // Focus inside the old drawing moves to the same mark in the new one.
    const focused = (document.activeElement as Element | null)
      ?.closest?.(".sequence-mark")
      ?.getAttribute("data-event");
    chart = SequenceChart(data, { ...options, width, height });
    chart.highlight(ids);
    if (selected) void chart.select(selected);
    container.replaceChildren(chart);
    if (focused) chart.querySelector<SVGGElement>(`[data-event="${focused}"][tabindex]`)?.focus();
    showState();
  };
  container.highlight = (next = []) => {
    ids = next;
    if (selected && !next.includes(selected)) void container.select(undefined);
    const sentence = chart?.highlight(ids) ?? stepView(data, ids, options).sentence;
    showState();
    return sentence;
  };
  container.select = async (id) => {
    selected = id;
    await chart?.select(id);
  };
  if (typeof ResizeObserver === "undefined") draw(640, 320);
  else
    new ResizeObserver(([entry]) => draw(entry.contentRect.width, entry.contentRect.height)).observe(
      container,
    );
  return container;
}

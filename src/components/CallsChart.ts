/**
 * The calls: every Trump–Putin and Trump–Zelensky call and meeting since
 * 20 January 2025 on one time axis, one lane per counterpart, the Putin calls
 * numbered by the data (`callNumber`). Below, the first days of July enlarged,
 * one column per day, so that the calls of 3 and 4 July stand apart.
 *
 * Colour and lane encode the counterpart, shape the kind of contact (circle:
 * call, square: meeting); a contact that did not take place is hollow and dashed.
 */
import { ascending } from "d3-array";
import { axisBottom } from "d3-axis";
import { scaleBand, scaleOrdinal, scaleUtc, type ScaleTime } from "d3-scale";
import { create, type Selection } from "d3-selection";
import { utcDay, utcMonth } from "d3-time";
import { formatDateRange, type Lang } from "../lib/format.js";
import type { StoryActor, StoryData, StoryEvent } from "../lib/story.js";
import { chartFigure, detailsPanel, el, eventTable, interactiveMarks, sourceLine, svgNs, symbolPath, type SymbolKind } from "./common.js";
import { LABELS } from "./labels.js";

type Counterpart = NonNullable<StoryEvent["counterpart"]>;

export interface CallsChartData {
  events: StoryEvent[];
  actors: Record<string, StoryActor>;
  meta: StoryData["meta"];
}

export interface CallsChartOptions {
  width: number;
  lang: Lang;
  /** First and last day shown (ISO dates); by default 20 January 2025 to the last day of the data. */
  domain?: [string, string];
}

/** Trump's first day in office: where the overview starts. */
const START = "2025-01-20";
/** The days enlarged below the overview. */
const ZOOM: [string, string] = ["2025-07-01", "2025-07-09"];
const LANES: Counterpart[] = ["putin", "zelensky"];
/** Okabe–Ito vermillion and blue: colour encodes the counterpart. */
const LANE_COLOR: Record<Counterpart, string> = { putin: "#D55E00", zelensky: "#0072B2" };
/** Shape encodes the kind of contact. */
const SHAPE: Partial<Record<StoryEvent["type"], SymbolKind>> = { call: "circle", meeting: "square" };
/** Half of the 24 px a pointer or finger needs to hit a mark. */
const HIT_RADIUS = 12;
/** How far the ring of an active mark lies outside its symbol. */
const RING_OFFSET = 3.5;
/** From the top of a symbol to the baseline of its call number: clear of the ring. */
const NUMBER_GAP = RING_OFFSET + 2.5;
/** Average advance of a character, in font sizes: for layout decisions without measuring text. */
const CHAR_WIDTH = 0.62;

const TEXT = {
  de: {
    title: (trump: string, putin: string, zelensky: string) => `${trump}s Telefonate und Treffen mit ${putin} und ${zelensky}`,
    svgLabel: (title: string, range: string) => `Zeitleiste: ${title}, ${range}`,
    zoomTitle: (range: string) => `Vergrößert: ${range}`,
    numberLegend: (putin: string) => `Zählung der Telefonate mit ${putin}`,
    notHeldLegend: "geplant, fand nicht statt",
    calls: (n: number, trump: string, putin: string) =>
      n === 1 ? `Ein öffentlich bekanntes Telefonat ${trump}s mit ${putin} (nummeriert)` : `${capitalize(numberWord(n, "de"))} öffentlich bekannte Telefonate ${trump}s mit ${putin} (nummeriert)`,
    others: (trump: string, zelensky: string) => `sowie ${trump}s Telefonate und Treffen mit ${zelensky}`,
    notHeld: (n: number, type: string) => (n === 1 ? `Ein geplantes ${type} fand nicht statt (hohl, gestrichelt).` : `${capitalize(numberWord(n, "de"))} geplante Termine fanden nicht statt (hohl, gestrichelt).`),
    zoom: (range: string) => `Unten vergrößert: ${range}.`,
  },
  en: {
    title: (trump: string, putin: string, zelensky: string) => `${trump}’s calls and meetings with ${putin} and ${zelensky}`,
    svgLabel: (title: string, range: string) => `Timeline: ${title}, ${range}`,
    zoomTitle: (range: string) => `Enlarged: ${range}`,
    numberLegend: (putin: string) => `Number of the call with ${putin}`,
    notHeldLegend: "planned, did not take place",
    calls: (n: number, trump: string, putin: string) =>
      n === 1 ? `One publicly known call between ${trump} and ${putin} (numbered)` : `${capitalize(numberWord(n, "en"))} publicly known calls between ${trump} and ${putin} (numbered)`,
    others: (trump: string, zelensky: string) => `and ${trump}’s calls and meetings with ${zelensky}`,
    notHeld: (n: number, type: string) => (n === 1 ? `One planned ${type.toLowerCase()} did not take place (hollow, dashed).` : `${capitalize(numberWord(n, "en"))} planned contacts did not take place (hollow, dashed).`),
    zoom: (range: string) => `Below, enlarged: ${range}.`,
  },
};

export function CallsChart(data: CallsChartData, options: CallsChartOptions): HTMLElement {
  const { width, lang } = options;
  const labels = LABELS[lang];
  const text = TEXT[lang];
  const domain = options.domain ?? [START, data.meta.dataUntil];

  // The events shown: Trump's calls and meetings with Putin or Zelensky, in the order of the data (by date).
  const events = data.events.filter((event) => event.counterpart && event.date >= domain[0] && event.date <= domain[1]);
  const zoomEvents = events.filter((event) => event.date >= ZOOM[0] && event.date <= ZOOM[1]);
  const name = (id: string) => lastName(data.actors[id]?.name ?? id);
  const laneLabel = (counterpart: Counterpart) => `${name("trump")} – ${name(counterpart)}`;
  const title = text.title(name("trump"), name("putin"), name("zelensky"));

  // Sizes follow the width: smaller type and marks, fewer ticks on a phone.
  const narrow = width < 480;
  const fontSize = narrow ? 11 : 12;
  const laneFontSize = fontSize + 1;
  const radius = narrow ? 5.5 : 7;
  const zoomRadius = narrow ? 8 : 9;
  const margin = { top: 4, right: HIT_RADIUS + 2, bottom: 4, left: HIT_RADIUS + 2 };
  const innerWidth = width - margin.left - margin.right;
  const laneHeader = laneFontSize + 4 + fontSize + 6; // lane label, then room for the call numbers
  const axisHeight = fontSize + 14;
  const connectorHeight = 22;
  const framePadding = 8;
  const zoomTitleHeight = fontSize + 20;
  const dayLabelHeight = fontSize + 12;

  // Overview: time → x; same-lane marks closer than a hit target are stacked in rows.
  const x = scaleUtc()
    .domain([parseDay(domain[0]), utcDay.offset(parseDay(domain[1]), 1)])
    .range([0, innerWidth]);
  const overviewX = (event: StoryEvent) => dayCentre(x, event.date);
  const overviewRows = stackRows(events, overviewX, 2 * HIT_RADIUS);
  const overviewLanes = laneLayout(events, overviewRows, radius, fontSize, laneHeader);
  const lane = scaleOrdinal<Counterpart, number>().domain(LANES).range(overviewLanes.offsets);
  const overviewY = (event: StoryEvent) => lane(event.counterpart!) + overviewLanes.rowY(overviewRows.get(event.id)!);

  // Zoom: one column per day.
  const zoomDays = utcDay.range(parseDay(ZOOM[0]), utcDay.offset(parseDay(ZOOM[1]), 1)).map(isoDay);
  const day = scaleBand<string>().domain(zoomDays).range([0, innerWidth]);
  const zoomX = (event: StoryEvent) => day(event.date)! + day.bandwidth() / 2;
  const zoomRows = stackRows(zoomEvents, zoomX, 2 * HIT_RADIUS);
  const zoomLanes = laneLayout(zoomEvents, zoomRows, zoomRadius, fontSize, laneHeader);
  const zoomLane = scaleOrdinal<Counterpart, number>().domain(LANES).range(zoomLanes.offsets.map((offset) => offset + zoomTitleHeight));
  const zoomY = (event: StoryEvent) => zoomLane(event.counterpart!) + zoomLanes.rowY(zoomRows.get(event.id)!);

  const overviewBottom = overviewLanes.height + axisHeight;
  const zoomTop = overviewBottom + connectorHeight;
  const zoomHeight = zoomTitleHeight + zoomLanes.height + dayLabelHeight;
  const height = margin.top + zoomTop + zoomHeight + margin.bottom;
  const rangeLabel = formatDateRange(domain[0], domain[1], lang);
  const zoomRangeLabel = formatDateRange(ZOOM[0], ZOOM[1], lang);

  const svg = create("svg")
    .attr("xmlns", svgNs)
    .attr("class", "calls-svg")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "group")
    .attr("aria-label", text.svgLabel(title, rangeLabel))
    .attr("font-size", fontSize);

  // The zoomed days, marked in the overview and joined to the panel below.
  const zoomStart = x(parseDay(ZOOM[0]));
  const zoomEnd = x(utcDay.offset(parseDay(ZOOM[1]), 1));
  const zoomVisible = zoomEnd > 0 && zoomStart < innerWidth;
  const link = svg.append("g").attr("class", "calls-zoom-link").attr("aria-hidden", "true").attr("transform", translate(margin.left, margin.top));
  if (zoomVisible) {
    const [left, right] = [Math.max(0, zoomStart), Math.min(innerWidth, zoomEnd)];
    link.append("rect").attr("class", "calls-highlight").attr("x", round(left)).attr("width", round(right - left)).attr("y", 0).attr("height", overviewBottom);
    link
      .selectAll("line")
      .data([
        [left, -framePadding],
        [right, innerWidth + framePadding],
      ])
      .join("line")
      .attr("class", "calls-connector")
      .attr("x1", ([from]) => round(from))
      .attr("y1", overviewBottom)
      .attr("x2", ([, to]) => round(to))
      .attr("y2", zoomTop);
  }

  // Overview: lanes, month grid, axis, marks.
  const overview = svg.append("g").attr("class", "calls-overview").attr("transform", translate(margin.left, margin.top));
  const ticks = monthTicks(x, lang, fontSize, narrow, margin);
  drawLanes(overview, lane, overviewLanes, laneLabel, laneFontSize, innerWidth, ticks.map((tick) => x(tick)));
  overview
    .append("g")
    .attr("class", "calls-axis")
    .attr("aria-hidden", "true")
    .attr("transform", translate(0, overviewLanes.height))
    .call(
      axisBottom(x)
        .tickValues(ticks)
        .tickFormat((date) => monthLabel(date as Date, lang))
        .tickSizeOuter(0),
    )
    .attr("font-size", fontSize)
    .attr("font-family", null);
  drawMarks(overview.append("g").attr("class", "calls-marks"), events, overviewX, overviewY, radius);

  // Zoom: frame, title, lanes with one column per day, day labels, marks.
  const zoom = svg.append("g").attr("class", "calls-zoom").attr("transform", translate(margin.left, margin.top + zoomTop));
  zoom
    .append("rect")
    .attr("class", "calls-zoom-frame")
    .attr("x", -framePadding)
    .attr("y", 0)
    .attr("width", innerWidth + 2 * framePadding)
    .attr("height", zoomHeight);
  zoom
    .append("text")
    .attr("class", "calls-zoom-title")
    .attr("aria-hidden", "true")
    .attr("x", 0)
    .attr("y", fontSize + 6)
    .text(text.zoomTitle(zoomRangeLabel));
  const columnEdges = zoomDays.slice(1).map((iso) => day(iso)!);
  drawLanes(zoom, zoomLane, zoomLanes, laneLabel, laneFontSize, innerWidth, columnEdges);
  const longDay = (iso: string) => dayMonth(lang).format(parseDay(iso));
  const fitsLong = Math.max(...zoomDays.map((iso) => textWidth(longDay(iso), fontSize))) + 8 <= day.bandwidth();
  zoom
    .append("g")
    .attr("class", "calls-days")
    .attr("aria-hidden", "true")
    .attr("text-anchor", "middle")
    .selectAll("text")
    .data(zoomDays)
    .join("text")
    .attr("data-day", (iso) => iso)
    .attr("x", (iso) => round(day(iso)! + day.bandwidth() / 2))
    .attr("y", zoomTitleHeight + zoomLanes.height + fontSize + 2)
    .text((iso) => (fitsLong ? longDay(iso) : shortDay(iso, lang)));
  drawMarks(zoom.append("g").attr("class", "calls-marks"), zoomEvents, zoomX, zoomY, zoomRadius);

  // One tab stop for the chart; the arrow keys walk the overview, then the enlarged days.
  const panel = detailsPanel(data.actors, lang);
  const marks = svg.selectAll<SVGGElement, StoryEvent>("g.calls-mark");
  interactiveMarks(marks, (event) => {
    panel.show(event);
    marks.classed("is-active", (mark) => mark.id === event?.id);
  });
  // The accessible name starts with the number shown on the mark (WCAG 2.5.3, label in name).
  marks.attr("aria-label", (event) =>
    [event.callNumber ? `${event.callNumber} –` : "", `${event.dateLabel}: ${event.headline}`, event.status === "not_held" ? `(${labels.notHeld})` : ""].filter(Boolean).join(" "),
  );

  const callCount = events.filter((event) => event.callNumber !== undefined).length;
  const notHeld = events.filter((event) => event.status === "not_held");
  const caption = [
    `${text.calls(callCount, name("trump"), name("putin"))} ${text.others(name("trump"), name("zelensky"))}, ${rangeLabel}.`,
    notHeld.length > 0 ? text.notHeld(notHeld.length, labels.type[notHeld[0].type]) : undefined,
    text.zoom(zoomRangeLabel),
  ]
    .filter(Boolean)
    .join(" ");
  const source = sourceLine(events, data.meta.dataUntilLabel, lang);

  return chartFigure({
    id: "calls-chart",
    title,
    caption,
    source,
    chart: el("div", { class: "calls-body" }, legend(lang, name("putin")), svg.node()!),
    alternative: eventTable(events, data.actors, lang, caption),
    details: panel.node,
    lang,
  });
}

interface LaneLayout {
  /** Top of each lane, in the order of LANES. */
  offsets: number[];
  height: number;
  /** Centre of a row of marks, from the top of its lane. */
  rowY: (row: number) => number;
}

/** Lane heights: a label, room for the call numbers, then as many rows as the stacked marks need. */
function laneLayout(events: StoryEvent[], rows: Map<string, number>, radius: number, fontSize: number, header: number): LaneLayout {
  // A row below another leaves room for its call numbers above the ring of the marks in the row above.
  const rowStep = Math.max(2 * HIT_RADIUS, Math.ceil(2 * radius + fontSize + 8));
  const firstRow = header + radius;
  const offsets: number[] = [];
  let top = 0;
  for (const counterpart of LANES) {
    offsets.push(top);
    const rowCount = 1 + Math.max(0, ...events.filter((event) => event.counterpart === counterpart).map((event) => rows.get(event.id)!));
    top += firstRow + (rowCount - 1) * rowStep + HIT_RADIUS + 6;
  }
  return { offsets, height: top, rowY: (row) => firstRow + row * rowStep };
}

/**
 * Rows within each lane so that marks of one lane are at least `gap` apart:
 * each mark takes the first row in which it keeps that distance from the mark before it.
 */
function stackRows(events: StoryEvent[], position: (event: StoryEvent) => number, gap: number): Map<string, number> {
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
  marks.append("circle").attr("class", "calls-ring").attr("r", radius + RING_OFFSET).attr("fill", "none");
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

/** Month ticks, every month when there is room, else every second, third, … month; none whose label would leave the svg. */
function monthTicks(x: ScaleTime<number, number>, lang: Lang, fontSize: number, narrow: boolean, margin: { left: number; right: number }): Date[] {
  const [start, end] = x.domain();
  const [left, right] = x.range();
  const monthWidth = ((right - left) * 30.44 * 86_400_000) / (end.getTime() - start.getTime());
  const widest = textWidth(lang === "de" ? "Sept." : "Sept", fontSize) + (narrow ? 16 : 24);
  const step = [1, 2, 3, 4, 6, 12].find((months) => months * monthWidth >= widest) ?? 12;
  return x
    .ticks(utcMonth.filter((date) => date.getUTCMonth() % step === 0))
    .filter((date) => {
      const half = textWidth(monthLabel(date, lang), fontSize) / 2;
      return x(date) - half >= -margin.left && x(date) + half <= right + margin.right;
    });
}

/** The key to the shapes; colour needs none, the lanes are labelled. */
function legend(lang: Lang, putin: string): HTMLElement {
  const labels = LABELS[lang];
  const swatch = (draw: (svg: Selection<SVGSVGElement, undefined, null, undefined>) => void) => {
    const svg = create("svg").attr("width", 18).attr("height", 18).attr("viewBox", "-9 -9 18 18").attr("aria-hidden", "true").attr("focusable", "false");
    draw(svg);
    return svg.node()!;
  };
  const shape = (type: SymbolKind, hollow = false) =>
    swatch((svg) =>
      svg
        .append("path")
        .attr("d", symbolPath(type, 6))
        .attr("fill", hollow ? "none" : "currentColor")
        .attr("stroke", "currentColor")
        .attr("stroke-width", 1.5)
        .attr("stroke-dasharray", hollow ? "2.5 2" : null),
    );
  const number = swatch((svg) => svg.append("text").attr("text-anchor", "middle").attr("y", 5).attr("font-size", 13).attr("font-weight", 700).attr("fill", "currentColor").text("3"));
  const item = (icon: SVGSVGElement, label: string) => el("li", {}, icon, label);
  return el(
    "ul",
    { class: "calls-legend" },
    item(shape("circle"), labels.type.call),
    item(shape("square"), labels.type.meeting),
    item(shape("circle", true), TEXT[lang].notHeldLegend),
    item(number, TEXT[lang].numberLegend(putin)),
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", { ...options, timeZone: "UTC" });
    formats.set(key, format);
  }
  return format;
}

/** "Feb.", "März", "Juni" / "Feb", "Mar", "Jun": the month as written in a date (German standalone forms would be "Mär", "Jun"). */
function monthLabel(date: Date, lang: Lang): string {
  return dateFormat(lang, { day: "numeric", month: "short" }).formatToParts(date).find((part) => part.type === "month")?.value ?? "";
}

function dayMonth(lang: Lang): Intl.DateTimeFormat {
  return dateFormat(lang, { day: "numeric", month: "long" });
}

function shortDay(iso: string, lang: Lang): string {
  const day = String(Number(iso.slice(8, 10)));
  return lang === "de" ? `${day}.` : day;
}

function numberWord(n: number, lang: Lang): string {
  const words = {
    de: ["kein", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"],
    en: ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
  };
  return words[lang][n] ?? String(n);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function lastName(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

function parseDay(iso: string): Date {
  return new Date(iso + "T00:00:00Z");
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The middle of a day on a time scale: where a mark of that day sits. */
function dayCentre(x: (date: Date) => number, iso: string): number {
  const start = parseDay(iso);
  return (x(start) + x(utcDay.offset(start, 1))) / 2;
}

function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function translate(x: number, y: number): string {
  return `translate(${round(x)},${round(y)})`;
}

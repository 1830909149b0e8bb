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
import type { DeliveryPhase } from "../lib/derive.js";
import { daysBetween, formatDate, formatDateRange, shortMonth, type Lang } from "../lib/format.js";
import type { ReportedSystem, StoryActor, StoryData, StoryEvent } from "../lib/story.js";
import {
  chartFigure,
  detailsPanel,
  drawDayAxis,
  el,
  eventTable,
  interactiveMarks,
  sourceLine,
  symbolPath,
} from "./common.js";
import { LABELS } from "./labels.js";

type DeliveryStatus = DeliveryPhase["status"];

export interface DeliveriesData {
  events: StoryEvent[];
  actors: Record<string, StoryActor>;
  deliveryPhases: DeliveryPhase[];
  systems: ReportedSystem[];
  meta: StoryData["meta"];
}

export interface DeliveriesOptions {
  width: number;
  lang: Lang;
}

/** Okabe–Ito colours; every status but "flowing" also has its own pattern (fixed ids: the output is deterministic). */
export const DELIVERY_STYLE: Record<DeliveryStatus, { color: string; pattern?: string }> = {
  flowing: { color: "#009E73" },
  halted_all: { color: "#D55E00", pattern: "pattern-halted-all" },
  halted_partly: { color: "#E69F00", pattern: "pattern-halted-partly" },
  nato_purchases: { color: "#56B4E9", pattern: "pattern-nato-purchases" },
};

const WORDS = {
  de: {
    title: "Wann die USA Waffenlieferungen an die Ukraine stoppten",
    overview: "Überblick",
    zoom: "Zoom: die Stopps Tag für Tag",
    days: (n: number) => (n === 1 ? "1 Tag" : `${n} Tage`),
    decision: "Entscheidung, die den Stand ändert",
    decisionInfo: "weitere Entscheidung oder Meldung",
    systemsTitle: "Welche Waffen gestoppt wurden",
    systemsNote:
      "Es gibt keine amtliche Liste: Das Pentagon nannte weder Typen noch Mengen. Die Angaben stammen aus Medienberichten.",
    phases: "Die Phasen der US-Lieferungen",
    status: "Stand",
    from: "von",
    to: "bis",
    toNote: "bis (Beginn der nächsten Phase bzw. Datenstand)",
    haltDays: "Tage (Stopps)",
    decisions: "Die Entscheidungen über Waffenlieferungen",
    caption:
      "Farbe und Muster zeigen den Stand der US-Lieferungen seit Trumps Amtsantritt; Rauten markieren die Entscheidungen (gefüllt: Entscheidung ändert den Stand). Weil die Stopps nur Tage dauerten, zeigt der Zoom sie Tag für Tag.",
  },
  en: {
    title: "When the US halted weapons deliveries to Ukraine",
    overview: "Overview",
    zoom: "Zoom: the halts day by day",
    days: (n: number) => (n === 1 ? "1 day" : `${n} days`),
    decision: "Decision that changes the state",
    decisionInfo: "Further decision or report",
    systemsTitle: "Which weapons were halted",
    systemsNote:
      "There is no official list: the Pentagon gave neither types nor quantities. The entries come from media reports.",
    phases: "The phases of US deliveries",
    status: "State",
    from: "from",
    to: "to",
    toNote: "to (start of the next phase or end of data)",
    haltDays: "Days (halts)",
    decisions: "The decisions on weapons deliveries",
    caption:
      "Colour and pattern show the state of US deliveries since Trump took office; diamonds mark the decisions (filled: the decision changes the state). Because the halts lasted only days, the zoom shows them day by day.",
  },
} as const;

const toDate = (iso: string) => new Date(iso + "T00:00:00Z");

/** Font sizes set on the text (px) and the width of an average character, to keep text inside the chart without layout. */
const FONT = 11;
const FONT_TITLE = 12;
const CHAR = 0.6;
export const textWidth = (text: string, size = FONT) => text.length * size * CHAR;

/** The first of the texts that fits into `space` pixels, or undefined. */
function fitText(candidates: string[], space: number, size = FONT): string | undefined {
  return candidates.find((text) => textWidth(text, size) <= space);
}

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
  new Intl.DateTimeFormat(
    lang === "de" ? "de-DE" : "en-GB",
    lang === "de"
      ? { day: "numeric", month: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "short", timeZone: "UTC" },
  );
const dayLabel = (date: Date, lang: Lang) =>
  lang === "de" ? `${date.getUTCDate()}.` : `${date.getUTCDate()}`;

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

export function DeliveriesChart(data: DeliveriesData, { width, lang }: DeliveriesOptions): HTMLElement {
  const labels = LABELS[lang];
  const words = WORDS[lang];
  const phases = data.deliveryPhases;
  const decisions = data.events.filter((event) => event.type === "weapons_decision");
  const shortDate = shortDateFormat(lang);
  const margin = { top: 4, right: 10, bottom: 6, left: 10 };
  const innerWidth = width - margin.left - margin.right;

  // Overview: the whole period, one segment per phase.
  const periodStart = toDate(phases[0]?.start ?? data.meta.dataUntil);
  const periodEnd = toDate(data.meta.dataUntil);
  const overviewDateX = scaleUtc()
    .domain([periodStart, periodEnd])
    .range([margin.left, width - margin.right]);
  const overview = { titleY: 13, monthY: 29, bandTop: 40, bandHeight: 24 };
  const overviewBottom = overview.bandTop + overview.bandHeight + 10;

  // Zoom: a window around each halt, all of the same length so that a day has the same width in each.
  const halts = phases.filter((phase) => phase.status === "halted_all" || phase.status === "halted_partly");
  const windowDays = Math.max(25, ...halts.map((halt) => daysBetween(halt.start, halt.end) + 10));
  const windows: { start: Date; end: Date }[] = [];
  for (const halt of halts) {
    const start = utcDay.offset(toDate(halt.start), -6);
    const end = utcDay.offset(start, windowDays);
    const previous = windows[windows.length - 1];
    if (previous && start <= previous.end) previous.end = end > previous.end ? end : previous.end;
    else windows.push({ start, end });
  }
  for (const window of windows) {
    if (window.start < periodStart) window.start = periodStart;
    if (window.end > periodEnd) window.end = periodEnd;
  }
  const gap = 24;
  const sideBySide = windows.length > 0 && (innerWidth - gap * (windows.length - 1)) / windows.length >= 270;
  const totalDays = windows.reduce((sum, window) => sum + utcDay.count(window.start, window.end), 0);

  const zoomLabelY = overviewBottom + 26;
  const panelTop = zoomLabelY + 10;
  const zoomWindows: ZoomWindow[] = [];
  {
    let x = margin.left;
    for (const window of windows) {
      const panelWidth = sideBySide
        ? ((innerWidth - gap * (windows.length - 1)) * utcDay.count(window.start, window.end)) / totalDays
        : innerWidth;
      zoomWindows.push({ ...window, x: sideBySide ? x : margin.left, y: panelTop, width: panelWidth });
      x += panelWidth + gap;
    }
  }
  const zoomDateX = (window: ZoomWindow) =>
    scaleUtc()
      .domain([window.start, window.end])
      .range([window.x, window.x + window.width]);
  const windowOf = (event: StoryEvent) =>
    zoomWindows.find((window) => toDate(event.date) >= window.start && toDate(event.date) <= window.end);

  // Where each decision goes: in the zoom panel that holds its date, else in the overview; dodged so that
  // hit targets (24 px) and date labels never overlap.
  const markX = (event: StoryEvent) => {
    const window = windowOf(event);
    return window ? zoomDateX(window)(toDate(event.date)) : overviewDateX(toDate(event.date));
  };
  const decisionLabel = (event: StoryEvent) => shortDate.format(toDate(event.date));
  const levels = dodgeLevels(decisions, markX, (a, b) =>
    windowOf(a) !== windowOf(b)
      ? 0
      : Math.max(24, (textWidth(decisionLabel(a)) + textWidth(decisionLabel(b))) / 2 + 6),
  );
  const levelCount = (window: ZoomWindow | undefined) =>
    1 + Math.max(0, ...decisions.map((event, index) => (windowOf(event) === window ? levels[index] : 0)));

  // Panel geometry, top to bottom: title, marks (28 px per level), band, day ticks, months.
  const panel = (window: ZoomWindow) => {
    const bandTop = window.y + 51 + 28 * (levelCount(window) - 1);
    return {
      titleY: window.y + 12,
      bandTop,
      bandHeight: 28,
      dayY: bandTop + 28 + 15,
      monthY: bandTop + 28 + 29,
      bottom: bandTop + 28 + 34,
    };
  };
  if (!sideBySide) {
    let y = panelTop;
    for (const window of zoomWindows) {
      window.y = y;
      y = panel(window).bottom + 16;
    }
  }
  // Decisions outside every zoom window sit above the overview band; make room for them there.
  const overviewLevels = decisions.some((event) => !windowOf(event)) ? levelCount(undefined) : 0;
  if (overviewLevels > 0) {
    const shift = 28 * overviewLevels + 8;
    overview.bandTop += shift;
    for (const window of zoomWindows) window.y += shift;
  }
  const height =
    zoomWindows.length > 0
      ? (max(zoomWindows, (window) => panel(window).bottom) ?? 0) + margin.bottom
      : overview.bandTop + overview.bandHeight + 10 + margin.bottom;

  const svg = create("svg")
    .attr("class", "deliveries-svg")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "group")
    .attr("aria-label", words.title);

  definePatterns(svg.append("defs"));

  // Context: the zoom windows in the overview, joined to their panels.
  if (sideBySide) {
    svg
      .append("g")
      .attr("class", "zoom-connectors")
      .attr("aria-hidden", "true")
      .selectAll("path")
      .data(zoomWindows)
      .join("path")
      .attr("d", (window) => {
        const x0 = overviewDateX(window.start);
        const x1 = overviewDateX(window.end);
        const top = overview.bandTop + overview.bandHeight + 9;
        return `M${x0},${top}L${x1},${top}L${window.x + window.width},${window.y}L${window.x},${window.y}Z`;
      });
  }

  // Overview.
  const overviewGroup = svg.append("g").attr("class", "deliveries-overview");
  overviewGroup
    .append("text")
    .attr("class", "row-label")
    .attr("x", margin.left)
    .attr("y", overview.titleY)
    .attr("font-size", FONT_TITLE)
    .text(
      fitText(
        [
          `${words.overview}: ${formatDateRange(phases[0]?.start ?? data.meta.dataUntil, data.meta.dataUntil, lang)}`,
          words.overview,
        ],
        innerWidth,
        FONT_TITLE,
      ) ?? "",
    );
  monthAxis(
    overviewGroup.append("g").attr("class", "axis axis-months").attr("aria-hidden", "true"),
    overviewDateX,
    overview.monthY,
    overview.bandTop,
    lang,
  );
  const overviewBand = overviewGroup.append("g").attr("class", "deliveries-band").attr("aria-hidden", "true");
  phaseSegments(
    overviewBand,
    phases,
    overviewDateX,
    periodStart,
    periodEnd,
    overview.bandTop,
    overview.bandHeight,
    (phase, space) => fitText([labels.delivery[phase.status]], space - 8),
  );
  overviewGroup
    .append("g")
    .attr("class", "zoom-windows")
    .attr("aria-hidden", "true")
    .selectAll("rect")
    .data(zoomWindows)
    .join("rect")
    .attr("x", (window) => overviewDateX(window.start))
    .attr("y", overview.bandTop - 3)
    .attr("width", (window) => overviewDateX(window.end) - overviewDateX(window.start))
    .attr("height", overview.bandHeight + 6);
  overviewGroup
    .append("g")
    .attr("class", "decision-ticks")
    .attr("aria-hidden", "true")
    .selectAll("path")
    .data(decisions)
    .join("path")
    .attr("d", (event) => {
      const x = overviewDateX(toDate(event.date));
      const y = overview.bandTop + overview.bandHeight + 1;
      return `M${x},${y}L${x + 3.5},${y + 6}L${x - 3.5},${y + 6}Z`;
    });

  // Zoom.
  if (zoomWindows.length > 0) {
    svg
      .append("text")
      .attr("class", "row-label")
      .attr("x", margin.left)
      .attr("y", zoomLabelY + (overviewLevels > 0 ? 28 * overviewLevels + 8 : 0))
      .attr("font-size", FONT_TITLE)
      .text(fitText([words.zoom, "Zoom"], innerWidth, FONT_TITLE) ?? "");
  }
  for (const window of zoomWindows) {
    const geometry = panel(window);
    const dateX = zoomDateX(window);
    const group = svg
      .append("g")
      .attr("class", "deliveries-zoom")
      .attr("data-start", window.start.toISOString().slice(0, 10));
    group
      .append("text")
      .attr("class", "panel-label")
      .attr("x", window.x)
      .attr("y", geometry.titleY)
      .attr("font-size", FONT)
      .text(
        fitText(
          [
            formatDateRange(
              window.start.toISOString().slice(0, 10),
              utcDay.offset(window.end, -1).toISOString().slice(0, 10),
              lang,
            ),
          ],
          window.width,
        ) ?? "",
      );
    const band = group.append("g").attr("class", "zoom-band").attr("aria-hidden", "true");
    phaseSegments(
      band,
      phases,
      dateX,
      window.start,
      window.end,
      geometry.bandTop,
      geometry.bandHeight,
      (phase, space) => {
        const isHalt = phase.status === "halted_all" || phase.status === "halted_partly";
        const days = words.days(daysBetween(phase.start, phase.end));
        return fitText(
          isHalt ? [`${labels.delivery[phase.status]} · ${days}`, days] : [labels.delivery[phase.status]],
          space - 8,
        );
      },
    );
    dayAxis(
      group.append("g").attr("class", "axis axis-days").attr("aria-hidden", "true"),
      dateX,
      window,
      geometry.bandTop + geometry.bandHeight,
      geometry.dayY,
      geometry.monthY,
      lang,
    );
  }

  // The decisions: one focusable mark each, in order of date.
  const placed: PlacedDecision[] = decisions.map((event, index) => {
    const window = windowOf(event);
    const x = markX(event);
    const label = decisionLabel(event);
    const half = textWidth(label) / 2;
    const left = window ? window.x : margin.left;
    const right = window ? window.x + window.width : width - margin.right;
    return {
      event,
      x,
      level: levels[index],
      baseY: window ? panel(window).bandTop : overview.bandTop,
      label,
      labelX: Math.max(left + half, Math.min(right - half, x)),
    };
  });
  const markY = (decision: PlacedDecision) => decision.baseY - 14 - 28 * decision.level;
  const markGroup = svg.append("g").attr("class", "decisions");
  const marks = markGroup
    .selectAll<SVGGElement, StoryEvent>("g")
    .data(decisions)
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
  marks.append("circle").attr("class", "hit-target").attr("r", 12);
  marks
    .append("path")
    .attr("class", "decision-symbol")
    .attr("d", symbolPath("diamond", 6.5))
    .attr("fill", (event) => (event.deliveryStatus ? DELIVERY_STYLE[event.deliveryStatus].color : null));
  marks
    .append("text")
    .attr("class", "decision-label")
    .attr("x", (_, index) => placed[index].labelX - placed[index].x)
    .attr("y", -10)
    .attr("text-anchor", "middle")
    .attr("font-size", FONT)
    .text((_, index) => placed[index].label);

  const panelNode = detailsPanel(data.actors, lang);
  interactiveMarks(
    marks as unknown as Selection<SVGGElement, StoryEvent, SVGElement | null, unknown>,
    (event) => {
      marks.classed("is-active", (d) => d === event);
      panelNode.show(event);
    },
  );
  // The accessible name starts with the date shown on the mark (WCAG 2.5.3, label in name).
  marks.attr(
    "aria-label",
    (event, index) => `${placed[index].label} – ${event.dateLabel}: ${event.headline}`,
  );

  const chart = el("div", { class: "deliveries-chart" }, legend(phases, decisions, lang), svg.node()!);
  const figure = chartFigure({
    id: "chart-deliveries",
    title: words.title,
    caption: words.caption,
    source: sourceLine(decisions, data.meta.dataUntilLabel, lang),
    chart,
    details: panelNode.node,
    alternative: () =>
      el("div", {}, phaseTable(phases, lang), eventTable(decisions, data.actors, lang, words.decisions)),
    lang,
  });
  figure.classList.add("deliveries");
  figure.insertBefore(systemsList(data.systems, data.events, lang), figure.querySelector("figcaption"));
  return figure;
}

function definePatterns(defs: Selection<SVGDefsElement, undefined, null, undefined>): void {
  const pattern = (status: DeliveryStatus, size: number, angle: number) => {
    const style = DELIVERY_STYLE[status];
    const node = defs
      .append("pattern")
      .attr("id", style.pattern!)
      .attr("patternUnits", "userSpaceOnUse")
      .attr("width", size)
      .attr("height", size)
      .attr("patternTransform", angle ? `rotate(${angle})` : null);
    node.append("rect").attr("width", size).attr("height", size).attr("fill", style.color);
    return node;
  };
  // Partly halted: diagonal hatch. Completely halted: cross-hatch. NATO purchases: dots.
  pattern("halted_partly", 7, 45)
    .append("line")
    .attr("x1", 0)
    .attr("y1", 0)
    .attr("x2", 0)
    .attr("y2", 7)
    .attr("class", "pattern-line");
  const cross = pattern("halted_all", 7, 45);
  cross.append("line").attr("x1", 0).attr("y1", 0).attr("x2", 0).attr("y2", 7).attr("class", "pattern-line");
  cross.append("line").attr("x1", 0).attr("y1", 0).attr("x2", 7).attr("y2", 0).attr("class", "pattern-line");
  pattern("nato_purchases", 6, 0)
    .append("circle")
    .attr("cx", 3)
    .attr("cy", 3)
    .attr("r", 1.2)
    .attr("class", "pattern-dot");
}

const fillOf = (status: DeliveryStatus) => {
  const style = DELIVERY_STYLE[status];
  return style.pattern ? `url(#${style.pattern})` : style.color;
};

/** The phases as segments of a band between `from` and `to`, labelled inside where the label fits. */
function phaseSegments(
  band: SvgGroup,
  phases: DeliveryPhase[],
  dateX: ScaleTime<number, number>,
  from: Date,
  to: Date,
  top: number,
  height: number,
  label: (phase: DeliveryPhase, space: number) => string | undefined,
): void {
  const visible = phases
    .map((phase) => {
      const start = toDate(phase.start) < from ? from : toDate(phase.start);
      const end = toDate(phase.end) > to ? to : toDate(phase.end);
      return { phase, x0: dateX(start), x1: dateX(end), shown: start < end || phase.end === phase.start };
    })
    .filter((segment) => segment.shown);
  band
    .selectAll("rect")
    .data(visible)
    .join("rect")
    .attr("class", ({ phase }) => `phase phase-${phase.status}`)
    .attr("data-status", ({ phase }) => phase.status)
    .attr("data-start", ({ phase }) => phase.start)
    .attr("data-end", ({ phase }) => phase.end)
    .attr("x", ({ x0 }) => x0)
    .attr("y", top)
    .attr("width", ({ x0, x1 }) => Math.max(0, x1 - x0))
    .attr("height", height)
    .attr("fill", ({ phase }) => fillOf(phase.status));
  const labelled = visible
    .map((segment) => ({ ...segment, text: label(segment.phase, segment.x1 - segment.x0) }))
    .filter((segment) => segment.text);
  band
    .selectAll("text")
    .data(labelled)
    .join("text")
    .attr("class", "phase-label")
    .attr("x", ({ x0, x1 }) => (x0 + x1) / 2)
    .attr("y", top + height / 2 + 4)
    .attr("text-anchor", "middle")
    .attr("font-size", FONT)
    .text(({ text }) => text!);
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
    .data(months.filter(({ month, x0, x1 }) => textWidth(shortMonth(month, lang)) + 4 <= x1 - x0))
    .join("text")
    .attr("x", ({ x0, x1 }) => (x0 + x1) / 2)
    .attr("y", labelY)
    .attr("text-anchor", "middle")
    .attr("font-size", FONT)
    .text(({ month }) => shortMonth(month, lang));
}

/** A tick for every day, day numbers where they fit, month names at the start of each month. */
function dayAxis(
  axis: SvgGroup,
  dateX: ScaleTime<number, number>,
  window: ZoomWindow,
  top: number,
  dayY: number,
  monthY: number,
  lang: Lang,
): void {
  const days = utcDay.range(window.start, utcDay.offset(window.end, 1)).filter((day) => day <= window.end);
  const dayWidth = dateX(utcDay.offset(window.start, 1)) - dateX(window.start);
  const step = [1, 2, 5, 7].find((k) => k * dayWidth >= textWidth("30.") + 6) ?? 7;
  const right = window.x + window.width;
  const placeAll = (candidates: { day: Date; text: string; anchor: "middle" | "start" }[]) => {
    let previousRight = -Infinity;
    return candidates.filter((candidate) => {
      const w = textWidth(candidate.text);
      const left = candidate.anchor === "middle" ? dateX(candidate.day) - w / 2 : dateX(candidate.day);
      if (left < window.x || left + w > right || left < previousRight + 4) return false;
      previousRight = left + w;
      return true;
    });
  };
  const dayLabels = placeAll(
    days
      .filter((day) => (day.getUTCDate() - 1) % step === 0)
      .map((day) => ({ day, text: dayLabel(day, lang), anchor: "middle" as const })),
  );
  const monthLabels = placeAll(
    days
      .filter((day, index) => index === 0 || day.getUTCDate() === 1)
      .map((day) => ({ day, text: shortMonth(day, lang), anchor: "start" as const })),
  );
  drawDayAxis(axis, dateX, { days, dayLabels, monthLabels }, { top, dayY, monthY, fontSize: FONT });
}

/** Legend in HTML (it wraps on a phone): each status with its colour and pattern, and the two kinds of decision marks. */
function legend(phases: DeliveryPhase[], decisions: StoryEvent[], lang: Lang): HTMLElement {
  const labels = LABELS[lang];
  const words = WORDS[lang];
  const list = el("ul", { class: "deliveries-legend" });
  const statuses = (Object.keys(DELIVERY_STYLE) as DeliveryStatus[]).filter((status) =>
    phases.some((phase) => phase.status === status),
  );
  for (const status of statuses) {
    const swatch = create("svg")
      .attr("width", 22)
      .attr("height", 14)
      .attr("aria-hidden", "true")
      .attr("class", "legend-swatch");
    swatch.append("rect").attr("width", 22).attr("height", 14).attr("fill", fillOf(status));
    list.append(el("li", { "data-status": status }, swatch.node()!, labels.delivery[status]));
  }
  const kinds = [
    {
      className: "decision-change",
      text: words.decision,
      present: decisions.some((event) => event.deliveryStatus),
    },
    {
      className: "decision-info",
      text: words.decisionInfo,
      present: decisions.some((event) => !event.deliveryStatus),
    },
  ];
  for (const kind of kinds.filter((k) => k.present)) {
    const swatch = create("svg")
      .attr("width", 16)
      .attr("height", 16)
      .attr("aria-hidden", "true")
      .attr("class", `legend-swatch ${kind.className}`);
    swatch.append("path").attr("transform", "translate(8,8)").attr("d", symbolPath("diamond", 6));
    list.append(el("li", {}, swatch.node()!, kind.text));
  }
  return list;
}

/** The systems reported as halted, grouped by the report they come from: reported, not announced. */
function systemsList(systems: ReportedSystem[], events: StoryEvent[], lang: Lang): HTMLElement {
  const labels = LABELS[lang];
  const words = WORDS[lang];
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
function phaseTable(phases: DeliveryPhase[], lang: Lang): HTMLElement {
  const labels = LABELS[lang];
  const words = WORDS[lang];
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
    const isHalt = phase.status === "halted_all" || phase.status === "halted_partly";
    body.append(
      el(
        "tr",
        { "data-status": phase.status },
        el("th", { scope: "row" }, labels.delivery[phase.status]),
        el("td", {}, formatDate(phase.start, lang)),
        el("td", {}, formatDate(phase.end, lang)),
        el("td", {}, isHalt ? String(daysBetween(phase.start, phase.end)) : "–"),
      ),
    );
  }
  table.append(body);
  return table;
}

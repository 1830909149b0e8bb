/**
 * The sticky graphic of the scrolling story: every event on one time line, in
 * lanes by kind. `highlight(ids)` highlights the events a step is about and zooms
 * the time axis to them; the figure carries its state in data attributes.
 *
 * It is the only chart on the first load, so it draws from the light sequence
 * data (date, kind, headline) and loads an event's details when one is opened.
 * Its time axis is plain arithmetic on UTC days and months: d3-scale, d3-axis
 * and d3-time would add 30 KB gzip (with d3-array, -interpolate, -color, -format
 * and -time-format) to what every reader downloads before the first chart.
 */
import { create, type Selection } from "d3-selection";
import type { Lang } from "../lib/format.js";
import type { SequenceData, SequenceEvent, StoryEvent } from "../lib/story.js";
import { eventHref } from "../lib/links.js";
import { detailsPanel, el, interactiveMarks, symbolPath, TOPIC_STYLE } from "./common.js";
import { LABELS } from "./labels.js";

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
}

export interface SequenceChartElement extends HTMLElement {
  /** Highlights these events and zooms to them; no ids shows the whole time line. */
  highlight(ids?: readonly string[]): void;
  /** Opens an event's details, as a click on its mark does; resolves when they are shown. */
  select(id: string | undefined): Promise<void>;
}

/** `details` from the full story, loaded once on first use: `eventsFrom(() => FileAttachment("…").json())`. */
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

type Lane = "contacts" | "weapons" | "statements" | "attacks" | "talks";
const LANE_OF: Record<StoryEvent["type"], Lane> = {
  call: "contacts",
  meeting: "contacts",
  weapons_decision: "weapons",
  statement: "statements",
  attack: "attacks",
  talks: "talks",
};
const LANE_LABELS: Record<Lang, Record<Lane, string>> = {
  de: {
    contacts: "Telefonate, Treffen",
    weapons: "Waffen",
    statements: "Äußerungen",
    attacks: "Angriffe",
    talks: "Verhandlungen",
  },
  en: {
    contacts: "Calls, meetings",
    weapons: "Weapons",
    statements: "Statements",
    attacks: "Attacks",
    talks: "Talks",
  },
};
const DAY = 86_400_000;
const MARK_RADIUS = 6;
const HIT_RADIUS = 12;
/** How long the details may take to load before the panel says they are loading. */
const LOADING_DELAY_MS = 150;
/** The shortest stretch of time the graphic zooms to, in days. */
const MIN_SPAN_DAYS = 8;

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const midday = (iso: string) => new Date(toDate(iso).getTime() + DAY / 2);

/** Time to x, linear: the part of d3's scaleUtc this graphic uses. */
function timeScale([start, end]: [Date, Date], [left, right]: [number, number]): (date: Date) => number {
  const t0 = start.getTime();
  const k = (right - left) / (end.getTime() - t0);
  return (date) => left + (date.getTime() - t0) * k;
}

/** Equal bands with inner padding, as d3's scaleBand lays them out (no outer padding, no rounding). */
function bands<T>(
  keys: T[],
  [top, bottom]: [number, number],
  paddingInner: number,
): ((key: T) => number) & { bandwidth: number } {
  const step = (bottom - top) / (keys.length - paddingInner);
  return Object.assign((key: T) => top + keys.indexOf(key) * step, { bandwidth: step * (1 - paddingInner) });
}

/**
 * Ticks for a domain: zoomed in to 24 days or fewer, the middle of every day or
 * every few days (where that day's marks stand); otherwise the first of every
 * month, or of every second, third or sixth month, about one per 80 px.
 */
function timeTicks([start, end]: [Date, Date], width: number): { date: Date; unit: "day" | "month" }[] {
  const spanDays = (end.getTime() - start.getTime()) / DAY;
  const ticks: { date: Date; unit: "day" | "month" }[] = [];
  if (spanDays <= 24) {
    const every = Math.ceil(spanDays / (width / 60));
    const first = Math.ceil(start.getTime() / DAY) * DAY;
    for (let day = first; day < end.getTime(); day += every * DAY)
      ticks.push({ date: new Date(day + DAY / 2), unit: "day" });
    return ticks;
  }
  const monthsSpanned =
    (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  const step = [1, 2, 3, 6].find((n) => monthsSpanned / n <= width / 80) ?? 12;
  // The first of every step-th month of the year (January, April, … for quarters), within the domain.
  for (let year = start.getUTCFullYear(), month = 0; ; month += step) {
    const date = new Date(Date.UTC(year, month, 1));
    if (date >= end) break;
    if (date >= start) ticks.push({ date, unit: "month" });
  }
  return ticks;
}

/** A bottom axis in d3-axis's markup (path.domain, g.tick with line and text), styled by CSS. */
function drawAxis(
  axis: Selection<SVGGElement, undefined, null, undefined>,
  [left, right]: [number, number],
  ticks: { x: number; label: string }[],
): void {
  axis.attr("text-anchor", "middle").attr("fill", "none");
  axis
    .selectAll("path.domain")
    .data([null])
    .join("path")
    .attr("class", "domain")
    .attr("stroke", "currentColor")
    .attr("d", `M${left + 0.5},0.5H${right + 0.5}`);
  axis
    .selectAll("g.tick")
    .data(ticks)
    .join((enter) =>
      enter
        .append("g")
        .attr("class", "tick")
        .call((g) => g.append("line").attr("y2", 6).attr("stroke", "currentColor"))
        .call((g) => g.append("text").attr("y", 9).attr("dy", "0.71em").attr("fill", "currentColor")),
    )
    .attr("transform", (tick) => `translate(${(tick.x + 0.5).toFixed(1)},0)`)
    .select("text")
    .text((tick) => tick.label);
}

export function SequenceChart(data: SequenceData, options: SequenceOptions): SequenceChartElement {
  const { width, height, lang } = options;
  const narrow = width < 560;
  const margin = { top: 32, right: 12, bottom: 26, left: narrow ? 12 : 118 };
  const lanes = Object.keys(LANE_LABELS.de) as Lane[];
  const laneLabelSpace = narrow ? 14 : 0;

  const range: [number, number] = [margin.left, width - margin.right];
  const lane = bands(lanes, [margin.top, height - margin.bottom], 0.1);
  const fullDomain: [Date, Date] = [toDate(options.start), new Date(toDate(options.end).getTime() + DAY)];
  let x = timeScale(fullDomain, range);

  const svg = create("svg")
    .attr("class", "sequence-svg")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "group")
    .attr("aria-label", lang === "de" ? "Zeitleiste aller Ereignisse" : "Time line of all events");

  svg
    .append("g")
    .attr("class", "sequence-lanes")
    .selectAll("g")
    .data(lanes)
    .join("g")
    .call((g) =>
      g
        .append("line")
        .attr("x1", margin.left)
        .attr("x2", width - margin.right)
        .attr("y1", (d) => lane(d) + lane.bandwidth / 2 + laneLabelSpace / 2)
        .attr("y2", (d) => lane(d) + lane.bandwidth / 2 + laneLabelSpace / 2),
    )
    .call((g) =>
      g
        .append("text")
        .attr("x", narrow ? margin.left : margin.left - 8)
        .attr("y", (d) => (narrow ? lane(d) + 10 : lane(d) + lane.bandwidth / 2 + 4))
        .attr("text-anchor", narrow ? "start" : "end")
        .text((d) => LANE_LABELS[lang][d]),
    );

  const axis = svg
    .append("g")
    .attr("class", "sequence-axis")
    .attr("transform", `translate(0,${height - margin.bottom})`);
  const guides = svg.append("g").attr("class", "sequence-guides");
  const events = data.events;
  const marks = svg
    .append("g")
    .attr("class", "sequence-marks")
    .selectAll<SVGGElement, SequenceEvent>("g")
    .data(events, (d) => d.id)
    .join("g")
    .attr("class", (d) => `sequence-mark topic-${d.topic}${d.status === "not_held" ? " is-not-held" : ""}`);
  marks.append("circle").attr("class", "hit").attr("r", HIT_RADIUS);
  marks
    .append("path")
    .attr("d", (d) => symbolPath(TOPIC_STYLE[d.topic].symbol, MARK_RADIUS))
    .attr("fill", (d) => (d.status === "not_held" ? "none" : TOPIC_STYLE[d.topic].color))
    .attr("stroke", (d) => TOPIC_STYLE[d.topic].color);

  const panel = detailsPanel(data.actors, lang);
  const labels = LABELS[lang];
  const root = el("div", { class: "sequence" }) as unknown as SequenceChartElement;
  root.append(svg.node()!, panel.node);
  let selected: string | undefined;
  const select = async (id: string | undefined) => {
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
      // A later selection wins over a slower earlier one.
      if (selected === id) panel.show(event);
    } catch {
      if (selected === id) {
        const link = el("a", { href: eventHref(id, lang) }, labels.loadFailedLink);
        panel.showContent(el("p", { class: "details-loading" }, `${labels.loadFailed} `, link));
      }
    } finally {
      clearTimeout(loading);
    }
  };
  interactiveMarks(
    marks as unknown as Selection<SVGGElement, SequenceEvent, SVGElement | null, unknown>,
    (event) => void select(event?.id),
  );

  /**
   * Marks of one lane and day sit side by side, in two rows where there are
   * more than two and the lane is tall enough: columns and rows in units of a
   * hit target, so that zoomed in every mark can be hit on its own.
   */
  const offsets = new Map<string, { column: number; row: number }>();
  const groups = new Map<string, SequenceEvent[]>();
  for (const event of events) {
    const key = `${LANE_OF[event.type]} ${event.date}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  const rowsFit = lane.bandwidth - laneLabelSpace >= 2 * (2 * HIT_RADIUS + 2);
  for (const group of groups.values()) {
    const rows = group.length > 2 && rowsFit ? 2 : 1;
    const perRow = Math.ceil(group.length / rows);
    group.forEach((event, index) => {
      const row = Math.floor(index / perRow);
      const inRow = row === rows - 1 ? group.length - perRow * (rows - 1) : perRow;
      offsets.set(event.id, { column: (index % perRow) - (inRow - 1) / 2, row: row - (rows - 1) / 2 });
    });
  }
  const widestRow = Math.max(
    ...[...groups.values()].map((group) => Math.ceil(group.length / (group.length > 2 && rowsFit ? 2 : 1))),
  );

  // Dates without Intl: its first use costs a slow phone some 50 ms, so the month names come with the data.
  const monthLabel = (date: Date) => data.months[date.getUTCMonth()];
  const dayLabel = (date: Date) =>
    lang === "de"
      ? `${date.getUTCDate()}.${date.getUTCMonth() + 1}.`
      : `${date.getUTCDate()} ${monthLabel(date)}`;

  function render(focusIds: readonly string[]) {
    const focused = events.filter((event) => focusIds.includes(event.id));
    const domain = focused.length > 0 ? zoomDomain(focused) : fullDomain;
    x = timeScale(domain, range);
    const dayWidth = x(new Date(domain[0].getTime() + DAY)) - x(domain[0]);
    const spread = Math.min(2 * HIT_RADIUS + 2, dayWidth / widestRow);
    drawAxis(
      axis,
      range,
      timeTicks(domain, width).map((tick) => ({
        x: x(tick.date),
        label: tick.unit === "day" ? dayLabel(tick.date) : monthLabel(tick.date),
      })),
    );

    marks
      // A CSS transform (not the attribute) so that the zoom can be a transition.
      .style("transform", (d) => {
        const offset = offsets.get(d.id)!;
        const cx = x(midday(d.date)) + offset.column * spread;
        const cy =
          lane(LANE_OF[d.type]) + lane.bandwidth / 2 + laneLabelSpace / 2 + offset.row * (2 * HIT_RADIUS + 2);
        return `translate(${cx.toFixed(1)}px, ${cy.toFixed(1)}px)`;
      })
      .classed("is-active", (d) => focusIds.includes(d.id))
      .classed("is-dimmed", (d) => focused.length > 0 && !focusIds.includes(d.id))
      .classed(
        "is-outside",
        (d) => x(midday(d.date)) < margin.left - 1 || x(midday(d.date)) > width - margin.right + 1,
      );

    // A guide and a date label for each focused day; labels too close to the previous one move up a row.
    const labelled = [...new Set(focused.map((event) => event.date))]
      .sort()
      .map((date) => ({ date, x: x(midday(date)), row: 0 }));
    labelled.forEach((label, index) => {
      const previous = labelled[index - 1];
      if (previous && label.x - previous.x < 48) label.row = 1 - previous.row;
    });
    guides
      .selectAll("g")
      .data(labelled, (d) => (d as { date: string }).date)
      .join((enter) =>
        enter
          .append("g")
          .call((g) => g.append("line"))
          .call((g) => g.append("text").attr("text-anchor", "middle")),
      )
      .attr("transform", (d) => `translate(${d.x.toFixed(1)},0)`)
      .call((g) =>
        g
          .select("line")
          .attr("y1", margin.top - 4)
          .attr("y2", height - margin.bottom),
      )
      .call((g) =>
        g
          .select("text")
          .attr("x", (d) => Math.max(margin.left + 18, Math.min(width - margin.right - 18, d.x)) - d.x)
          .attr("y", (d) => margin.top - 8 - d.row * 12)
          .text((d) => dayLabel(toDate(d.date))),
      );

    root.dataset.focus = focusIds.join(" ");
    root.dataset.domain = `${domain[0].toISOString().slice(0, 10)}/${new Date(domain[1].getTime() - 1).toISOString().slice(0, 10)}`;
  }

  function zoomDomain(focused: SequenceEvent[]): [Date, Date] {
    const first = Math.min(...focused.map((event) => toDate(event.date).getTime()));
    const last = Math.max(...focused.map((event) => toDate(event.endDate ?? event.date).getTime())) + DAY;
    const span = Math.max(MIN_SPAN_DAYS * DAY, (last - first) * 1.25);
    const middle = (first + last) / 2;
    const start = Math.max(fullDomain[0].getTime(), Math.floor((middle - span / 2) / DAY) * DAY);
    const end = Math.min(fullDomain[1].getTime(), start + Math.ceil(span / DAY) * DAY);
    return [new Date(start), new Date(end)];
  }

  root.highlight = (ids = []) => render(ids);
  root.select = select;
  render([]);
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
    Object.assign(container.dataset, { focus: chart?.dataset.focus, domain: chart?.dataset.domain });
  const draw = (boxWidth: number, boxHeight: number) => {
    const width = Math.max(280, Math.floor(boxWidth || 640));
    const height = Math.max(220, Math.floor(boxHeight || 320));
    if (`${width}x${height}` === size) return;
    size = `${width}x${height}`;
    chart = SequenceChart(data, { ...options, width, height });
    chart.highlight(ids);
    if (selected) void chart.select(selected);
    container.replaceChildren(chart);
    showState();
  };
  container.highlight = (next = []) => {
    ids = next;
    if (selected && !next.includes(selected)) void container.select(undefined);
    chart?.highlight(ids);
    showState();
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

/**
 * The sticky graphic of the scrolling story: every event on one time line, in
 * lanes by kind. `highlight(ids)` highlights the events a step is about and zooms
 * the time axis to them; the figure carries its state in data attributes.
 */
import { axisBottom } from "d3-axis";
import { scaleBand, scaleUtc } from "d3-scale";
import { create, type Selection } from "d3-selection";
import { utcDay } from "d3-time";
import type { Lang } from "../lib/format.js";
import type { StoryEvent } from "../lib/story.js";
import { detailsPanel, el, interactiveMarks, symbolPath, TOPIC_STYLE, type ChartData } from "./common.js";

export interface SequenceOptions {
  width: number;
  height: number;
  lang: Lang;
  /** First day of the time line (ISO). */
  start: string;
  /** Last day of the time line (ISO). */
  end: string;
}

export interface SequenceChartElement extends HTMLElement {
  /** Highlights these events and zooms to them; no ids shows the whole time line. */
  highlight(ids?: readonly string[]): void;
  /** Opens an event's details, as a click on its mark does. */
  select(id: string | undefined): void;
}

type Lane = "contacts" | "weapons" | "statements" | "attacks" | "talks";
const LANE_OF: Record<StoryEvent["type"], Lane> = { call: "contacts", meeting: "contacts", weapons_decision: "weapons", statement: "statements", attack: "attacks", talks: "talks" };
const LANE_LABELS: Record<Lang, Record<Lane, string>> = {
  de: { contacts: "Telefonate, Treffen", weapons: "Waffen", statements: "Äußerungen", attacks: "Angriffe", talks: "Verhandlungen" },
  en: { contacts: "Calls, meetings", weapons: "Weapons", statements: "Statements", attacks: "Attacks", talks: "Talks" },
};
const DAY = 86_400_000;
const MARK_RADIUS = 6;
const HIT_RADIUS = 12;
/** The shortest stretch of time the graphic zooms to, in days. */
const MIN_SPAN_DAYS = 8;

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const midday = (iso: string) => new Date(toDate(iso).getTime() + DAY / 2);

export function SequenceChart(data: ChartData, options: SequenceOptions): SequenceChartElement {
  const { width, height, lang } = options;
  const narrow = width < 560;
  const margin = { top: 28, right: 12, bottom: 26, left: narrow ? 12 : 118 };
  const lanes = Object.keys(LANE_LABELS.de) as Lane[];
  const laneLabelSpace = narrow ? 14 : 0;

  const x = scaleUtc().range([margin.left, width - margin.right]);
  const lane = scaleBand<Lane>().domain(lanes).range([margin.top, height - margin.bottom]).paddingInner(0.1);
  const fullDomain: [Date, Date] = [toDate(options.start), new Date(toDate(options.end).getTime() + DAY)];

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
        .attr("y1", (d) => lane(d)! + lane.bandwidth() / 2 + laneLabelSpace / 2)
        .attr("y2", (d) => lane(d)! + lane.bandwidth() / 2 + laneLabelSpace / 2),
    )
    .call((g) =>
      g
        .append("text")
        .attr("x", narrow ? margin.left : margin.left - 8)
        .attr("y", (d) => (narrow ? lane(d)! + 10 : lane(d)! + lane.bandwidth() / 2 + 4))
        .attr("text-anchor", narrow ? "start" : "end")
        .text((d) => LANE_LABELS[lang][d]),
    );

  const axis = svg.append("g").attr("class", "sequence-axis").attr("transform", `translate(0,${height - margin.bottom})`);
  const guides = svg.append("g").attr("class", "sequence-guides");
  const events = data.events;
  const marks = svg
    .append("g")
    .attr("class", "sequence-marks")
    .selectAll<SVGGElement, StoryEvent>("g")
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
  const root = el("div", { class: "sequence" }) as unknown as SequenceChartElement;
  root.append(svg.node()!, panel.node);
  const select = (event: StoryEvent | undefined) => {
    marks.classed("is-selected", (d) => d.id === event?.id);
    panel.show(event);
  };
  interactiveMarks(marks as unknown as Selection<SVGGElement, StoryEvent, SVGElement | null, unknown>, select);

  /**
   * Marks of one lane and day sit side by side, in two rows where there are
   * more than two and the lane is tall enough: columns and rows in units of a
   * hit target, so that zoomed in every mark can be hit on its own.
   */
  const offsets = new Map<string, { column: number; row: number }>();
  const groups = new Map<string, StoryEvent[]>();
  for (const event of events) {
    const key = `${LANE_OF[event.type]} ${event.date}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  const rowsFit = lane.bandwidth() - laneLabelSpace >= 2 * (2 * HIT_RADIUS + 2);
  for (const group of groups.values()) {
    const rows = group.length > 2 && rowsFit ? 2 : 1;
    const perRow = Math.ceil(group.length / rows);
    group.forEach((event, index) => {
      const row = Math.floor(index / perRow);
      const inRow = row === rows - 1 ? group.length - perRow * (rows - 1) : perRow;
      offsets.set(event.id, { column: (index % perRow) - (inRow - 1) / 2, row: row - (rows - 1) / 2 });
    });
  }
  const widestRow = Math.max(...[...groups.values()].map((group) => Math.ceil(group.length / (group.length > 2 && rowsFit ? 2 : 1))));

  const dayFormat = new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", lang === "de" ? { day: "numeric", month: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" });
  const monthFormat = new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", { month: "short", timeZone: "UTC" });

  function render(focusIds: readonly string[]) {
    const focused = events.filter((event) => focusIds.includes(event.id));
    const domain = focused.length > 0 ? zoomDomain(focused) : fullDomain;
    x.domain(domain);
    const dayWidth = x(new Date(domain[0].getTime() + DAY)) - x(domain[0]);
    const spread = Math.min(2 * HIT_RADIUS + 2, dayWidth / widestRow);
    const spanDays = (domain[1].getTime() - domain[0].getTime()) / DAY;
    const tickEvery = spanDays <= 24 ? Math.ceil(spanDays / (width / 60)) : 0;
    axis
      .call(
        tickEvery > 0
          ? // Zoomed in: a tick at the middle of each day, where that day's marks stand.
            axisBottom(x)
              .tickValues(utcDay.every(tickEvery)!.range(domain[0], domain[1]).map((day) => new Date(day.getTime() + DAY / 2)))
              .tickFormat((d) => dayFormat.format(d as Date))
              .tickSizeOuter(0)
          : axisBottom(x)
              .ticks(width / 80)
              .tickFormat((d) => monthFormat.format(d as Date))
              .tickSizeOuter(0),
      )
      .attr("font-family", null)
      .attr("font-size", null);

    marks
      // A CSS transform (not the attribute) so that the zoom can be a transition.
      .style("transform", (d) => {
        const offset = offsets.get(d.id)!;
        const cx = x(midday(d.date)) + offset.column * spread;
        const cy = lane(LANE_OF[d.type])! + lane.bandwidth() / 2 + laneLabelSpace / 2 + offset.row * (2 * HIT_RADIUS + 2);
        return `translate(${cx.toFixed(1)}px, ${cy.toFixed(1)}px)`;
      })
      .classed("is-active", (d) => focusIds.includes(d.id))
      .classed("is-dimmed", (d) => focused.length > 0 && !focusIds.includes(d.id))
      .classed("is-outside", (d) => x(midday(d.date)) < margin.left - 1 || x(midday(d.date)) > width - margin.right + 1);

    // A guide and a date label for each focused day; labels too close to the previous one move up a row.
    const labelled = [...new Set(focused.map((event) => event.date))].sort().map((date) => ({ date, x: x(midday(date)), row: 0 }));
    labelled.forEach((label, index) => {
      const previous = labelled[index - 1];
      if (previous && label.x - previous.x < 48) label.row = 1 - previous.row;
    });
    guides
      .selectAll("g")
      .data(labelled, (d) => (d as { date: string }).date)
      .join((enter) => enter.append("g").call((g) => g.append("line")).call((g) => g.append("text").attr("text-anchor", "middle")))
      .attr("transform", (d) => `translate(${d.x.toFixed(1)},0)`)
      .call((g) => g.select("line").attr("y1", margin.top - 4).attr("y2", height - margin.bottom))
      .call((g) =>
        g
          .select("text")
          .attr("x", (d) => Math.max(margin.left + 18, Math.min(width - margin.right - 18, d.x)) - d.x)
          .attr("y", (d) => margin.top - 8 - d.row * 12)
          .text((d) => dayFormat.format(toDate(d.date))),
      );

    root.dataset.focus = focusIds.join(" ");
    root.dataset.domain = `${domain[0].toISOString().slice(0, 10)}/${new Date(domain[1].getTime() - 1).toISOString().slice(0, 10)}`;
  }

  function zoomDomain(focused: StoryEvent[]): [Date, Date] {
    const first = Math.min(...focused.map((event) => toDate(event.date).getTime()));
    const last = Math.max(...focused.map((event) => toDate(event.endDate ?? event.date).getTime())) + DAY;
    const span = Math.max(MIN_SPAN_DAYS * DAY, (last - first) * 1.25);
    const middle = (first + last) / 2;
    const start = Math.max(fullDomain[0].getTime(), utcDay.floor(new Date(middle - span / 2)).getTime());
    const end = Math.min(fullDomain[1].getTime(), start + Math.ceil(span / DAY) * DAY);
    return [new Date(start), new Date(end)];
  }

  root.highlight = (ids = []) => render(ids);
  root.select = (id) => select(events.find((event) => event.id === id));
  render([]);
  return root;
}

/**
 * The sequence graphic that fills its container and redraws when the container
 * changes size, keeping the events in focus.
 */
export function ResponsiveSequence(data: ChartData, options: Omit<SequenceOptions, "width" | "height">): HTMLElement & Pick<SequenceChartElement, "highlight" | "select"> {
  const container = el("div", { class: "sequence-frame" }) as unknown as HTMLElement & Pick<SequenceChartElement, "highlight" | "select">;
  let ids: readonly string[] = [];
  let selected: string | undefined;
  let size = "";
  let chart: SequenceChartElement | undefined;
  const draw = () => {
    const width = Math.max(280, Math.floor(container.clientWidth || 640));
    const height = Math.max(220, Math.floor(container.clientHeight || 320));
    if (`${width}x${height}` === size) return;
    size = `${width}x${height}`;
    chart = SequenceChart(data, { ...options, width, height });
    chart.highlight(ids);
    if (selected) chart.select(selected);
    container.replaceChildren(chart);
  };
  container.highlight = (next = []) => {
    ids = next;
    if (selected && !next.includes(selected)) container.select(undefined);
    if (!chart) draw();
    chart?.highlight(ids);
    Object.assign(container.dataset, { focus: chart?.dataset.focus, domain: chart?.dataset.domain });
  };
  container.select = (id) => {
    selected = id;
    if (!chart) draw();
    chart?.select(id);
  };
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(draw).observe(container);
  return container;
}

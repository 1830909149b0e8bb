/**
 * The positions: who said what, when. Every quoted statement since a date, in
 * rows by the speaker's side, on one time axis; colour and shape show the topic.
 * Each mark opens the quote, its translation, the speaker and the sources.
 */
import { scaleUtc, type ScaleTime } from "d3-scale";
import { create, type Selection } from "d3-selection";
import { utcDay } from "d3-time";
import { formatDate, formatDateRange, shortMonth, type Lang } from "../lib/format.js";
import type { StoryActor, StoryData, StoryEvent } from "../lib/story.js";
import {
  chartFigure,
  detailsPanel,
  el,
  interactiveMarks,
  quoted,
  sourceLine,
  sourceLinks,
  symbolPath,
  TOPIC_STYLE,
} from "./common.js";
import { dayAxisLabels, dayOf, drawDayAxis, isoDay } from "./days.js";
import { LABELS } from "./labels.js";

export interface PositionsData {
  events: StoryEvent[];
  actors: Record<string, StoryActor>;
  meta: StoryData["meta"];
}

export interface PositionsOptions {
  width: number;
  lang: Lang;
  /** First day shown (ISO); statements before it are left out. */
  since?: string;
}

export const POSITIONS_SINCE = "2025-06-25";

type Side = StoryActor["side"];
type Row = "us" | "ukraine" | "russia" | "west" | "other";

/** Europe and NATO share one row. */
const ROW_OF: Record<Side, Row> = {
  us: "us",
  ukraine: "ukraine",
  russia: "russia",
  europe: "west",
  nato: "west",
  other: "other",
};
const ROW_ORDER: Row[] = ["us", "ukraine", "russia", "west", "other"];

const WORDS = {
  de: {
    rows: {
      us: "USA",
      ukraine: "Ukraine",
      russia: "Russland",
      west: "Europa/NATO",
      other: "Andere",
    } as Record<Row, string>,
    title: "Wer was wann sagte",
    caption: (since: string) =>
      `Jede Marke ist eine zitierte Äußerung seit ${since}, in Zeilen nach der Seite des Sprechers; Farbe und Form zeigen das Thema.`,
    tableCaption: "Die zitierten Äußerungen",
    speaker: "Wer",
    quote: "Zitat",
  },
  en: {
    rows: { us: "USA", ukraine: "Ukraine", russia: "Russia", west: "Europe/NATO", other: "Others" } as Record<
      Row,
      string
    >,
    title: "Who said what, when",
    caption: (since: string) =>
      `Each mark is a quoted statement since ${since}, in rows by the speaker's side; colour and shape show the topic.`,
    tableCaption: "The quoted statements",
    speaker: "Who",
    quote: "Quote",
  },
} as const;

const FONT = 11;
const FONT_TITLE = 12;

/** Radius of a mark's symbol and of its hit target (24 px across). */
const MARK_RADIUS = 6.5;
const HIT_RADIUS = 12;
/** Marks in a row keep this distance (centre to centre): hit targets never overlap. */
const MARK_GAP = 2 * HIT_RADIUS;
const MARGIN = { top: 4, right: 10, bottom: 6, left: 10 };
/** A row: its label's height above the marks, and the space below its last level. */
const ROW_HEADER = 22;
const ROW_FOOT = 4;
/** The day axis below the rows: its height, and the baselines of day and month labels. */
const AXIS_HEIGHT = 34;

interface PlacedStatement {
  event: StoryEvent;
  row: Row;
  x: number;
  level: number;
}

/** The statements shown, their rows and the period, taken from the data once. */
function positionsModel(data: PositionsData, since: string) {
  const statements = data.events.filter((event) => event.quote && event.date >= since);
  const rowOf = (event: StoryEvent): Row => ROW_OF[data.actors[event.quote!.speaker]?.side ?? "other"];
  const rows = ROW_ORDER.filter((row) => statements.some((event) => rowOf(event) === row));
  const lastDay = [data.meta.dataUntil, ...statements.map((event) => event.date)].reduce((a, b) =>
    b > a ? b : a,
  );
  return { since, statements, rowOf, rows, lastDay };
}

type Model = ReturnType<typeof positionsModel>;

/** Same-day (and, on a phone, neighbouring-day) statements of a row stack downwards, never overlapping. */
function placeStatements(model: Model, dateX: ScaleTime<number, number>) {
  const placed: PlacedStatement[] = [];
  const levelsByRow = new Map<Row, number>();
  for (const row of model.rows) {
    const levels: PlacedStatement[][] = [];
    for (const event of model.statements.filter((statement) => model.rowOf(statement) === row)) {
      const x = dateX(dayOf(event.date));
      let level = levels.findIndex((placedInLevel) =>
        placedInLevel.every((other) => Math.abs(other.x - x) >= MARK_GAP),
      );
      if (level < 0) level = levels.push([]) - 1;
      const statement = { event, row, x, level };
      levels[level].push(statement);
      placed.push(statement);
    }
    levelsByRow.set(row, levels.length);
  }
  return { placed, levelsByRow };
}

/** Scales and rows: time → x; rows top to bottom, a label, then MARK_GAP px per level of marks. */
function positionsLayout(model: Model, width: number) {
  const { since, lastDay } = model;
  const dateX = scaleUtc()
    .domain([dayOf(since), dayOf(lastDay > since ? lastDay : isoDay(utcDay.offset(dayOf(since), 1)))])
    .range([MARGIN.left + HIT_RADIUS, width - MARGIN.right - HIT_RADIUS]);
  const { placed, levelsByRow } = placeStatements(model, dateX);
  const rowTop = new Map<Row, number>();
  let y = MARGIN.top;
  for (const row of model.rows) {
    rowTop.set(row, y);
    y += ROW_HEADER + MARK_GAP * (levelsByRow.get(row) ?? 1) + ROW_FOOT;
  }
  const markY = (statement: PlacedStatement) =>
    rowTop.get(statement.row)! + ROW_HEADER + HIT_RADIUS + MARK_GAP * statement.level;
  return { width, dateX, placed, rowTop, axisTop: y, height: y + AXIS_HEIGHT + MARGIN.bottom, markY };
}

type Layout = ReturnType<typeof positionsLayout>;
type Svg = Selection<SVGSVGElement, undefined, null, undefined>;

export function PositionsChart(
  data: PositionsData,
  { width, lang, since = POSITIONS_SINCE }: PositionsOptions,
): HTMLElement {
  const words = WORDS[lang];
  const model = positionsModel(data, since);
  const layout = positionsLayout(model, width);
  const svg = create("svg")
    .attr("class", "positions-svg")
    .attr("width", width)
    .attr("height", layout.height)
    .attr("viewBox", `0 0 ${width} ${layout.height}`)
    .attr("role", "group")
    .attr("aria-label", words.title);
  drawGridAndRows(svg, model, layout, lang);
  const marks = drawStatements(svg, model, layout);
  const panel = detailsPanel(data.actors, lang);
  interactiveMarks(
    marks as unknown as Selection<SVGGElement, StoryEvent, SVGElement | null, unknown>,
    (event) => {
      marks.classed("is-active", (d) => d === event);
      panel.show(event);
    },
  );
  marks.attr(
    "aria-label",
    (event) => `${event.dateLabel}, ${speakerName(event, data.actors)}: ${event.headline}`,
  );
  const { statements, lastDay } = model;
  return chartFigure({
    id: "chart-positions",
    title: words.title,
    caption: words.caption(formatDate(since, lang)),
    source: sourceLine(statements, data.meta.dataUntilLabel, lang),
    chart: el("div", { class: "positions-chart" }, legend(statements, lang), svg.node()!),
    details: panel.node,
    alternative: () =>
      statementTable(
        statements,
        data.actors,
        lang,
        `${words.tableCaption}, ${formatDateRange(since, lastDay, lang)}`,
      ),
    lang,
  });
}

/** Day grid, rules between the rows, row labels, the day axis. */
function drawGridAndRows(svg: Svg, model: Model, layout: Layout, lang: Lang): void {
  const { dateX, rowTop, axisTop, width } = layout;
  const [start, end] = dateX.domain();
  const days = utcDay.range(start, utcDay.offset(end, 1));
  const { dayLabels, monthLabels } = dayAxisLabels(dateX, days, {
    left: MARGIN.left,
    right: width - MARGIN.right,
    steps: [1, 2, 5, 10],
    fontSize: FONT,
    lang,
  });
  svg
    .append("g")
    .attr("class", "grid")
    .attr("aria-hidden", "true")
    .selectAll("line")
    .data(dayLabels)
    .join("line")
    .attr("x1", ({ day }) => dateX(day))
    .attr("x2", ({ day }) => dateX(day))
    .attr("y1", MARGIN.top)
    .attr("y2", axisTop);
  const rowGroup = svg.append("g").attr("class", "rows").attr("aria-hidden", "true");
  rowGroup
    .selectAll("line")
    .data(model.rows.slice(1))
    .join("line")
    .attr("class", "row-rule")
    .attr("x1", MARGIN.left)
    .attr("x2", width - MARGIN.right)
    .attr("y1", (row) => rowTop.get(row)! - 2)
    .attr("y2", (row) => rowTop.get(row)! - 2);
  rowGroup
    .selectAll("text")
    .data(model.rows)
    .join("text")
    .attr("class", "row-label")
    .attr("x", MARGIN.left)
    .attr("y", (row) => rowTop.get(row)! + 15)
    .attr("font-size", FONT_TITLE)
    .text((row) => WORDS[lang].rows[row]);
  drawDayAxis(
    svg.append("g").attr("class", "axis axis-days").attr("aria-hidden", "true"),
    dateX,
    { days, dayLabels, monthLabels },
    { top: axisTop, dayY: axisTop + 15, monthY: axisTop + 29, fontSize: FONT },
  );
}

/** The statements, in order of date (the keyboard follows time, across rows). */
function drawStatements(svg: Svg, model: Model, layout: Layout) {
  const byEvent = new Map(layout.placed.map((statement) => [statement.event, statement]));
  const marks = svg
    .append("g")
    .attr("class", "statements")
    .selectAll<SVGGElement, StoryEvent>("g")
    .data(model.statements)
    .join("g")
    .attr("class", (event) => `statement topic-${event.topic}`)
    .attr("data-row", (event) => byEvent.get(event)!.row)
    .attr("data-topic", (event) => event.topic)
    .attr("transform", (event) => `translate(${byEvent.get(event)!.x},${layout.markY(byEvent.get(event)!)})`);
  marks.append("circle").attr("class", "hit-target").attr("r", HIT_RADIUS);
  marks
    .append("path")
    .attr("class", "statement-symbol")
    .attr("d", (event) => symbolPath(TOPIC_STYLE[event.topic].symbol, MARK_RADIUS))
    .attr("fill", (event) => TOPIC_STYLE[event.topic].color);
  return marks;
}

function speakerName(event: StoryEvent, actors: Record<string, StoryActor>): string {
  const speaker = event.quote?.speaker ?? "";
  return actors[speaker]?.name ?? speaker;
}

/** Legend in HTML: colour, shape and name of each topic in the chart. */
function legend(statements: StoryEvent[], lang: Lang): HTMLElement {
  const list = el("ul", { class: "positions-legend" });
  const topics = (Object.keys(TOPIC_STYLE) as StoryEvent["topic"][]).filter((topic) =>
    statements.some((event) => event.topic === topic),
  );
  for (const topic of topics) {
    const swatch = create("svg")
      .attr("width", 16)
      .attr("height", 16)
      .attr("aria-hidden", "true")
      .attr("class", "legend-swatch");
    swatch
      .append("path")
      .attr("transform", "translate(8,8)")
      .attr("d", symbolPath(TOPIC_STYLE[topic].symbol, MARK_RADIUS))
      .attr("fill", TOPIC_STYLE[topic].color);
    list.append(el("li", { "data-topic": topic }, swatch.node()!, LABELS[lang].topic[topic]));
  }
  return list;
}

/** The text alternative: date, speaker, the quote in its language and translated, the sources. */
function statementTable(
  statements: StoryEvent[],
  actors: Record<string, StoryActor>,
  lang: Lang,
  caption: string,
): HTMLElement {
  const labels = LABELS[lang];
  const words = WORDS[lang];
  const table = el(
    "table",
    { class: "statement-table" },
    el("caption", {}, caption),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, labels.date),
        el("th", { scope: "col" }, words.speaker),
        el("th", { scope: "col" }, words.quote),
        el("th", { scope: "col" }, labels.sources),
      ),
    ),
  );
  const body = el("tbody");
  for (const event of statements) {
    const quote = event.quote!;
    const quoteCell = el(
      "td",
      { "data-label": words.quote },
      el("p", { lang: quote.lang }, quoted(quote.text, lang)),
    );
    if (quote.translation)
      quoteCell.append(
        el("p", { class: "statement-translation", lang }, `${labels.quoteTranslation}: ${quote.translation}`),
      );
    const sources = el("td", { "data-label": labels.sources }, ...sourceLinks(event.sources));
    body.append(
      el(
        "tr",
        { "data-event": event.id },
        el("td", { "data-label": labels.date }, event.dateLabel),
        el(
          "td",
          { "data-label": words.speaker },
          [speakerName(event, actors), actors[quote.speaker]?.role].filter(Boolean).join(", "),
        ),
        quoteCell,
        sources,
      ),
    );
  }
  table.append(body);
  return table;
}

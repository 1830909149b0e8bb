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
  drawDayAxis,
  el,
  interactiveMarks,
  safeUrl,
  sourceLine,
  symbolPath,
  TOPIC_STYLE,
} from "./common.js";
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

const toDate = (iso: string) => new Date(iso + "T00:00:00Z");

const FONT = 11;
const FONT_TITLE = 12;
/** Width of an average character relative to the font size: keeps text inside the chart without layout. */
const CHAR = 0.6;
const textWidth = (text: string, size = FONT) => text.length * size * CHAR;

/** Radius of a mark's symbol and of its hit target (24 px across). */
const MARK_RADIUS = 6.5;
const HIT_RADIUS = 12;
/** Marks in a row keep this distance (centre to centre): hit targets never overlap. */
const MARK_GAP = 2 * HIT_RADIUS;

interface PlacedStatement {
  event: StoryEvent;
  row: Row;
  x: number;
  level: number;
}

export function PositionsChart(
  data: PositionsData,
  { width, lang, since = POSITIONS_SINCE }: PositionsOptions,
): HTMLElement {
  const words = WORDS[lang];
  const statements = data.events.filter((event) => event.quote && event.date >= since);
  const rowOf = (event: StoryEvent): Row => ROW_OF[data.actors[event.quote!.speaker]?.side ?? "other"];
  const rows = ROW_ORDER.filter((row) => statements.some((event) => rowOf(event) === row));

  const margin = { top: 4, right: 10, bottom: 6, left: 10 };
  const lastDay = [data.meta.dataUntil, ...statements.map((event) => event.date)].reduce((a, b) =>
    b > a ? b : a,
  );
  const dateX = scaleUtc()
    .domain([
      toDate(since),
      toDate(lastDay > since ? lastDay : utcDay.offset(toDate(since), 1).toISOString().slice(0, 10)),
    ])
    .range([margin.left + HIT_RADIUS, width - margin.right - HIT_RADIUS]);

  // Same-day (and, on a phone, neighbouring-day) statements of a row stack downwards, never overlapping.
  const placed: PlacedStatement[] = [];
  const levelsByRow = new Map<Row, number>();
  for (const row of rows) {
    const levels: PlacedStatement[][] = [];
    for (const event of statements.filter((statement) => rowOf(statement) === row)) {
      const x = dateX(toDate(event.date));
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

  // Rows top to bottom: label, then 24 px per level of marks.
  const rowTop = new Map<Row, number>();
  let y = margin.top;
  for (const row of rows) {
    rowTop.set(row, y);
    y += 22 + MARK_GAP * (levelsByRow.get(row) ?? 1) + 4;
  }
  const axisTop = y;
  const height = axisTop + 34 + margin.bottom;
  const markY = (statement: PlacedStatement) =>
    rowTop.get(statement.row)! + 22 + HIT_RADIUS + MARK_GAP * statement.level;

  const svg = create("svg")
    .attr("class", "positions-svg")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "group")
    .attr("aria-label", words.title);

  const { dayLabels, monthLabels, days } = dayTicks(dateX, margin.left, width - margin.right, lang);
  svg
    .append("g")
    .attr("class", "grid")
    .attr("aria-hidden", "true")
    .selectAll("line")
    .data(dayLabels)
    .join("line")
    .attr("x1", ({ day }) => dateX(day))
    .attr("x2", ({ day }) => dateX(day))
    .attr("y1", margin.top)
    .attr("y2", axisTop);

  const rowGroup = svg.append("g").attr("class", "rows").attr("aria-hidden", "true");
  rowGroup
    .selectAll("line")
    .data(rows.slice(1))
    .join("line")
    .attr("class", "row-rule")
    .attr("x1", margin.left)
    .attr("x2", width - margin.right)
    .attr("y1", (row) => rowTop.get(row)! - 2)
    .attr("y2", (row) => rowTop.get(row)! - 2);
  rowGroup
    .selectAll("text")
    .data(rows)
    .join("text")
    .attr("class", "row-label")
    .attr("x", margin.left)
    .attr("y", (row) => rowTop.get(row)! + 15)
    .attr("font-size", FONT_TITLE)
    .text((row) => words.rows[row]);

  const axis = svg.append("g").attr("class", "axis axis-days").attr("aria-hidden", "true");
  drawDayAxis(
    axis,
    dateX,
    { days, dayLabels, monthLabels },
    { top: axisTop, dayY: axisTop + 15, monthY: axisTop + 29, fontSize: FONT },
  );

  // The statements, in order of date (the keyboard follows time, across rows).
  const byEvent = new Map(placed.map((statement) => [statement.event, statement]));
  const marks = svg
    .append("g")
    .attr("class", "statements")
    .selectAll<SVGGElement, StoryEvent>("g")
    .data(statements)
    .join("g")
    .attr("class", (event) => `statement topic-${event.topic}`)
    .attr("data-row", (event) => byEvent.get(event)!.row)
    .attr("data-topic", (event) => event.topic)
    .attr("transform", (event) => `translate(${byEvent.get(event)!.x},${markY(byEvent.get(event)!)})`);
  marks.append("circle").attr("class", "hit-target").attr("r", HIT_RADIUS);
  marks
    .append("path")
    .attr("class", "statement-symbol")
    .attr("d", (event) => symbolPath(TOPIC_STYLE[event.topic].symbol, MARK_RADIUS))
    .attr("fill", (event) => TOPIC_STYLE[event.topic].color);

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

  const sinceLabel = formatDate(since, lang);
  return chartFigure({
    id: "chart-positions",
    title: words.title,
    caption: words.caption(sinceLabel),
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

function speakerName(event: StoryEvent, actors: Record<string, StoryActor>): string {
  const speaker = event.quote?.speaker ?? "";
  return actors[speaker]?.name ?? speaker;
}

/** A tick per day, day numbers where they fit (left to right, never overlapping), month names where a month starts. */
function dayTicks(dateX: ScaleTime<number, number>, left: number, right: number, lang: Lang) {
  const [start, end] = dateX.domain();
  const days = utcDay.range(start, utcDay.offset(end, 1));
  const dayWidth = dateX(utcDay.offset(start, 1)) - dateX(start);
  const step = [1, 2, 5, 10].find((k) => k * dayWidth >= textWidth("30.") + 6) ?? 10;
  const place = (candidates: { day: Date; text: string; anchor: "middle" | "start" }[]) => {
    let previousRight = -Infinity;
    return candidates.filter((candidate) => {
      const w = textWidth(candidate.text);
      const x0 = candidate.anchor === "middle" ? dateX(candidate.day) - w / 2 : dateX(candidate.day);
      if (x0 < left || x0 + w > right || x0 < previousRight + 4) return false;
      previousRight = x0 + w;
      return true;
    });
  };
  const dayLabels = place(
    days
      .filter((day) => (day.getUTCDate() - 1) % step === 0)
      .map((day) => ({
        day,
        text: lang === "de" ? `${day.getUTCDate()}.` : `${day.getUTCDate()}`,
        anchor: "middle" as const,
      })),
  );
  const monthLabels = place(
    days
      .filter((day, index) => index === 0 || day.getUTCDate() === 1)
      .map((day) => ({ day, text: shortMonth(day, lang), anchor: "start" as const })),
  );
  return { days, dayLabels, monthLabels };
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
  const [open, close] = lang === "de" ? ["„", "“"] : ["“", "”"];
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
      el("p", { lang: quote.lang }, `${open}${quote.text}${close}`),
    );
    if (quote.translation)
      quoteCell.append(
        el("p", { class: "statement-translation", lang }, `${labels.quoteTranslation}: ${quote.translation}`),
      );
    const sources = el("td", { "data-label": labels.sources });
    event.sources.forEach((source, index) => {
      const href = safeUrl(source.url);
      if (index > 0) sources.append(", ");
      sources.append(href ? el("a", { href, rel: "noopener noreferrer" }, source.outlet) : source.outlet);
    });
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

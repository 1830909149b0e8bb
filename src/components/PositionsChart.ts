/**
 * The positions: who said what, when. Every quoted statement since a date, in
 * rows by the speaker's side (its colour), on one time axis. The key statements
 * are numbered and quoted in full below as cards (original language, translation
 * on demand); the others are small muted dots, context that opens on demand. On a
 * phone only the key statements are drawn: it shows less, not smaller.
 */
import { scaleUtc, type ScaleTime } from "d3-scale";
import { create, type Selection } from "d3-selection";
import { utcDay } from "d3-time";
import { formatDate, formatDateRange, type Lang } from "../lib/format.js";
import type { HaltPeriod, KeyStatementGroup } from "../lib/derive.js";
import type { StoryActor, StoryData, StoryEvent } from "../lib/story.js";
import { chartFigure, el, selectableMarks, sourceLine, sourceLinks } from "./common.js";
import { Quotation } from "./quotation.js";
import { dayAxisLabels, dayOf, drawDayAxis, isoDay } from "./days.js";
import { keyStatementsOf } from "./facts.js";
import type { PositionRow } from "../lib/i18n/index.js";
import { LABELS } from "./labels.js";
import { textWidth } from "./kit/text.js";
import { MUTED, paint, SIDE_COLOR } from "./palette.js";

export interface PositionsData {
  events: StoryEvent[];
  actors: Record<string, StoryActor>;
  meta: StoryData["meta"];
  /** The halts: the band behind the rows, and the moments whose statements are quoted in full. */
  haltPeriods?: HaltPeriod[];
  /** The statements numbered and quoted in full (lib/derive.ts keyStatements); none without. */
  keyStatements?: KeyStatementGroup[];
}

export interface PositionsOptions {
  width: number;
  lang: Lang;
  /** First day shown (ISO); statements before it are left out. By default the story data's meta.positionsSince. */
  since?: string;
}

type Side = StoryActor["side"];
type Row = PositionRow;

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

/** The colour of a row: its side's (Europe and NATO share one). */
const ROW_COLOR: Record<Row, string> = {
  us: paint(SIDE_COLOR.us),
  ukraine: paint(SIDE_COLOR.ukraine),
  russia: paint(SIDE_COLOR.russia),
  west: paint(SIDE_COLOR.europe),
  other: paint(SIDE_COLOR.other),
};

const FONT = 11;
const FONT_TITLE = 12;

/** Below this width a phone's chart: only the numbered statements are drawn, the rest are in the table. */
const NARROW = 480;
/** Radius of a context mark, of a numbered mark (its number inside), and of every hit target (24 px across). */
const CONTEXT_RADIUS = 4;
const KEY_RADIUS = 10;
const HIT_RADIUS = 12;
/** Marks in a row keep this distance (centre to centre): hit targets never overlap. */
const MARK_GAP = 2 * HIT_RADIUS;
const MARGIN = { top: 4, right: 10, bottom: 6, left: 10 };
/** A row: its label's height above the marks, and the space below its last level. */
const ROW_HEADER = 22;
const ROW_FOOT = 4;
/** The day axis below the rows: its height, and the baselines of day and month labels. */
const AXIS_HEIGHT = 34;
/** Room above the first row for the label of a halt's band. */
const HALT_LABEL_HEIGHT = 16;

interface PlacedStatement {
  event: StoryEvent;
  row: Row;
  x: number;
  level: number;
  /** Its number on the mark and the card, for a key statement. */
  number?: number;
}

/** The statements shown, their rows, the key statements and the period, taken from the data once. */
function positionsModel(data: PositionsData, since: string, width: number) {
  const all = data.events.filter((event) => event.quote && event.date >= since);
  const rowOf = (event: StoryEvent): Row => ROW_OF[data.actors[event.quote!.speaker]?.side ?? "other"];
  const groups = keyStatementsOf(data, all);
  const numberOf = new Map(
    groups.flatMap((group) => group.events).map((event, index) => [event.id, index + 1]),
  );
  const phone = width < NARROW;
  // A phone shows less: only the numbered statements; the table holds them all.
  const drawn = phone ? all.filter((event) => numberOf.has(event.id)) : all;
  const rows = ROW_ORDER.filter((row) => drawn.some((event) => rowOf(event) === row));
  const lastDay = [data.meta.dataUntil, ...all.map((event) => event.date)].reduce((a, b) => (b > a ? b : a));
  const halts = (data.haltPeriods ?? []).filter((halt) => halt.end > since);
  return { since, all, drawn, rowOf, rows, groups, numberOf, phone, lastDay, halts };
}

type Model = ReturnType<typeof positionsModel>;

/** Same-day (and, on a phone, neighbouring-day) statements of a row stack downwards, never overlapping. */
function placeStatements(model: Model, dateX: ScaleTime<number, number>) {
  const placed: PlacedStatement[] = [];
  const levelsByRow = new Map<Row, number>();
  for (const row of model.rows) {
    const levels: PlacedStatement[][] = [];
    for (const event of model.drawn.filter((statement) => model.rowOf(statement) === row)) {
      const x = dateX(dayOf(event.date));
      let level = levels.findIndex((placedInLevel) =>
        placedInLevel.every((other) => Math.abs(other.x - x) >= MARK_GAP),
      );
      if (level < 0) level = levels.push([]) - 1;
      const statement = { event, row, x, level, number: model.numberOf.get(event.id) };
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
  let y = MARGIN.top + (model.halts.length > 0 ? HALT_LABEL_HEIGHT : 0);
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
  { width, lang, since = data.meta.positionsSince }: PositionsOptions,
): HTMLElement {
  const words = LABELS[lang].positions;
  const model = positionsModel(data, since, width);
  const layout = positionsLayout(model, width);
  const svg = create("svg")
    .attr("class", "positions-svg")
    .attr("width", width)
    .attr("height", layout.height)
    .attr("viewBox", `0 0 ${width} ${layout.height}`)
    .attr("role", "group")
    .attr("aria-label", words.title);
  drawHalts(svg, model, layout, lang);
  drawGridAndRows(svg, model, layout, lang);
  const marks = drawStatements(svg, model, layout);
  const panel = selectableMarks(
    marks as unknown as Selection<SVGGElement, StoryEvent, SVGElement | null, unknown>,
    data.actors,
    lang,
  );
  marks.attr("aria-label", (event) => markName(event, model.numberOf.get(event.id), data.actors, lang));
  const { all, lastDay } = model;
  return chartFigure({
    id: "chart-positions",
    title: words.title,
    caption: words.caption(formatDate(since, lang), model.phone),
    source: sourceLine(all, data.meta.dataUntilLabel, lang),
    chart: el(
      "div",
      { class: "positions-chart" },
      svg.node()!,
      quoteCards(model, data.actors, lang, model.rowOf),
    ),
    details: panel.node,
    alternative: () =>
      statementTable(
        all,
        data.actors,
        lang,
        `${words.tableCaption}, ${formatDateRange(since, lastDay, lang)}`,
      ),
    lang,
  });
}

/** A mark's name, as a sentence: "Äußerung 3: Dmitri Peskow, 2. Juli 2025: …" (its number, where it has one, first). */
function markName(
  event: StoryEvent,
  number: number | undefined,
  actors: Record<string, StoryActor>,
  lang: Lang,
): string {
  const prefix = number ? `${LABELS[lang].statementNumber(number)}: ` : "";
  return `${prefix}${speakerName(event, actors)}, ${event.dateLabel}: ${event.headline}`;
}

/** The halts within the period, as a band behind the rows with its name on top: context for what was said. */
function drawHalts(svg: Svg, model: Model, layout: Layout, lang: Lang): void {
  const { dateX } = layout;
  const [start, end] = dateX.range();
  const bands = model.halts.map((halt) => ({
    halt,
    x0: Math.max(start, dateX(dayOf(halt.start))),
    x1: Math.min(end, dateX(dayOf(halt.end))),
  }));
  const group = svg.append("g").attr("class", "halts").attr("aria-hidden", "true");
  group
    .selectAll("rect")
    .data(bands)
    .join("rect")
    .attr("class", "halt-band")
    .attr("x", ({ x0 }) => x0)
    .attr("y", MARGIN.top)
    .attr("width", ({ x0, x1 }) => Math.max(0, x1 - x0))
    .attr("height", layout.axisTop - MARGIN.top);
  group
    .selectAll("text")
    .data(
      bands.filter(({ x0, x1 }) => textWidth(LABELS[lang].positions.halt, FONT) <= x1 - x0 + 2 * HIT_RADIUS),
    )
    .join("text")
    .attr("class", "halt-label")
    .attr("x", ({ x0 }) => x0 + 3)
    .attr("y", MARGIN.top + FONT)
    .attr("font-size", FONT)
    .text(LABELS[lang].positions.halt);
}

/** Rules between the rows, row labels, the day axis. */
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
    .text((row) => LABELS[lang].positions.rows[row]);
  drawDayAxis(
    svg.append("g").attr("class", "axis axis-days").attr("aria-hidden", "true"),
    dateX,
    { days, dayLabels, monthLabels },
    { top: axisTop, dayY: axisTop + 15, monthY: axisTop + 29, fontSize: FONT },
  );
}

/**
 * The statements, in order of date (the keyboard follows time, across rows): the
 * numbered ones large, in the colour of their side, with their number inside; the
 * others small and muted, context that recedes.
 */
function drawStatements(svg: Svg, model: Model, layout: Layout) {
  const at = new Map(layout.placed.map((statement) => [statement.event, statement]));
  const marks = svg
    .append("g")
    .attr("class", "statements")
    .selectAll<SVGGElement, StoryEvent>("g")
    .data(model.drawn)
    .join("g")
    .attr("class", (event) => `statement ${at.get(event)!.number ? "is-key" : "is-context"}`)
    .attr("data-row", (event) => at.get(event)!.row)
    .attr("transform", (event) => `translate(${at.get(event)!.x},${layout.markY(at.get(event)!)})`);
  marks.append("circle").attr("class", "hit-target").attr("r", HIT_RADIUS);
  marks
    .append("circle")
    .attr("class", "statement-symbol")
    .attr("r", (event) => (at.get(event)!.number ? KEY_RADIUS : CONTEXT_RADIUS))
    .attr("fill", (event) => (at.get(event)!.number ? ROW_COLOR[at.get(event)!.row] : paint(MUTED)));
  marks
    .filter((event) => at.get(event)!.number !== undefined)
    .append("text")
    .attr("class", "statement-number")
    .attr("text-anchor", "middle")
    .attr("y", 4)
    .attr("font-size", FONT)
    .text((event) => String(at.get(event)!.number));
  return marks;
}

/**
 * The key statements quoted in full, as cards in groups: the number of the mark,
 * speaker and role, the date, the quote in its own language (translation on
 * demand) and its sources. A grid of one, two or three columns as the width allows.
 */
function quoteCards(
  model: Model,
  actors: Record<string, StoryActor>,
  lang: Lang,
  rowOf: (event: StoryEvent) => Row,
): HTMLElement {
  const section = el("div", { class: "quote-groups" });
  for (const group of model.groups) {
    const heading = LABELS[lang].positions.group[group.moment](formatDate(group.date, lang));
    const list = el("ol", { class: "quote-cards" });
    for (const event of group.events)
      list.append(quoteCard(event, model.numberOf.get(event.id)!, actors, lang, ROW_COLOR[rowOf(event)]));
    section.append(el("h4", { class: "quote-group" }, heading), list);
  }
  return section;
}

/** The number of a key statement as its mark shows it: in the colour of its side (an attribute, never inline style). */
function numberBadge(number: number, color: string, label: string): SVGSVGElement {
  const badge = create("svg")
    .attr("class", "quote-card-number")
    .attr("width", 2 * KEY_RADIUS)
    .attr("height", 2 * KEY_RADIUS)
    .attr("viewBox", `${-KEY_RADIUS} ${-KEY_RADIUS} ${2 * KEY_RADIUS} ${2 * KEY_RADIUS}`)
    .attr("role", "img")
    .attr("aria-label", label);
  badge.append("circle").attr("r", KEY_RADIUS).attr("fill", color);
  badge
    .append("text")
    .attr("text-anchor", "middle")
    .attr("y", 4)
    .attr("font-size", FONT)
    .text(String(number));
  return badge.node()!;
}

function quoteCard(
  event: StoryEvent,
  number: number,
  actors: Record<string, StoryActor>,
  lang: Lang,
  color: string,
): HTMLElement {
  const labels = LABELS[lang];
  const quote = event.quote!;
  const role = actors[quote.speaker]?.role;
  const card = el(
    "li",
    { class: "quote-card", "data-event": event.id },
    el(
      "p",
      { class: "quote-card-who" },
      numberBadge(number, color, labels.statementNumber(number)),
      el("strong", {}, speakerName(event, actors)),
      role ? el("span", { class: "quote-card-role" }, `, ${role}`) : undefined,
    ),
    el("p", { class: "quote-card-when" }, event.dateLabel),
    Quotation(quote, lang),
  );
  card.append(el("p", { class: "quote-card-sources" }, `${labels.sources}: `, ...sourceLinks(event.sources)));
  return card;
}

function speakerName(event: StoryEvent, actors: Record<string, StoryActor>): string {
  const speaker = event.quote?.speaker ?? "";
  return actors[speaker]?.name ?? speaker;
}

/** The text alternative: date, speaker, the quote in its language and translated, the sources. */
function statementTable(
  statements: StoryEvent[],
  actors: Record<string, StoryActor>,
  lang: Lang,
  caption: string,
): HTMLElement {
  const labels = LABELS[lang];
  const words = LABELS[lang].positions;
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
    const quoteCell = el("td", { "data-label": words.quote }, Quotation(quote, lang));
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

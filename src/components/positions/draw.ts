/** The chart's picture: the halts behind the rows, the rows and their labels, the day axis, the statements. */
import { utcDay } from "d3-time";
import type { Lang } from "../../lib/format.js";
import type { StoryActor, StoryEvent } from "../../lib/story.js";
import { dayAxisLabels, dayOf, drawDayAxis } from "../kit/days.js";
import { HIT_RADIUS, hitTarget } from "../kit/marks.js";
import type { Svg } from "../kit/svg.js";
import { textWidth } from "../kit/text.js";
import { LABELS } from "../labels.js";
import { MUTED, paint } from "../palette.js";
import { CONTEXT_RADIUS, FONT, FONT_TITLE, KEY_RADIUS, MARGIN, type Layout } from "./layout.js";
import { ROW_COLOR, speakerName, type Model } from "./model.js";

/** A mark's name, as a sentence: "Äußerung 3: Dmitri Peskow, 2. Juli 2025: …" (its number, where it has one, first). */
export function markName(
  event: StoryEvent,
  number: number | undefined,
  actors: Record<string, StoryActor>,
  lang: Lang,
): string {
  const prefix = number ? `${LABELS[lang].statementNumber(number)}: ` : "";
  return `${prefix}${speakerName(event, actors)}, ${event.dateLabel}: ${event.headline}`;
}

/** The halts within the period, as a band behind the rows with its name on top: context for what was said. */
export function drawHalts(svg: Svg, model: Model, layout: Layout, lang: Lang): void {
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
export function drawGridAndRows(svg: Svg, model: Model, layout: Layout, lang: Lang): void {
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
export function drawStatements(svg: Svg, model: Model, layout: Layout) {
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
  hitTarget(marks, "hit-target");
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

/**
 * The positions: who said what, when. Every quoted statement since a date, in
 * rows by the speaker's side (its colour), on one time axis. The key statements
 * are numbered and quoted in full below as cards (original language, translation
 * on demand); the others are small muted dots, context that opens on demand. On a
 * phone only the key statements are drawn: it shows less, not smaller.
 */
import { create } from "d3-selection";
import { formatDate, formatDateRange } from "../lib/format.js";
import { el } from "./kit/html.js";
import { chartFigure, sourceLine } from "./kit/figure.js";
import { detailsPanel, selectableMarks } from "./kit/interaction.js";
import { LABELS } from "./labels.js";
import { quoteCards } from "./positions/cards.js";
import { drawGridAndRows, drawHalts, drawStatements, markName } from "./positions/draw.js";
import { positionsLayout } from "./positions/layout.js";
import { positionsModel, type PositionsData, type PositionsOptions } from "./positions/model.js";
import { statementTable } from "./positions/table.js";

export type { PositionsData, PositionsOptions } from "./positions/model.js";

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
  const panel = detailsPanel(data.actors, lang);
  selectableMarks(marks, panel.show);
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

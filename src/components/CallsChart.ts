/**
 * The calls: every Trump–Putin and Trump–Zelensky call and meeting since
 * 20 January 2025 on one time axis, one lane per counterpart, the Putin calls
 * numbered by the data (`callNumber`). Below, the first days of July enlarged,
 * one column per day, so that the calls of 3 and 4 July stand apart.
 *
 * Colour and lane encode the counterpart, shape the kind of contact (circle:
 * call, square: meeting); a contact that did not take place is hollow and dashed.
 *
 * Where a panel would need more than a few rows of stacked marks in a lane
 * (synthetic data, thousands of events), it counts the events in bins of whole
 * days instead, at least one hit target wide, and draws one circle per bin whose
 * area is proportional to its count: a few dozen nodes instead of thousands.
 */
import { create } from "d3-selection";
import { el } from "./kit/html.js";
import { chartFigure, sourceLine } from "./kit/figure.js";
import { eventTable } from "./kit/events.js";
import { detailsPanel } from "./kit/interaction.js";
import { svgNs } from "./kit/svg.js";
import { LABELS } from "./labels.js";
import { wireMarks } from "./calls/interaction.js";
import { overviewLayout, verticalLayout, zoomOf } from "./calls/layout.js";
import { callsModel, type CallsChartData, type CallsChartOptions } from "./calls/model.js";
import { drawOverview, drawZoom, drawZoomLink } from "./calls/panels.js";
import { sizesFor } from "./calls/sizes.js";
import { captionText, legend } from "./calls/words.js";

export type { CallsChartData, CallsChartOptions } from "./calls/model.js";

export function CallsChart(data: CallsChartData, options: CallsChartOptions): HTMLElement {
  const { width, lang } = options;
  const model = callsModel(data, options);
  const sizes = sizesFor(width);
  const overview = overviewLayout(model, sizes);
  const zoom = zoomOf(model, sizes);
  const vertical = verticalLayout(sizes, overview, zoom);

  const svg = create("svg")
    .attr("xmlns", svgNs)
    .attr("class", "calls-svg")
    .attr("width", width)
    .attr("height", vertical.height)
    .attr("viewBox", `0 0 ${width} ${vertical.height}`)
    .attr("role", "group")
    .attr("aria-label", LABELS[lang].calls.svgLabel(model.title, model.rangeLabel))
    .attr("font-size", sizes.fontSize);
  if (zoom) drawZoomLink(svg, model, sizes, overview, vertical);
  drawOverview(svg, model, sizes, overview);
  if (zoom) drawZoom(svg, model, sizes, zoom, vertical);
  const panel = detailsPanel(data.actors, lang);
  wireMarks(svg, panel, model);

  const caption = captionText(model, overview, zoom);
  const keys = {
    symbols: overview.plan.kind !== "bins" || (zoom?.plan.kind !== "bins" && model.zoomEvents.length > 0),
    bins: overview.plan.kind === "bins" || zoom?.plan.kind === "bins",
  };
  return chartFigure({
    id: "calls-chart",
    title: model.title,
    caption,
    source: sourceLine(model.events, data.meta.dataUntilLabel, lang),
    chart: el("div", { class: "calls-body" }, legend(lang, model.name("putin"), keys), svg.node()!),
    alternative: () => eventTable(model.events, data.actors, lang, caption),
    details: panel.node,
    lang,
  });
}

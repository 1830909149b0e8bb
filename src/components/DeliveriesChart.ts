/**
 * The deliveries: the state of US weapons deliveries to Ukraine over time as a
 * band of phases (from the data's delivery phases, never typed), the weapons
 * decisions as marks, a zoom on the two halts day by day, and the systems
 * reported as halted (reported, not announced).
 */
import { create } from "d3-selection";
import { el } from "./kit/html.js";
import { eventTable } from "./kit/events.js";
import { chartFigure, sourceLine } from "./kit/figure.js";
import { detailsPanel, selectableMarks } from "./kit/interaction.js";
import { deliveryFills } from "./kit/patterns.js";
import { LABELS } from "./labels.js";
import { deliveryFill } from "./palette.js";
import { drawDecisions, placeDecisions } from "./deliveries/decisions.js";
import { deliveriesLayout } from "./deliveries/layout.js";
import { deliveriesModel, type DeliveriesData, type DeliveriesOptions } from "./deliveries/model.js";
import { drawConnectors, drawOverview, drawZoomPanels } from "./deliveries/panels.js";
import { legend, phaseTable, systemsList } from "./deliveries/words.js";

export type { DeliveriesData, DeliveriesOptions } from "./deliveries/model.js";

export function DeliveriesChart(data: DeliveriesData, { width, lang }: DeliveriesOptions): HTMLElement {
  const words = LABELS[lang].deliveries;
  const model = deliveriesModel(data, lang);
  const layout = deliveriesLayout(model, width);
  const svg = create("svg")
    .attr("class", "deliveries-svg")
    .attr("width", width)
    .attr("height", layout.height)
    .attr("viewBox", `0 0 ${width} ${layout.height}`)
    .attr("role", "group")
    .attr("aria-label", words.title);
  const fill = deliveryFills(svg.append("defs"), [
    ...model.phases.map(deliveryFill),
    ...model.decisions.flatMap((event) => event.deliveryStatus ?? []),
  ]);
  if (layout.sideBySide) drawConnectors(svg, layout);
  drawOverview(svg, model, layout, fill);
  drawZoomPanels(svg, model, layout, fill);
  const placed = placeDecisions(model, layout);
  const reportedStarts = new Set(
    model.phases.flatMap((phase) => (phase.reported && phase.startEvent ? [phase.startEvent] : [])),
  );
  const marks = drawDecisions(svg, placed, fill, reportedStarts);
  const panel = detailsPanel(data.actors, lang);
  selectableMarks(marks, panel.show);
  // The accessible name starts with the date shown on the mark (WCAG 2.5.3, label in name).
  marks.attr(
    "aria-label",
    (event, index) => `${placed[index].label} – ${event.dateLabel}: ${event.headline}`,
  );

  const chart = el(
    "div",
    { class: "deliveries-chart" },
    legend(model.phases, model.decisions, lang),
    svg.node()!,
  );
  const figure = chartFigure({
    id: "chart-deliveries",
    title: words.title,
    caption: words.caption,
    source: sourceLine(model.decisions, data.meta.dataUntilLabel, lang),
    chart,
    details: panel.node,
    alternative: () =>
      el(
        "div",
        {},
        phaseTable(model.phases, model.halts, lang),
        eventTable(model.decisions, data.actors, lang, words.decisions),
      ),
    lang,
  });
  figure.classList.add("deliveries");
  figure.insertBefore(
    systemsList(data.systems, data.events, lang),
    figure.querySelector(".chart-alternative"),
  );
  return figure;
}

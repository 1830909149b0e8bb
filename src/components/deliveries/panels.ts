/** The overview of the whole period, and the halts day by day in their zoom panels. */
import { utcDay } from "d3-time";
import { formatDateRange } from "../../lib/format.js";
import { dayAxisLabels, dayOf, drawDayAxis, isoDay, monthAxis } from "../kit/days.js";
import type { Group, Svg } from "../kit/svg.js";
import { fitText } from "../kit/text.js";
import { LABELS } from "../labels.js";
import { phaseLabels } from "../phase-labels.js";
import { phaseSegments, type Fill } from "./band.js";
import type { Layout } from "./layout.js";
import type { DeliveriesModel } from "./model.js";
import { FONT, FONT_TITLE, MARGIN } from "./sizes.js";

/** The zoom windows in the overview, joined to their panels (only where the panels stand side by side). */
export function drawConnectors(svg: Svg, layout: Layout): void {
  const { overview, overviewDateX } = layout;
  svg
    .append("g")
    .attr("class", "zoom-connectors")
    .attr("aria-hidden", "true")
    .selectAll("path")
    .data(layout.zoomWindows)
    .join("path")
    .attr("d", (window) => {
      const x0 = overviewDateX(window.start);
      const x1 = overviewDateX(window.end);
      const top = overview.bandTop + overview.bandHeight + 9;
      return `M${x0},${top}L${x1},${top}L${window.x + window.width},${window.y}L${window.x},${window.y}Z`;
    });
}

/** The overview: title, months, the band of phases, the zoom windows, a tick per decision. */
export function drawOverview(svg: Svg, model: DeliveriesModel, layout: Layout, fill: Fill): void {
  const { lang, phases } = model;
  const { overview, overviewDateX } = layout;
  const words = LABELS[lang].deliveries;
  const group = svg.append("g").attr("class", "deliveries-overview");
  const range = formatDateRange(phases[0]?.start ?? model.dataUntil, model.dataUntil, lang);
  rowLabel(group, "row-label", MARGIN.left, overview.titleY, FONT_TITLE).text(
    fitText([`${words.overview}: ${range}`, words.overview], layout.innerWidth, FONT_TITLE) ?? "",
  );
  monthAxis(
    group.append("g").attr("class", "axis axis-months").attr("aria-hidden", "true"),
    overviewDateX,
    overview.monthY,
    overview.bandTop,
    FONT,
    lang,
  );
  phaseSegments(
    group.append("g").attr("class", "deliveries-band").attr("aria-hidden", "true"),
    phases,
    overviewDateX,
    [model.periodStart, model.periodEnd],
    [overview.bandTop, overview.bandHeight],
    fill,
    (phase, space) =>
      fitText(
        [phase.reported ? LABELS[lang].deliveries.announced : LABELS[lang].delivery[phase.status]],
        space - 8,
        FONT,
      ),
  );
  group
    .append("g")
    .attr("class", "zoom-windows")
    .attr("aria-hidden", "true")
    .selectAll("rect")
    .data(layout.zoomWindows)
    .join("rect")
    .attr("x", (window) => overviewDateX(window.start))
    .attr("y", overview.bandTop - 3)
    .attr("width", (window) => overviewDateX(window.end) - overviewDateX(window.start))
    .attr("height", overview.bandHeight + 6);
  group
    .append("g")
    .attr("class", "decision-ticks")
    .attr("aria-hidden", "true")
    .selectAll("path")
    .data(model.decisions)
    .join("path")
    .attr("d", (event) => {
      const x = overviewDateX(dayOf(event.date));
      const y = overview.bandTop + overview.bandHeight + 1;
      return `M${x},${y}L${x + 3.5},${y + 6}L${x - 3.5},${y + 6}Z`;
    });
}

/** A text at x, y with a class and a font size. */
export function rowLabel(parent: Group | Svg, className: string, x: number, y: number, fontSize: number) {
  return (parent as Group)
    .append("text")
    .attr("class", className)
    .attr("x", x)
    .attr("y", y)
    .attr("font-size", fontSize);
}

/** The halts day by day: a title, then per window its dates, the band with each halt's days, the day axis. */
export function drawZoomPanels(svg: Svg, model: DeliveriesModel, layout: Layout, fill: Fill): void {
  const { lang } = model;
  const words = LABELS[lang].deliveries;
  if (layout.zoomWindows.length > 0)
    rowLabel(svg, "row-label", MARGIN.left, layout.zoomLabelY, FONT_TITLE).text(
      fitText([words.zoom, "Zoom"], layout.innerWidth, FONT_TITLE) ?? "",
    );
  for (const window of layout.zoomWindows) {
    const geometry = layout.panel(window);
    const dateX = layout.zoomDateX(window);
    const group = svg.append("g").attr("class", "deliveries-zoom").attr("data-start", isoDay(window.start));
    const range = formatDateRange(isoDay(window.start), isoDay(utcDay.offset(window.end, -1)), lang);
    rowLabel(group, "panel-label", window.x, geometry.titleY, FONT).text(
      fitText([range], window.width, FONT) ?? "",
    );
    phaseSegments(
      group.append("g").attr("class", "zoom-band").attr("aria-hidden", "true"),
      model.phases,
      dateX,
      [window.start, window.end],
      [geometry.bandTop, geometry.bandHeight],
      fill,
      (phase, space) => fitText(phaseLabels(phase, model.phases, model.halts, lang), space - 8, FONT),
    );
    const days = utcDay.range(window.start, utcDay.offset(window.end, 1)).filter((day) => day <= window.end);
    const right = window.x + window.width;
    const steps = [1, 2, 5, 7];
    const labels = dayAxisLabels(dateX, days, { left: window.x, right, steps, fontSize: FONT, lang });
    drawDayAxis(
      group.append("g").attr("class", "axis axis-days").attr("aria-hidden", "true"),
      dateX,
      { days, ...labels },
      {
        top: geometry.bandTop + geometry.bandHeight,
        dayY: geometry.dayY,
        monthY: geometry.monthY,
        fontSize: FONT,
      },
    );
  }
}

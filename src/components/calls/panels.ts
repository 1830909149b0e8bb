/** The two panels: the overview of the whole period and the enlarged days, with the link between them. */
import { axisBottom } from "d3-axis";
import type { ScaleTime } from "d3-scale";
import { utcDay, utcMonth } from "d3-time";
import { formatDayMonth, shortMonth, type Lang } from "../../lib/format.js";
import { dayNumber, dayOf } from "../kit/days.js";
import { round, translate, type Group, type Svg } from "../kit/svg.js";
import { textWidth } from "../kit/text.js";
import { LABELS } from "../labels.js";
import { drawLanes } from "./lanes.js";
import type { Overview, Vertical, Zoom } from "./layout.js";
import { drawPanelMarks } from "./marks.js";
import type { CallsModel } from "./model.js";
import type { Sizes } from "./sizes.js";

/** How far the frame of the enlarged panel reaches beyond the plot on either side. */
export const FRAME_PADDING = 8;

/** Room a day label needs around its text before the long form ("3. Juli") is used. */
export const DAY_LABEL_PADDING = 8;

/** The zoomed days, marked in the overview and joined to the panel below. */
export function drawZoomLink(
  svg: Svg,
  model: CallsModel,
  sizes: Sizes,
  overview: Overview,
  vertical: Vertical,
): void {
  const { x } = overview;
  const { innerWidth, margin } = sizes;
  const [first, last] = model.zoomWindow!;
  const zoomStart = x(dayOf(first));
  const zoomEnd = x(utcDay.offset(dayOf(last), 1));
  const link = svg
    .append("g")
    .attr("class", "calls-zoom-link")
    .attr("aria-hidden", "true")
    .attr("transform", translate(margin.left, margin.top));
  if (zoomEnd <= 0 || zoomStart >= innerWidth) return;
  const [left, right] = [Math.max(0, zoomStart), Math.min(innerWidth, zoomEnd)];
  link
    .append("rect")
    .attr("class", "calls-highlight")
    .attr("x", round(left))
    .attr("width", round(right - left))
    .attr("y", 0)
    .attr("height", vertical.overviewBottom);
  link
    .selectAll("line")
    .data([
      [left, -FRAME_PADDING],
      [right, innerWidth + FRAME_PADDING],
    ])
    .join("line")
    .attr("class", "calls-connector")
    .attr("x1", ([from]) => round(from))
    .attr("y1", vertical.overviewBottom)
    .attr("x2", ([, to]) => round(to))
    .attr("y2", vertical.zoomTop);
}

/** The overview: lanes, month grid, axis, marks. */
export function drawOverview(svg: Svg, model: CallsModel, sizes: Sizes, overview: Overview): void {
  const { x, lanes, lane, plan } = overview;
  const { lang } = model;
  const group = svg
    .append("g")
    .attr("class", "calls-overview")
    .attr("transform", translate(sizes.margin.left, sizes.margin.top));
  const ticks = monthTicks(x, lang, sizes.fontSize, sizes.narrow, sizes.margin);
  drawLanes(
    group,
    lane,
    lanes,
    model.laneLabel,
    sizes.laneFontSize,
    sizes.innerWidth,
    ticks.map((tick) => x(tick)),
  );
  group
    .append("g")
    .attr("class", "calls-axis")
    .attr("aria-hidden", "true")
    .attr("transform", translate(0, lanes.height))
    .call(
      axisBottom(x)
        .tickValues(ticks)
        .tickFormat((date) => shortMonth(date as Date, lang))
        .tickSizeOuter(0),
    )
    .attr("font-size", sizes.fontSize)
    .attr("font-family", null);
  drawPanelMarks(group.append("g").attr("class", "calls-marks"), plan, lane, lanes);
}

/** The enlarged days: frame, title, lanes with one column per day, day labels, marks. */
export function drawZoom(svg: Svg, model: CallsModel, sizes: Sizes, zoom: Zoom, vertical: Vertical): void {
  const { fontSize, innerWidth, margin } = sizes;
  const group = svg
    .append("g")
    .attr("class", "calls-zoom")
    .attr("aria-hidden", "true")
    .attr("transform", translate(margin.left, margin.top + vertical.zoomTop));
  group
    .append("rect")
    .attr("class", "calls-zoom-frame")
    .attr("x", -FRAME_PADDING)
    .attr("y", 0)
    .attr("width", innerWidth + 2 * FRAME_PADDING)
    .attr("height", vertical.zoomHeight);
  group
    .append("text")
    .attr("class", "calls-zoom-title")
    .attr("aria-hidden", "true")
    .attr("x", 0)
    .attr("y", fontSize + 6)
    .text(LABELS[model.lang].calls.zoomTitle(model.zoomRangeLabel!));
  const columnEdges = zoom.days.slice(1).map((iso) => zoom.day(iso)!);
  drawLanes(group, zoom.lane, zoom.lanes, model.laneLabel, sizes.laneFontSize, innerWidth, columnEdges);
  drawDayLabels(group, model.lang, sizes, zoom);
  drawPanelMarks(group.append("g").attr("class", "calls-marks"), zoom.plan, zoom.lane, zoom.lanes);
}

/** Under each enlarged day its date: "3. Juli" where every column has room for it, else "3.". */
export function drawDayLabels(group: Group, lang: Lang, sizes: Sizes, zoom: Zoom): void {
  const longDay = (iso: string) => formatDayMonth(iso, lang);
  const fitsLong =
    Math.max(...zoom.days.map((iso) => textWidth(longDay(iso), sizes.fontSize))) + DAY_LABEL_PADDING <=
    zoom.day.bandwidth();
  group
    .append("g")
    .attr("class", "calls-days")
    .attr("aria-hidden", "true")
    .attr("text-anchor", "middle")
    .selectAll("text")
    .data(zoom.days)
    .join("text")
    .attr("data-day", (iso) => iso)
    .attr("x", (iso) => round(zoom.centre(iso)))
    .attr("y", sizes.zoomTitleHeight + zoom.lanes.height + sizes.fontSize + 2)
    .text((iso) => (fitsLong ? longDay(iso) : dayNumber(dayOf(iso), lang)));
}

/** Month ticks, every month when there is room, else every second, third, … month; none whose label would leave the svg. */
export function monthTicks(
  x: ScaleTime<number, number>,
  lang: Lang,
  fontSize: number,
  narrow: boolean,
  margin: { left: number; right: number },
): Date[] {
  const [start, end] = x.domain();
  const [left, right] = x.range();
  const monthWidth = ((right - left) * 30.44 * 86_400_000) / (end.getTime() - start.getTime());
  const widest = textWidth(LABELS[lang].calls.widestMonth, fontSize) + (narrow ? 16 : 24);
  const step = [1, 2, 3, 4, 6, 12].find((months) => months * monthWidth >= widest) ?? 12;
  return x.ticks(utcMonth.filter((date) => date.getUTCMonth() % step === 0)).filter((date) => {
    const half = textWidth(shortMonth(date, lang), fontSize) / 2;
    return x(date) - half >= -margin.left && x(date) + half <= right + margin.right;
  });
}

/** Where the calls chart's parts stand: the overview, the enlarged days, top to bottom. */
import { scaleBand, scaleOrdinal, scaleUtc } from "d3-scale";
import { utcDay } from "d3-time";
import { dayOf, isoDay } from "../kit/days.js";
import { HIT_RADIUS } from "../kit/marks.js";
import { daySpans, planPanel, type Span } from "./bins.js";
import { laneLayout } from "./lanes.js";
import { LANES, type CallsModel, type Counterpart } from "./model.js";
import type { Sizes } from "./sizes.js";

/** Height of the dashed lines that join the zoomed days in the overview to the panel below. */
export const CONNECTOR_HEIGHT = 22;

/** The overview: time → x; same-lane marks closer than a hit target stacked in rows, or counted in bins of k days. */
export function overviewLayout(model: CallsModel, sizes: Sizes) {
  const x = scaleUtc()
    .domain([dayOf(model.domain[0]), utcDay.offset(dayOf(model.domain[1]), 1)])
    .range([0, sizes.innerWidth]);
  const dayX = perDay((iso) => dayCentre(x, iso));
  const spans = daySpans(x, 2 * HIT_RADIUS);
  const plan = planPanel(
    "overview",
    model.events,
    (event) => dayX(event.date),
    sizes.radius,
    spans.spans,
    model.lang,
    model.name,
  );
  const lanes = laneLayout(plan.rowCounts, plan.radius, sizes.fontSize, sizes.laneHeader);
  const lane = scaleOrdinal<Counterpart, number>().domain(LANES).range(lanes.offsets);
  return { x, spans, plan, lanes, lane };
}

/** The enlarged days: one column per day (and one bin per day where binned). */
export function zoomLayout(model: CallsModel & { zoomWindow: [string, string] }, sizes: Sizes) {
  const [first, last] = model.zoomWindow;
  const days = utcDay.range(dayOf(first), utcDay.offset(dayOf(last), 1)).map(isoDay);
  const day = scaleBand<string>().domain(days).range([0, sizes.innerWidth]);
  const centre = (iso: string) => day(iso)! + day.bandwidth() / 2;
  const spans = days.map((iso): Span => ({ start: iso, end: iso, x: centre(iso), width: day.bandwidth() }));
  const plan = planPanel(
    "zoom",
    model.zoomEvents,
    (event) => centre(event.date),
    sizes.zoomRadius,
    spans,
    model.lang,
    model.name,
  );
  const lanes = laneLayout(plan.rowCounts, plan.radius, sizes.fontSize, sizes.laneHeader);
  const lane = scaleOrdinal<Counterpart, number>()
    .domain(LANES)
    .range(lanes.offsets.map((offset) => offset + sizes.zoomTitleHeight));
  return { days, day, centre, plan, lanes, lane };
}

export type Overview = ReturnType<typeof overviewLayout>;

export type Zoom = ReturnType<typeof zoomLayout>;

/** The enlarged panel's layout, if the model has a window to enlarge. */
export const zoomOf = (model: CallsModel, sizes: Sizes): Zoom | undefined =>
  model.zoomWindow ? zoomLayout({ ...model, zoomWindow: model.zoomWindow }, sizes) : undefined;

/** Where the parts stand, top to bottom: the overview, the connectors, the enlarged panel (if any). */
export function verticalLayout(sizes: Sizes, overview: Overview, zoom: Zoom | undefined) {
  const overviewBottom = overview.lanes.height + sizes.axisHeight;
  if (!zoom)
    return {
      overviewBottom,
      zoomTop: 0,
      zoomHeight: 0,
      height: sizes.margin.top + overviewBottom + sizes.margin.bottom,
    };
  const zoomTop = overviewBottom + CONNECTOR_HEIGHT;
  const zoomHeight = sizes.zoomTitleHeight + zoom.lanes.height + sizes.dayLabelHeight;
  return {
    overviewBottom,
    zoomTop,
    zoomHeight,
    height: sizes.margin.top + zoomTop + zoomHeight + sizes.margin.bottom,
  };
}

export type Vertical = ReturnType<typeof verticalLayout>;

/** Remembers a function of an ISO day: thousands of events fall on a few hundred days. */
export function perDay<T>(compute: (iso: string) => T): (iso: string) => T {
  const cache = new Map<string, T>();
  return (iso) => {
    if (!cache.has(iso)) cache.set(iso, compute(iso));
    return cache.get(iso)!;
  };
}

/** The middle of a day on a time scale: where a mark of that day sits. */
export function dayCentre(x: (date: Date) => number, iso: string): number {
  const start = dayOf(iso);
  return (x(start) + x(utcDay.offset(start, 1))) / 2;
}

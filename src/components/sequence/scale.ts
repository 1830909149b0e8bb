/**
 * The sticky graphic's time scale and ticks: plain arithmetic on UTC days and
 * months. d3-scale, d3-axis and d3-time would add some 30 KB gzip to what every
 * reader downloads before the first chart; tests/components/sequence.test.ts
 * checks this scale against d3-scale's scaleUtc.
 */
import { DAY_MS, parseDate } from "../../lib/dates.js";

export const DAY = DAY_MS;
/** The shortest stretch of time the graphic zooms to, in days. */
export const MIN_SPAN_DAYS = 8;
/** How much wider than the highlighted events the zoomed view is. */
const ZOOM_PADDING = 1.25;
/** Zoomed in to this many days or fewer, the axis marks days rather than months. */
const DAY_TICKS_UP_TO = 24;
/** About one day tick per this many pixels, one month tick per MONTH_TICK_PX. */
const DAY_TICK_PX = 60;
const MONTH_TICK_PX = 80;

export type Domain = [Date, Date];
export interface Tick {
  date: Date;
  unit: "day" | "month";
}

export const toDate = parseDate;
export const midday = (iso: string) => new Date(toDate(iso).getTime() + DAY / 2);
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Time to x, linear: the part of d3's scaleUtc this graphic uses. */
export function timeScale([start, end]: Domain, [left, right]: [number, number]): (date: Date) => number {
  const t0 = start.getTime();
  const k = (right - left) / (end.getTime() - t0);
  return (date) => left + (date.getTime() - t0) * k;
}

/** The whole time line: from the first day to the end of the last. */
export const fullDomain = (start: string, end: string): Domain => [
  toDate(start),
  new Date(toDate(end).getTime() + DAY),
];

/** The days around a set of events (at least MIN_SPAN_DAYS, padded), in whole days within `limits`. */
export function zoomDomain(events: { date: string; endDate?: string }[], limits: Domain): Domain {
  if (events.length === 0) return limits;
  const first = Math.min(...events.map((event) => toDate(event.date).getTime()));
  const last = Math.max(...events.map((event) => toDate(event.endDate ?? event.date).getTime())) + DAY;
  const span = Math.max(MIN_SPAN_DAYS * DAY, (last - first) * ZOOM_PADDING);
  const middle = (first + last) / 2;
  const start = Math.max(limits[0].getTime(), Math.floor((middle - span / 2) / DAY) * DAY);
  const end = Math.min(limits[1].getTime(), start + Math.ceil(span / DAY) * DAY);
  return [new Date(start), new Date(end)];
}

/**
 * Ticks for a domain: zoomed in, the middle of every day or every few days
 * (where that day's marks stand); otherwise the first of every month, or of
 * every second, third or sixth month.
 */
export function timeTicks([start, end]: Domain, width: number): Tick[] {
  const spanDays = (end.getTime() - start.getTime()) / DAY;
  const ticks: Tick[] = [];
  if (spanDays <= DAY_TICKS_UP_TO) {
    const every = Math.ceil(spanDays / (width / DAY_TICK_PX));
    const first = Math.ceil(start.getTime() / DAY) * DAY;
    for (let day = first; day < end.getTime(); day += every * DAY)
      ticks.push({ date: new Date(day + DAY / 2), unit: "day" });
    return ticks;
  }
  const monthsSpanned =
    (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  const step = [1, 2, 3, 6].find((n) => monthsSpanned / n <= width / MONTH_TICK_PX) ?? 12;
  for (let year = start.getUTCFullYear(), month = 0; ; month += step) {
    const date = new Date(Date.UTC(year, month, 1));
    if (date >= end) break;
    if (date >= start) ticks.push({ date, unit: "month" });
  }
  return ticks;
}

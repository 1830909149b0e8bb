/**
 * Days on a time axis, shared by the charts: ISO days to dates and back, the day
 * number as each language writes it, and which day and month labels fit.
 */
import type { ScaleTime } from "d3-scale";
import type { Selection } from "d3-selection";
import { utcDay, utcMonth } from "d3-time";
import { parseDate } from "../../lib/dates.js";
import { shortMonth, type Lang } from "../../lib/format.js";
import { MESSAGES } from "../../lib/i18n/index.js";
import { textWidth } from "./text.js";

/** Midnight UTC of an ISO day (YYYY-MM-DD). */
export const dayOf = parseDate;

/** The ISO day (YYYY-MM-DD) of a UTC date. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The day of the month as a label under its tick: "3." / "3". */
export const dayNumber = (date: Date, lang: Lang): string => MESSAGES[lang].dayOfMonth(date.getUTCDate());

export interface DayLabel {
  day: Date;
  text: string;
}

interface Candidate extends DayLabel {
  anchor: "middle" | "start";
}

/** Space between two labels of an axis, px. */
const LABEL_GAP = 4;
/** Space a day number needs beyond its own width before every day gets one. */
const DAY_LABEL_PADDING = 6;

/**
 * The labels of a day axis from `left` to `right` px: a day number every `step`
 * days (the smallest of `steps` whose labels fit), month names where a month
 * starts (and on the first day), none leaving the axis or touching another.
 */
export function dayAxisLabels(
  dateX: ScaleTime<number, number>,
  days: Date[],
  {
    left,
    right,
    steps,
    fontSize,
    lang,
  }: { left: number; right: number; steps: number[]; fontSize: number; lang: Lang },
): { dayLabels: DayLabel[]; monthLabels: DayLabel[] } {
  const start = days[0];
  const dayWidth = dateX(utcDay.offset(start, 1)) - dateX(start);
  const step =
    steps.find((k) => k * dayWidth >= textWidth("30.", fontSize) + DAY_LABEL_PADDING) ??
    steps[steps.length - 1];
  const place = (candidates: Candidate[]) => {
    let previousRight = -Infinity;
    return candidates.filter((candidate) => {
      const width = textWidth(candidate.text, fontSize);
      const x0 = candidate.anchor === "middle" ? dateX(candidate.day) - width / 2 : dateX(candidate.day);
      if (x0 < left || x0 + width > right || x0 < previousRight + LABEL_GAP) return false;
      previousRight = x0 + width;
      return true;
    });
  };
  const dayLabels = place(
    days
      .filter((day) => (day.getUTCDate() - 1) % step === 0)
      .map((day) => ({ day, text: dayNumber(day, lang), anchor: "middle" as const })),
  );
  const monthLabels = place(
    days
      .filter((day, index) => index === 0 || day.getUTCDate() === 1)
      .map((day) => ({ day, text: shortMonth(day, lang), anchor: "start" as const })),
  );
  return { dayLabels, monthLabels };
}

/** Tick lengths of the day axis, px: the first of a month longer than the other days. */
const DAY_TICK = 4;
const MONTH_TICK = 8;

/**
 * A time axis of days: a tick for every day (longer on the first of a month),
 * the day labels centred on their tick, the month labels starting at theirs.
 */
export function drawDayAxis(
  axis: Selection<SVGGElement, undefined, null, undefined>,
  x: (day: Date) => number,
  { days, dayLabels, monthLabels }: { days: Date[]; dayLabels: DayLabel[]; monthLabels: DayLabel[] },
  { top, dayY, monthY, fontSize }: { top: number; dayY: number; monthY: number; fontSize: number },
): void {
  axis
    .selectAll("line")
    .data(days)
    .join("line")
    .attr("x1", (day) => x(day))
    .attr("x2", (day) => x(day))
    .attr("y1", top)
    .attr("y2", (day) => top + (day.getUTCDate() === 1 ? MONTH_TICK : DAY_TICK));
  for (const [kind, labels, y, anchor] of [
    ["day", dayLabels, dayY, "middle"],
    ["month", monthLabels, monthY, "start"],
  ] as const) {
    axis
      .selectAll(`text.${kind}`)
      .data(labels)
      .join("text")
      .attr("class", kind)
      .attr("x", ({ day }) => x(day))
      .attr("y", y)
      .attr("text-anchor", anchor)
      .attr("font-size", fontSize)
      .text(({ text }) => text);
  }
}

/** Month names centred in each month's visible span (where they fit), with ticks at the months' starts. */
export function monthAxis(
  axis: Selection<SVGGElement, undefined, null, undefined>,
  dateX: ScaleTime<number, number>,
  labelY: number,
  tickBottom: number,
  fontSize: number,
  lang: Lang,
): void {
  const [start, end] = dateX.domain();
  const months = utcMonth.range(utcMonth.floor(start), end).map((month) => {
    const from = month < start ? start : month;
    const next = utcMonth.offset(month, 1);
    const to = next > end ? end : next;
    return { month, x0: dateX(from), x1: dateX(to) };
  });
  axis
    .selectAll("line")
    .data(months.filter(({ month }) => month > start))
    .join("line")
    .attr("x1", ({ x0 }) => x0)
    .attr("x2", ({ x0 }) => x0)
    .attr("y1", labelY - 10)
    .attr("y2", tickBottom - 4);
  axis
    .selectAll("text")
    .data(months.filter(({ month, x0, x1 }) => textWidth(shortMonth(month, lang), fontSize) + 4 <= x1 - x0))
    .join("text")
    .attr("x", ({ x0, x1 }) => (x0 + x1) / 2)
    .attr("y", labelY)
    .attr("text-anchor", "middle")
    .attr("font-size", fontSize)
    .text(({ month }) => shortMonth(month, lang));
}

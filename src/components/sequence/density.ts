/**
 * The sticky graphic's density mark: the events it counts rather than draws (where a step's
 * window holds more of one row than it can show as dots; lib/sequence.ts). One quiet grey bar
 * per day, or per week (from Monday) where a day is narrower than MIN_DAY_WIDTH, thin and
 * centred on its days and its row, its height giving the count; under the marks, so that
 * highlighted events stand out. Bars cover only the days in view: a week at the window's edge
 * counts its days in view.
 *
 * Only data with such events needs it (not the story's own events): the graphic loads this
 * module when its data has bins (SequenceChart.ts, ResponsiveSequence), so that the first
 * load without them does not grow.
 */
import type { Selection } from "d3-selection";
import type { DensityBin } from "../../lib/sequence.js";
import type { DensityUnit, KeyEntry } from "./key.js";
import type { RowBox, RowKey } from "./rows.js";
import type { Domain } from "./scale.js";

// Loaded on its own, it imports nothing at run time and styles its bars itself: a module shared
// with the graphic would be split into a chunk of its own, and a rule in the stylesheet would be
// in every page, which costs the first load more than these few lines (scale.ts has them too).
const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Narrower days than this (px) are counted per week. */
const MIN_DAY_WIDTH = 5;
/** The tallest bar, as a share of its row's height, and at most in px. */
const BAR_SHARE = 0.5;
const MAX_BAR = 22;
/** The lowest bar: one event stays visible. */
const MIN_BAR = 2;
/** The widest a bar gets per day it counts (px): a thin bar, not a block that reads as a band. */
const MAX_DAY_BAR = 6;

/** A bar: a row's events counted from `start` (ISO) for `days` days in view. */
export interface DensityBar {
  row: RowKey;
  start: string;
  days: number;
  count: number;
}

const mondayOf = (time: number) => time - ((new Date(time).getUTCDay() + 6) % 7) * DAY;

/**
 * What a step shows of the counted events: the bars of the given rows within its domain, per day
 * or per week where days are narrow, and the key's entry for them (none without bars).
 */
export function densityStep(
  bins: readonly DensityBin[],
  domain: Domain,
  shownRows: Iterable<RowKey>,
  dayWidth: number,
): { bars: DensityBar[]; entry?: KeyEntry } {
  const rows = new Set(shownRows);
  const unit: DensityUnit = dayWidth < MIN_DAY_WIDTH ? "week" : "day";
  const [from, to] = [domain[0].getTime(), domain[1].getTime()];
  // Days compared as ISO text: only the bins in view are parsed.
  const [first, end] = [isoDay(domain[0]), isoDay(domain[1])];
  const bars = new Map<string, DensityBar>();
  for (const [day, row, count] of bins) {
    if (day < first || day >= end || !rows.has(row)) continue;
    const time = toDate(day).getTime();
    const start = unit === "day" ? time : Math.max(from, mondayOf(time));
    const stop = unit === "day" ? time + DAY : Math.min(to, mondayOf(time) + 7 * DAY);
    const key = `${row} ${start}`;
    const bar = bars.get(key) ?? {
      row,
      start: isoDay(new Date(start)),
      days: (stop - start) / DAY,
      count: 0,
    };
    bar.count += count;
    bars.set(key, bar);
  }
  return {
    bars: [...bars.values()],
    entry: bars.size ? { kind: "density", unit, draw: drawDensitySwatch } : undefined,
  };
}

/** Grey as context, quieter than a mark (set here, see above; CSSOM, as the marks' own styles). */
const quiet = <S extends { style: (name: string, value: string) => S }>(selection: S) =>
  selection.style("fill", "var(--muted)").style("fill-opacity", "0.45");

/** Draws the bars in their rows (replacing the previous step's); the tallest takes half its row's height. */
export function drawDensity(
  group: Selection<SVGGElement, undefined, null, undefined>,
  bars: readonly DensityBar[],
  x: (date: Date) => number,
  rowBox: ReadonlyMap<RowKey, RowBox>,
): void {
  const most = Math.max(1, ...bars.map((bar) => bar.count));
  const height = (bar: DensityBar) => {
    const row = rowBox.get(bar.row)!;
    const tallest = Math.min(MAX_BAR, row.height * BAR_SHARE);
    return Math.max(MIN_BAR, (tallest * bar.count) / most);
  };
  /** Left edge and width of a bar's days; the bar stands in their middle, at most MAX_DAY_BAR px a day wide. */
  const span = (bar: DensityBar): [number, number] => {
    const start = x(toDate(bar.start));
    return [start, x(new Date(toDate(bar.start).getTime() + bar.days * DAY)) - start];
  };
  const width = (bar: DensityBar) => Math.max(1, Math.min(span(bar)[1] - 1, MAX_DAY_BAR * bar.days));
  group
    .style("pointer-events", "none")
    .selectAll<SVGRectElement, DensityBar>("rect")
    .data(
      bars.filter((bar) => rowBox.has(bar.row)),
      (bar) => `${bar.row} ${bar.start} ${bar.days}`,
    )
    .join("rect")
    .call(quiet)
    .attr("class", (bar) => `seq-density-bar is-${bar.row}`)
    .attr("data-count", (bar) => bar.count)
    .attr("data-start", (bar) => bar.start)
    .attr("x", (bar) => (span(bar)[0] + (span(bar)[1] - width(bar)) / 2).toFixed(1))
    .attr("width", (bar) => width(bar).toFixed(1))
    .attr("y", (bar) => (rowBox.get(bar.row)!.markY - height(bar) / 2).toFixed(1))
    .attr("height", (bar) => height(bar).toFixed(1));
}

/** Draws the key's swatch (kit/key.ts, swatch): three bars, low, high, middle. */
export function drawDensitySwatch(svg: Selection<SVGSVGElement, undefined, null, undefined>): void {
  svg
    .selectAll("rect")
    .data([3, 9, 6])
    .join("rect")
    .call(quiet)
    .attr("class", "seq-density-bar")
    .attr("x", (_, i) => -7 + i * 5)
    .attr("y", (h) => -h / 2)
    .attr("width", 4)
    .attr("height", (h) => h);
}

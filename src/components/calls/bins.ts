/**
 * A panel's plan: one mark per event, stacked in rows within each lane, or, where
 * that would take more than a few rows (synthetic data, thousands of events), the
 * events counted in bins of whole days, one circle per bin whose area gives its count.
 */
import { ascending, bisectRight } from "d3-array";
import type { ScaleTime } from "d3-scale";
import { utcDay } from "d3-time";
import { formatDateRange, type Lang } from "../../lib/format.js";
import type { StoryEvent } from "../../lib/story.js";
import type { MarkDatum } from "../kit/interaction.js";
import { HIT_RADIUS } from "../kit/marks.js";
import { dodgeLevels } from "../kit/placement.js";
import { isoDay } from "../kit/days.js";
import { LABELS } from "../labels.js";
import { LANES, type Counterpart } from "./model.js";

/** More rows of stacked marks than this in a lane, and a panel counts its events in bins instead. */
export const MAX_ROWS = 3;

/** The smallest circle of a bin: one event must stay visible. */
export const BIN_MIN_RADIUS = 3;

/** A span of days on the x axis in which a panel counts events: first and last day (ISO), centre and width in px. */
export interface Span {
  start: string;
  end: string;
  x: number;
  width: number;
}

/** The events of one lane within one span of days, drawn as one mark. */
export interface Bin extends MarkDatum {
  kind: "bin";
  counterpart: Counterpart;
  start: string;
  end: string;
  events: StoryEvent[];
  /** Centre of the span, in px. */
  x: number;
  /** Radius of the circle: its area is proportional to the count. */
  radius: number;
}

/** What a focusable mark stands for: one event, or a bin of events. */
export type Mark = StoryEvent | Bin;

export const isBin = (mark: Mark): mark is Bin => "kind" in mark && mark.kind === "bin";

/** What a panel draws: one mark per event, stacked in rows, or one mark per bin; and the rows each lane needs for it. */
export type PanelPlan =
  | {
      kind: "events";
      events: StoryEvent[];
      x: (event: StoryEvent) => number;
      rows: Map<string, number>;
      radius: number;
      rowCounts: number[];
    }
  | { kind: "bins"; bins: Bin[]; radius: number; rowCounts: number[] };

/**
 * One mark per event where the marks of each lane fit into MAX_ROWS rows;
 * else the events counted in the spans, one mark per non-empty bin, in one row.
 */
export function planPanel(
  panel: string,
  events: StoryEvent[],
  x: (event: StoryEvent) => number,
  radius: number,
  spans: Span[],
  lang: Lang,
  name: (id: string) => string,
): PanelPlan {
  if (rowsNeeded(events, x, 2 * HIT_RADIUS) <= MAX_ROWS) {
    const rows = stackRows(events, x, 2 * HIT_RADIUS);
    return { kind: "events", events, x, rows, radius, rowCounts: rowCounts(events, rows) };
  }
  const bins = binEvents(panel, events, spans, lang, name);
  return {
    kind: "bins",
    bins,
    radius: Math.max(...bins.map((bin) => bin.radius)),
    rowCounts: LANES.map(() => 1),
  };
}

/**
 * The rows stackRows needs in the fullest lane, without stacking: the most
 * marks of one lane less than `gap` apart. Taking marks in order of position,
 * each into the first row where it fits, needs exactly that many rows
 * (first fit is optimal for intervals sorted by their start).
 */
export function rowsNeeded(
  events: StoryEvent[],
  position: (event: StoryEvent) => number,
  gap: number,
): number {
  let most = 0;
  for (const counterpart of LANES) {
    const xs = Float64Array.from(
      events.filter((event) => event.counterpart === counterpart),
      position,
    ).sort();
    for (let last = 0, first = 0; last < xs.length; last++) {
      while (xs[last] - xs[first] >= gap) first++;
      most = Math.max(most, last - first + 1);
    }
  }
  return most;
}

/**
 * Runs of whole days from the first day of the x domain, each at least
 * `minWidth` wide: `days` days, as few as allow that; the rest of a shorter
 * run joins the last one, which has `lastDays` days.
 */
export function daySpans(
  x: ScaleTime<number, number>,
  minWidth: number,
): { spans: Span[]; days: number; lastDays: number } {
  const [first, end] = x.domain();
  const total = Math.max(1, utcDay.count(first, end));
  const dayWidth = (x(end) - x(first)) / total;
  let days = Math.max(1, Math.ceil(minWidth / dayWidth));
  if (days > 1 && (days - 1) * dayWidth >= minWidth) days -= 1; // the division came out a hair above a whole number
  days = Math.min(days, total);
  const count = Math.floor(total / days);
  const spans = Array.from({ length: count }, (_, index): Span => {
    const from = utcDay.offset(first, index * days);
    const to = index === count - 1 ? end : utcDay.offset(first, (index + 1) * days);
    return {
      start: isoDay(from),
      end: isoDay(utcDay.offset(to, -1)),
      x: (x(from) + x(to)) / 2,
      width: x(to) - x(from),
    };
  });
  return { spans, days, lastDays: total - (count - 1) * days };
}

/**
 * The events of each lane counted in consecutive spans of days, in one pass
 * (an event's span by bisection of the span starts): the non-empty bins in time
 * order, lane by lane within a span. A circle's area is proportional to its
 * count, the fullest bin as large as its span leaves room for beside its
 * neighbours, none smaller than BIN_MIN_RADIUS.
 */
export function binEvents(
  panel: string,
  events: StoryEvent[],
  spans: Span[],
  lang: Lang,
  name: (id: string) => string,
): Bin[] {
  const starts = spans.map((span) => span.start);
  const counts = Array.from({ length: spans.length * LANES.length }, (): StoryEvent[] => []);
  for (const event of events) {
    const span = Math.max(0, bisectRight(starts, event.date) - 1);
    counts[span * LANES.length + LANES.indexOf(event.counterpart!)].push(event);
  }
  const fullest = Math.max(1, ...counts.map((inBin) => inBin.length));
  const largest = Math.max(
    BIN_MIN_RADIUS,
    Math.min(HIT_RADIUS - 1, Math.min(...spans.map((span) => span.width)) / 2 - 1),
  );
  const bins: Bin[] = [];
  spans.forEach((span, spanIndex) =>
    LANES.forEach((counterpart, laneIndex) => {
      const inBin = counts[spanIndex * LANES.length + laneIndex];
      if (inBin.length === 0) return;
      bins.push({
        kind: "bin",
        id: `${panel}-${counterpart}-${span.start}`,
        dateLabel: formatDateRange(span.start, span.end, lang),
        headline: LABELS[lang].calls.binHeadline(inBin.length, name(counterpart)),
        counterpart,
        start: span.start,
        end: span.end,
        events: inBin,
        x: span.x,
        radius: Math.max(BIN_MIN_RADIUS, largest * Math.sqrt(inBin.length / fullest)),
      });
    }),
  );
  return bins;
}

/** The rows each lane's stacked marks take, in the order of LANES: one more than the highest row index. */
export function rowCounts(events: StoryEvent[], rows: Map<string, number>): number[] {
  const counts = LANES.map(() => 1);
  for (const event of events) {
    const index = LANES.indexOf(event.counterpart!);
    counts[index] = Math.max(counts[index], rows.get(event.id)! + 1);
  }
  return counts;
}

/**
 * Rows within each lane so that marks of one lane are at least `gap` apart:
 * the kit's dodge, each mark (in order of position) in the first row where it keeps that distance.
 */
export function stackRows(
  events: StoryEvent[],
  position: (event: StoryEvent) => number,
  gap: number,
): Map<string, number> {
  const rows = new Map<string, number>();
  for (const counterpart of LANES) {
    const inLane = events
      .filter((event) => event.counterpart === counterpart)
      .sort((a, b) => ascending(position(a), position(b)));
    const levels = dodgeLevels(inLane, position, () => gap);
    inLane.forEach((event, index) => rows.set(event.id, levels[index]));
  }
  return rows;
}

/**
 * The sticky graphic's data beyond its events, computed at build time: the window of
 * days a step zooms to, which events the graphic's first-load data holds (those the
 * steps name and those in their windows, never the whole archive; where a window's row
 * holds more than the graphic can show as dots, the others counted per day), the overview
 * as counts per week and lane, and Trump's deadlines for Moscow with the day each ran out.
 */
import { DAY_MS as DAY, parseDate } from "./dates.js";
import type { SequenceRow } from "./i18n/messages.js";

/** The shortest stretch of time a step zooms to, in days. */
export const MIN_SPAN_DAYS = 8;
/** How much wider than its events a step's window is. */
const ZOOM_PADDING = 1.25;
/** A step's window takes in the end of a deadline its events set only up to this many days. */
const MAX_DEADLINE_WINDOW_DAYS = 56;

const ms = (iso: string) => parseDate(iso).getTime();
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A step as the story's text defines it: the events it highlights and those it shows as context. */
export interface StepDefinition {
  id?: string;
  events: string[];
  context?: string[];
}

/**
 * The days around a set of dated things (at least MIN_SPAN_DAYS, padded by a quarter),
 * in whole days within `limits` (ms, end exclusive); `limits` itself for none.
 */
export function zoomWindow(
  events: readonly { date: string; endDate?: string }[],
  limits: [number, number],
): [number, number] {
  if (events.length === 0) return limits;
  const first = Math.min(...events.map((event) => ms(event.date)));
  const last = Math.max(...events.map((event) => ms(event.endDate ?? event.date))) + DAY;
  const span = Math.max(MIN_SPAN_DAYS * DAY, (last - first) * ZOOM_PADDING);
  const middle = (first + last) / 2;
  const start = Math.max(limits[0], Math.floor((middle - span / 2) / DAY) * DAY);
  const end = Math.min(limits[1], start + Math.ceil(span / DAY) * DAY);
  return [start, end];
}

/**
 * A deadline Trump set for Moscow: the event that set it (or cut it short), the days it
 * gave and the days it would run out. The days are the data's (events.csv, deadline_days),
 * and so is the day it ran out where the sources name it (deadline_until).
 */
export interface Deadline {
  event: string;
  date: string;
  days: number[];
  /** The day it ran out (ISO): for each number of days, or the one day the sources name. */
  ends: string[];
}

/** The deadlines among the events, in the order of their dates, with the days they would run out. */
export function deadlines(
  events: readonly { id: string; date: string; deadlineDays?: number[]; deadlineUntil?: string }[],
): Deadline[] {
  return events
    .filter((event) => event.deadlineDays?.length)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((event) => ({
      event: event.id,
      date: event.date,
      days: event.deadlineDays!,
      ends: event.deadlineUntil
        ? [event.deadlineUntil]
        : event.deadlineDays!.map((days) => iso(ms(event.date) + days * DAY)),
    }));
}

/**
 * The window of a step: its events and context, and the end of a deadline its events
 * set where that keeps the window within MAX_DEADLINE_WINDOW_DAYS (the ending shows the
 * cut deadline run out; the 50 days of 14 July point beyond the step's days instead).
 */
export function stepWindow(
  events: readonly { id: string; date: string; endDate?: string }[],
  step: StepDefinition,
  limits: [number, number],
  deadlineList: readonly Deadline[] = [],
): [number, number] {
  const byId = new Map(events.map((event) => [event.id, event]));
  const shown = [...step.events, ...(step.context ?? [])].flatMap((id) => byId.get(id) ?? []);
  const span = zoomWindow(shown, limits);
  const ends = deadlineList
    .filter((deadline) => step.events.includes(deadline.event))
    .map((deadline) => ({ date: deadline.ends.at(-1)! }));
  if (ends.length === 0) return span;
  const wider = zoomWindow(
    [...shown, ...ends],
    [limits[0], Math.max(limits[1], ...ends.map((e) => ms(e.date) + DAY))],
  );
  return wider[1] - wider[0] <= MAX_DEADLINE_WINDOW_DAYS * DAY ? wider : span;
}

/** The graphic's row of an event: Trump's contacts by counterpart, then by kind of event. */
export function sequenceRow(event: { type: string; counterpart?: "putin" | "zelensky" }): SequenceRow {
  if (event.counterpart) return event.counterpart;
  switch (event.type) {
    case "weapons_decision":
      return "weapons";
    case "statement":
      return "statements";
    case "attack":
      return "attacks";
    default:
      return "talks";
  }
}

/**
 * The most events of one row a step's window shows as dots: a phone's row holds about two dozen
 * marks side by side (the graphic's width less its edges, over a mark's width and gap). Beyond it,
 * the events of that window and row that no step names are counted, not drawn one by one.
 */
export const MAX_MARKS_PER_ROW = 24;

/** Events of one row on one day that the graphic counts rather than draws: [day (ISO), row, count]. */
export type DensityBin = [string, SequenceRow, number];

/** What the graphic's data holds of the events: those drawn as marks, and the others of the steps' windows counted. */
export interface StepEvents<E> {
  /** Every event a step names, and the others of a window where its row shows them legibly; in the data's order. */
  events: E[];
  /** The other events of the steps' windows, counted per day (of their start) and row; by day, then row. */
  density: DensityBin[];
}

type Placeable = {
  id: string;
  date: string;
  endDate?: string;
  type: string;
  counterpart?: "putin" | "zelensky";
};

/**
 * The events the graphic's data holds: every event a step names, and each other event in a
 * step's window, as a mark where one of its windows holds at most MAX_MARKS_PER_ROW events in
 * its row, else counted in its day's bin. Each event in a window is either held or counted
 * once; events in no window are neither (the overview counts Trump's contacts).
 */
export function eventsForSteps<E extends Placeable>(
  events: readonly E[],
  steps: readonly StepDefinition[],
  limits: [number, number],
  deadlineList: readonly Deadline[] = [],
): StepEvents<E> {
  const named = new Set(steps.flatMap((step) => [...step.events, ...(step.context ?? [])]));
  const windows = steps.map((step) => stepWindow(events, step, limits, deadlineList));
  const placed = events.map((event) => {
    const [first, last] = [ms(event.date), ms(event.endDate ?? event.date)];
    const inWindows = windows.flatMap(([start, end], i) => (last >= start && first < end ? [i] : []));
    return { event, row: sequenceRow(event), inWindows };
  });
  const perWindowRow = new Map<string, number>();
  for (const { row, inWindows } of placed)
    for (const i of inWindows) perWindowRow.set(`${i} ${row}`, (perWindowRow.get(`${i} ${row}`) ?? 0) + 1);
  const held: E[] = [];
  const counts = new Map<string, number>();
  for (const { event, row, inWindows } of placed) {
    if (named.has(event.id) || inWindows.some((i) => perWindowRow.get(`${i} ${row}`)! <= MAX_MARKS_PER_ROW))
      held.push(event);
    else if (inWindows.length > 0) {
      const key = `${event.date} ${row}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const density = [...counts].map(([key, count]): DensityBin => {
    const [day, row] = key.split(" ");
    return [day, row as SequenceRow, count];
  });
  return {
    events: held,
    density: density.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1])),
  };
}

/** The overview's lanes: Trump's contacts with Putin and with Zelensky. */
export type OverviewLane = "putin" | "zelensky";

/** The overview strip's summary: from the start of the term to the last event, counts per week and lane. */
export interface OverviewSummary {
  from: string;
  /** The last day shown (the last event's, or the last deadline's end where later). */
  until: string;
  /** [Monday of the week (ISO), lane, count], weeks without events left out. */
  bins: [string, OverviewLane, number][];
}

/** Counts of Trump's contacts per week (from Monday) and lane. */
export function overviewSummary(
  events: readonly { date: string; counterpart?: string }[],
  from: string,
  until: string,
): OverviewSummary {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (event.counterpart !== "putin" && event.counterpart !== "zelensky") continue;
    const day = ms(event.date);
    const monday = iso(day - ((new Date(day).getUTCDay() + 6) % 7) * DAY);
    const key = `${monday} ${event.counterpart}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bins = [...counts].map(([key, count]) => {
    const [week, lane] = key.split(" ");
    return [week, lane as OverviewLane, count] as [string, OverviewLane, number];
  });
  return { from, until, bins: bins.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1])) };
}

/** The steps of a story's text: each `<section class="step" data-events="…" data-context="…">`. */
export function storySteps(text: string): StepDefinition[] {
  const ids = (value: string | undefined) => (value ?? "").split(/\s+/).filter(Boolean);
  return [...text.matchAll(/<section class="step"[^>]*>/g)].map(([tag]) => ({
    id: /\bid="([^"]*)"/.exec(tag)?.[1],
    events: ids(/\bdata-events="([^"]*)"/.exec(tag)?.[1]),
    context: ids(/\bdata-context="([^"]*)"/.exec(tag)?.[1]),
  }));
}

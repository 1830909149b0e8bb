/**
 * The one place where the charts take story-wide facts from the data. Charts draw
 * what they are given and derive no fact themselves: the term's start, the calls
 * chart's zoom window and the halt periods come from the story data (src/lib/story.ts,
 * derive.ts). Where the story data does not carry a fact yet, it falls back here,
 * and nowhere else.
 */
// Types only: lib/derive.ts runs arquero, which must never reach the reader's browser.
import type { DeliveryPhase, HaltPeriod } from "../lib/derive.js";
import type { StoryData, StoryEvent } from "../lib/story.js";

/** The days the calls chart enlarges when the data names none (synthetic data without a halt). */
const DEFAULT_CALLS_ZOOM: [string, string] = ["2025-07-01", "2025-07-09"];

/** What the story data may say about itself beyond what every version carries. */
type Meta = StoryData["meta"] & { termStart?: string; callsZoom?: [string, string] };

/**
 * Trump's first day in office: where the calls and deliveries charts start. Until the
 * story data names it, the first delivery phase starts there (lib/derive.ts); data
 * without phases (synthetic benchmarks) starts at its first event.
 */
export function termStartOf(data: {
  meta: Meta;
  deliveryPhases?: readonly DeliveryPhase[];
  events: readonly { date: string }[];
}): string {
  return (
    data.meta.termStart ??
    data.deliveryPhases?.[0]?.start ??
    data.events.reduce((first, event) => (event.date < first ? event.date : first), data.meta.dataUntil)
  );
}

/** First and last day (ISO) that the calls chart enlarges: the story data's (lib/derive.ts callsZoom). */
export const callsZoomOf = (data: { meta: Meta; callsZoom?: [string, string] }): [string, string] =>
  data.callsZoom ?? data.meta.callsZoom ?? DEFAULT_CALLS_ZOOM;

/** The halt period that a delivery phase is, if it is one (the story data marks it `halted`, with its days). */
export function haltOf(phase: DeliveryPhase, halts: readonly HaltPeriod[]): HaltPeriod | undefined {
  return phase.halted ? halts.find((halt) => halt.start === phase.start) : undefined;
}

/** Statements the positions chart quotes in full, in groups: what each side said when a halt began, and when it ended. */
export interface StatementGroup {
  /** What the statements answer: the start or the end of a halt (or, without a halt, the latest word of each side). */
  moment: "halt_start" | "halt_end" | "latest";
  /** The day of that moment (ISO). */
  date: string;
  events: StoryEvent[];
}

/**
 * The key statements of the positions chart. The story data may name them
 * (`keyStatements`, event ids, in groups); until it does, they are chosen here
 * by one rule: for each halt that begins within the statements shown, the first
 * statement of each side on or after the day it began, then on or after the day
 * it ended. Without such a halt: the latest statement of each side.
 */
export function keyStatementsOf(
  data: { haltPeriods?: readonly HaltPeriod[]; keyStatements?: StatementGroup[] },
  statements: readonly StoryEvent[],
  sideOf: (event: StoryEvent) => string,
): StatementGroup[] {
  if (data.keyStatements) return data.keyStatements;
  const firstDay = statements[0]?.date ?? "";
  const firstOfEachSide = (from: string, until = "9999-12-31") => {
    const seen = new Set<string>();
    return statements.filter((event) => {
      if (event.date < from || event.date >= until || seen.has(sideOf(event))) return false;
      seen.add(sideOf(event));
      return true;
    });
  };
  const groups = (data.haltPeriods ?? [])
    .filter((halt) => halt.start >= firstDay)
    .flatMap((halt): StatementGroup[] => [
      { moment: "halt_start", date: halt.start, events: firstOfEachSide(halt.start, halt.end) },
      { moment: "halt_end", date: halt.end, events: firstOfEachSide(halt.end) },
    ])
    .filter((group) => group.events.length > 0);
  if (groups.length > 0) return groups;
  const latest = new Map<string, StoryEvent>();
  for (const event of statements) latest.set(sideOf(event), event);
  const events = [...latest.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return events.length > 0 ? [{ moment: "latest", date: events[events.length - 1].date, events }] : [];
}

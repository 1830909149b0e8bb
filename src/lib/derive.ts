/**
 * The module of facts: everything the story derives from the events, never typed
 * by hand: the start of the term, the number of each Trump–Putin call, the days
 * between calls, the phases of US deliveries and the halts among them, the days
 * the calls chart enlarges, and the period the data covers. Computed once here,
 * handed to charts and prose through the story's data (story.ts). Runs at build time with arquero.
 */
import { escape, from } from "arquero";
import { daysBetween } from "./format.js";
import type { Row } from "./schema.js";

type Event = Row<"events">;

/**
 * Trump's second term began on 20 January 2025: calls are counted from then, and the
 * charts start there. The one place this date is written; everything else reads it from
 * the story's data (meta.termStart).
 */
export const TERM_START = "2025-01-20";

export interface NumberedCall {
  id: string;
  date: string;
  callNumber: number;
  /** Days since the previous Trump–Putin call; undefined for the first. */
  daysSincePrevious?: number;
}

export const isCallBetween = (event: Pick<Event, "type" | "status" | "actors">, a: string, b: string) =>
  event.type === "call" &&
  event.status === "occurred" &&
  event.actors.includes(a) &&
  event.actors.includes(b);

/** Every Trump–Putin call since TERM_START, numbered in order of date and time. */
export function trumpPutinCalls(events: readonly Event[]): NumberedCall[] {
  return (
    from(events.filter((event) => event.date >= TERM_START && isCallBetween(event, "trump", "putin")))
      .select("id", "date", "time")
      .derive({ sortTime: escape((d: Event) => d.time ?? "") })
      .orderby("date", "sortTime")
      // Window functions as strings: arquero parses them, whatever a bundler does to `op`.
      .derive({ callNumber: "() => op.row_number()", previous: "d => op.lag(d.date, 1)" })
      .derive({
        daysSincePrevious: escape((d: { date: string; previous?: string }) =>
          d.previous ? daysBetween(d.previous, d.date) : undefined,
        ),
      })
      .select("id", "date", "callNumber", "daysSincePrevious")
      .objects() as NumberedCall[]
  );
}

export type DeliveryStatus = NonNullable<Event["delivery_status"]>;

export interface DeliveryPhase {
  status: DeliveryStatus;
  /** First day of the phase (ISO). */
  start: string;
  /** First day of the next phase, or the end of the period shown (exclusive). */
  end: string;
  /** The decision that began the phase; undefined for the state before the first decision. */
  startEvent?: string;
  /** The decision that ended it. */
  endEvent?: string;
  /** Whole days from start to end. */
  days: number;
  /** Deliveries halted, fully or partly. */
  halted: boolean;
}

const HALTED: ReadonlySet<DeliveryStatus> = new Set(["halted_all", "halted_partly"]);

/**
 * The state of US deliveries from TERM_START to `until`: deliveries flow until a
 * weapons decision with a delivery_status changes that; consecutive decisions
 * with the same status extend one phase.
 */
export function deliveryPhases(events: readonly Event[], until: string): DeliveryPhase[] {
  const decisions = from(
    events.filter(
      (event) =>
        event.type === "weapons_decision" && event.delivery_status !== undefined && event.date >= TERM_START,
    ),
  )
    .select("id", "date", "time", "delivery_status")
    .derive({ sortTime: escape((d: Event) => d.time ?? "") })
    .orderby("date", "sortTime")
    .objects() as Pick<Event, "id" | "date" | "delivery_status">[];
  const phases: Omit<DeliveryPhase, "days" | "halted">[] = [
    { status: "flowing", start: TERM_START, end: until },
  ];
  for (const decision of decisions) {
    const current = phases[phases.length - 1];
    if (decision.delivery_status === current.status) continue;
    current.end = decision.date;
    current.endEvent = decision.id;
    phases.push({
      status: decision.delivery_status!,
      start: decision.date,
      end: until,
      startEvent: decision.id,
    });
  }
  return phases
    .filter((phase) => phase.start < phase.end || phase.end === until)
    .map((phase) => ({
      ...phase,
      days: daysBetween(phase.start, phase.end),
      halted: HALTED.has(phase.status),
    }));
}

export interface HaltPeriod extends DeliveryPhase {
  status: "halted_all" | "halted_partly";
  halted: true;
}

/** The periods in which deliveries were halted, fully or partly. */
export function haltPeriods(phases: readonly DeliveryPhase[]): HaltPeriod[] {
  return phases.filter((phase): phase is HaltPeriod => phase.halted);
}

/**
 * The days the calls chart enlarges: from the start of the latest halt to the last
 * weapons decision before deliveries changed again after it (in July 2025: from the
 * halt on 1 July to the first deliveries resuming on 9 July). Undefined without a halt.
 */
export function callsZoom(
  events: readonly Pick<Event, "type" | "date">[],
  phases: readonly DeliveryPhase[],
): [string, string] | undefined {
  const index = phases.reduce((last, phase, i) => (phase.halted ? i : last), -1);
  if (index < 0) return undefined;
  const halt = phases[index];
  // The phase the halt gave way to ends at the next change in deliveries (or with the data).
  const until = phases[index + 1]?.end ?? halt.end;
  const last = events.reduce(
    (latest, event) =>
      event.type === "weapons_decision" && event.date < until && event.date > latest ? event.date : latest,
    halt.end,
  );
  return [halt.start, last];
}

/** The first and the last day the events cover (the later of date and end_date). */
export function coverage(events: readonly Event[]): { from: string; until: string } {
  const from = events.reduce(
    (first, event) => (event.date < first ? event.date : first),
    lastEventDate(events),
  );
  return { from, until: lastEventDate(events) };
}

/** The last day the events cover (the later of date and end_date). */
export function lastEventDate(events: readonly Event[]): string {
  return events.reduce((last, event) => {
    const end = event.end_date ?? event.date;
    return end > last ? end : last;
  }, TERM_START);
}

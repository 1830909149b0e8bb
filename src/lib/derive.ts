/**
 * Facts derived from the events, never typed by hand: the number of each
 * Trump–Putin call, the days between calls, and the phases of US deliveries.
 * Runs at build time with arquero.
 */
import { escape, from } from "arquero";
import { daysBetween } from "./format.js";
import type { Row } from "./schema.js";

type Event = Row<"events">;

/** Trump's second term began on 20 January 2025; calls are counted from then. */
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
}

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
  const phases: DeliveryPhase[] = [{ status: "flowing", start: TERM_START, end: until }];
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
  return phases.filter((phase) => phase.start < phase.end || phase.end === until);
}

export interface HaltPeriod extends DeliveryPhase {
  status: "halted_all" | "halted_partly";
  days: number;
}

/** The periods in which deliveries were halted, fully or partly. */
export function haltPeriods(phases: readonly DeliveryPhase[]): HaltPeriod[] {
  return phases
    .filter(
      (phase): phase is DeliveryPhase & { status: HaltPeriod["status"] } =>
        phase.status === "halted_all" || phase.status === "halted_partly",
    )
    .map((phase) => ({ ...phase, days: daysBetween(phase.start, phase.end) }));
}

/** The last day the events cover (the later of date and end_date). */
export function lastEventDate(events: readonly Event[]): string {
  return events.reduce((last, event) => {
    const end = event.end_date ?? event.date;
    return end > last ? end : last;
  }, TERM_START);
}

/**
 * The module of facts: everything the story derives from the events, never typed
 * by hand: the number of each Trump–Putin call since the start of the term
 * (TERM_START, story-window.ts), the days between calls, the phases of US deliveries and the halts among them, the days
 * the calls chart enlarges, and the period the data covers. Computed once here,
 * handed to charts and prose through the story's data (story.ts). Runs at build time with arquero.
 */
import { escape, from } from "arquero";
import { daysBetween } from "./dates.js";
import type { Row } from "./schema.js";
import { TERM_START } from "./story-window.js";
import type { DeliveryPhase, HaltPeriod, KeyStatementGroup, NumberedCall } from "./story-types.js";
import type { DeliveryStatus } from "./vocabularies.js";

export type { DeliveryPhase, HaltPeriod, KeyStatementGroup, NumberedCall } from "./story-types.js";

type Event = Row<"events">;

export const isCallBetween = (event: Pick<Event, "type" | "status" | "actors">, a: string, b: string) =>
  event.type === "call" &&
  event.status === "occurred" &&
  event.actors.includes(a) &&
  event.actors.includes(b);

/** Every Trump–Putin call since TERM_START, numbered in order of date and time. */
export function trumpPutinCalls(events: readonly Event[]): NumberedCall[] {
  return (
    // Only the columns used are copied into arquero's table (all 27 would cost more than the rest),
    // which also gives a table without calls its columns.
    from(
      events.filter((event) => event.date >= TERM_START && isCallBetween(event, "trump", "putin")),
      ["id", "date", "time"],
    )
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
    ["id", "date", "time", "delivery_status"],
  )
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
    .map((phase, index, kept) => {
      const after = index > 0 && HALTED.has(kept[index - 1].status);
      const reported = after ? reportedResumption(events, phase) : undefined;
      return {
        ...phase,
        days: daysBetween(phase.start, phase.end),
        halted: HALTED.has(phase.status),
        ...(reported && !HALTED.has(phase.status) ? { reported } : {}),
      };
    });
}

/**
 * The first weapons decision within a phase after a halt that changes no state: when
 * it is dated by its report and less than certain, the phase began with an
 * announcement and this report is all that says it was carried out.
 */
function reportedResumption(
  events: readonly Event[],
  phase: Pick<DeliveryPhase, "start" | "end">,
): DeliveryPhase["reported"] {
  const first = events
    .filter(
      (event) =>
        event.type === "weapons_decision" &&
        event.delivery_status === undefined &&
        event.date > phase.start &&
        event.date < phase.end,
    )
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  return first && first.date_precision === "reported" && first.confidence !== "high"
    ? { date: first.date, event: first.id }
    : undefined;
}

/** The periods in which deliveries were halted, fully or partly. */
export function haltPeriods(phases: readonly DeliveryPhase[]): HaltPeriod[] {
  return phases.filter((phase): phase is HaltPeriod => phase.halted);
}

/**
 * The days the calls chart enlarges: from the start of the latest halt to the report
 * that deliveries resumed, where the phase after the halt has one (in July 2025: from
 * the halt on 1 July to the first deliveries reported resuming on 9 July), else to the
 * last weapons decision before deliveries changed again. Undefined without a halt.
 */
export function callsZoom(
  events: readonly Pick<Event, "type" | "date">[],
  phases: readonly DeliveryPhase[],
): [string, string] | undefined {
  const index = phases.reduce((last, phase, i) => (phase.halted ? i : last), -1);
  if (index < 0) return undefined;
  const halt = phases[index];
  const resumed = phases[index + 1]?.reported;
  if (resumed) return [halt.start, resumed.date];
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

/**
 * The first day the positions chart shows: the week before the July 2025 halt, so
 * that each side's words before, during and after it stand side by side.
 */
export const POSITIONS_SINCE = "2025-06-25";

/** The side a statement speaks for: its speaker's, Europe and NATO as one voice (one row of the positions chart). */
const voiceOf = (side: string) => (side === "nato" ? "europe" : side);

/**
 * The key statements the positions chart numbers and quotes in full, chosen by one
 * rule among the quoted statements since `since`: for each halt that begins within
 * them, the first statement of each side on or after the day it began (before it
 * ended), then on or after the day it ended. Without such a halt: the latest
 * statement of each side.
 */
export function keyStatements(
  events: readonly Pick<Event, "id" | "date" | "time" | "quote" | "quote_speaker">[],
  actors: readonly Pick<Row<"actors">, "id" | "side">[],
  halts: readonly Pick<HaltPeriod, "start" | "end">[],
  since = POSITIONS_SINCE,
): KeyStatementGroup[] {
  const sides = new Map(actors.map((actor) => [actor.id, voiceOf(actor.side)]));
  const sideOf = (event: (typeof events)[number]) => sides.get(event.quote_speaker!) ?? "other";
  const statements = events
    .filter((event) => event.quote && event.date >= since)
    .sort((a, b) => compareDayTime(a, b));
  const firstDay = statements[0]?.date ?? "";
  const firstOfEachSide = (from: string, until = "9999-12-31") => {
    const seen = new Set<string>();
    return statements.filter((event) => {
      if (event.date < from || event.date >= until || seen.has(sideOf(event))) return false;
      seen.add(sideOf(event));
      return true;
    });
  };
  const groups = halts
    .filter((halt) => halt.start >= firstDay)
    .flatMap((halt): KeyStatementGroup[] => [
      {
        moment: "halt_start",
        date: halt.start,
        ids: firstOfEachSide(halt.start, halt.end).map(({ id }) => id),
      },
      { moment: "halt_end", date: halt.end, ids: firstOfEachSide(halt.end).map(({ id }) => id) },
    ])
    .filter((group) => group.ids.length > 0);
  if (groups.length > 0) return groups;
  const latest = new Map<string, (typeof statements)[number]>();
  for (const event of statements) latest.set(sideOf(event), event);
  const last = [...latest.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return last.length > 0
    ? [{ moment: "latest", date: last[last.length - 1].date, ids: last.map(({ id }) => id) }]
    : [];
}

/** Events in the story's order: by date, then time of day (none first). */
function compareDayTime(a: { date: string; time?: string }, b: { date: string; time?: string }): number {
  const key = (event: { date: string; time?: string }) => `${event.date} ${event.time ?? ""}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

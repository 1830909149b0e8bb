/**
 * The one place where the charts take story-wide facts from the data. Charts draw
 * what they are given and derive no fact themselves: the term's start, the calls
 * chart's zoom window, the halt periods and the positions chart's key statements
 * come from the story data (src/lib/story.ts, derive.ts); this module only reads them.
 */
// Types only: lib/derive.ts runs arquero, which must never reach the reader's browser.
import type { DeliveryPhase, HaltPeriod, KeyStatementGroup } from "../lib/derive.js";
import type { StoryData, StoryEvent } from "../lib/story.js";

/** What the story data may say about itself beyond what every version carries. */
type Meta = Omit<StoryData["meta"], "termStart"> & { termStart?: string };

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

/** The halt period that a delivery phase is, if it is one (the story data marks it `halted`, with its days). */
export function haltOf(phase: DeliveryPhase, halts: readonly HaltPeriod[]): HaltPeriod | undefined {
  return phase.halted ? halts.find((halt) => halt.start === phase.start) : undefined;
}

/** Statements the positions chart quotes in full, in groups: what each side said when a halt began, and when it ended. */
export interface StatementGroup extends Omit<KeyStatementGroup, "ids"> {
  events: StoryEvent[];
}

/**
 * The key statements of the positions chart, as the story data names them
 * (lib/derive.ts keyStatements, event ids in groups), among the statements shown;
 * a group with none of them shown is left out.
 */
export function keyStatementsOf(
  data: { keyStatements?: readonly KeyStatementGroup[] },
  statements: readonly StoryEvent[],
): StatementGroup[] {
  const shown = new Map(statements.map((event) => [event.id, event]));
  return (data.keyStatements ?? [])
    .map(({ ids, ...group }) => ({
      ...group,
      events: ids.flatMap((id) => shown.get(id) ?? []),
    }))
    .filter((group) => group.events.length > 0);
}

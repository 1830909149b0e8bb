/**
 * The period the story covers: an event dated outside it is almost always a typo
 * (2052 for 2025) or a spreadsheet's date conversion. Change it here, and only here,
 * when the story's period changes.
 */

/**
 * Trump's second term began on 20 January 2025: calls are counted from then, and the
 * charts start there. The one place this date is written; everything else reads it from
 * here or from the story's data (meta.termStart).
 */
export const TERM_START = "2025-01-20";

export const STORY_WINDOW = {
  /** Trump's second inauguration: the story counts his calls from here. */
  from: TERM_START,
  /** The end of the year the story is about. */
  to: "2025-12-31",
} as const;

/** Why an ISO date lies outside the story's window, or undefined when it lies inside. */
export function outsideWindow(iso: string, period: { from: string; to: string } = STORY_WINDOW) {
  if (iso < period.from) return `is before the story's period (${period.from} to ${period.to})`;
  if (iso > period.to) return `is after the story's period (${period.from} to ${period.to})`;
  return undefined;
}

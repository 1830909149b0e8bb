/**
 * The one place where the charts take story-wide facts from the data. Charts draw
 * what they are given and derive no fact themselves: the term's start, the calls
 * chart's zoom window and the halt periods come from the story data (src/lib/story.ts,
 * derive.ts). Where the story data does not carry a fact yet, it falls back here,
 * and nowhere else.
 */
import { TERM_START, type DeliveryPhase, type HaltPeriod } from "../lib/derive.js";
import type { StoryData } from "../lib/story.js";

/** The days the calls chart enlarges when the story data names none: the two calls and the halt. */
const DEFAULT_CALLS_ZOOM: [string, string] = ["2025-07-01", "2025-07-09"];

/** What the story data may say about itself beyond what every version carries. */
type Meta = StoryData["meta"] & { termStart?: string; callsZoom?: [string, string] };

/** Trump's first day in office: where the calls and deliveries charts start. */
export const termStartOf = (meta: Meta): string => meta.termStart ?? TERM_START;

/** First and last day (ISO) that the calls chart enlarges. */
export const callsZoomOf = (meta: Meta): [string, string] => meta.callsZoom ?? DEFAULT_CALLS_ZOOM;

/** The halt period that a delivery phase is, if it is one (by its start: phases do not overlap). */
export function haltOf(phase: DeliveryPhase, halts: readonly HaltPeriod[]): HaltPeriod | undefined {
  return halts.find((halt) => halt.start === phase.start && halt.status === phase.status);
}

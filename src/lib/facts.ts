/**
 * The derived facts that the story's prose relies on, and the check that tells an
 * editor when one of them changed: the text around a placeholder was written for
 * one value ("Nach sechs Tagen war der Stopp vorbei"); a new row in the data can make
 * it another (one day), and then the sentence must be read again before publishing.
 * The values last confirmed are committed in story/facts.json (`npm run confirm-facts`).
 */
import { deliveryPhases, haltPeriods, lastEventDate, trumpPutinCalls } from "./derive.js";
import type { DataError } from "./errors.js";
import type { Dataset } from "./validate.js";

export const FACTS_FILE = "story/facts.json";

/** The call the story is about; its number and distance to the previous call are facts of the prose. */
const SIXTH_CALL = "2025-07-03-trump-putin-call";

export type Facts = Record<string, string | number>;

/** Each fact with the placeholders of story/*.md that put it into words. */
export const FACT_PLACEHOLDERS: Record<string, readonly string[]> = {
  "sixthCall.callNumber": ["sixthCall.ordinal"],
  "sixthCall.daysSincePrevious": ["sixthCall.daysSincePrevious"],
  "sixthCall.date": ["sixthCall.time"],
  "marchHalt.start": ["marchHalt.days"],
  "marchHalt.end": ["marchHalt.days"],
  "marchHalt.days": ["marchHalt.days"],
  "julyHalt.start": ["julyHalt.days"],
  "julyHalt.end": ["julyHalt.days"],
  "julyHalt.days": ["julyHalt.days"],
  "halts.count": [],
};

export function proseFacts(data: Dataset): Facts {
  const events = data.events.rows;
  const sixth = trumpPutinCalls(events).find((call) => call.id === SIXTH_CALL);
  const [march, july] = haltPeriods(deliveryPhases(events, lastEventDate(events)));
  const missing = "missing";
  return {
    "sixthCall.callNumber": sixth?.callNumber ?? missing,
    "sixthCall.daysSincePrevious": sixth?.daysSincePrevious ?? missing,
    "sixthCall.date": sixth?.date ?? missing,
    "marchHalt.start": march?.start ?? missing,
    "marchHalt.end": march?.end ?? missing,
    "marchHalt.days": march?.days ?? missing,
    "julyHalt.start": july?.start ?? missing,
    "julyHalt.end": july?.end ?? missing,
    "julyHalt.days": july?.days ?? missing,
    "halts.count": [march, july].filter(Boolean).length,
  };
}

/**
 * One error per fact whose value differs from the confirmed one, naming the lines of
 * story/*.md that use it. `stories` maps a file name to its text.
 */
export function changedFacts(current: Facts, confirmed: Facts, stories: Record<string, string>): DataError[] {
  const errors: DataError[] = [];
  for (const [name, value] of Object.entries(current)) {
    const before = confirmed[name];
    if (before === value) continue;
    const used = (FACT_PLACEHOLDERS[name] ?? []).flatMap((placeholder) => usesOf(placeholder, stories));
    errors.push({
      file: FACTS_FILE,
      line: 1,
      field: name,
      value: String(value),
      message: `${before === undefined ? "is new" : `was ${before}, is now ${value}`}: the prose may no longer fit${used.length ? ` (${[...new Set(used)].join(", ")})` : ""}`,
      allowed:
        "read those sentences in the preview, change the text if needed, then run npm run confirm-facts",
    });
  }
  return errors;
}

/** `story/de.md:103` for every line that holds {{placeholder}}. */
function usesOf(placeholder: string, stories: Record<string, string>): string[] {
  const pattern = new RegExp(`\\{\\{\\s*${placeholder.replace(/\./g, "\\.")}\\s*\\}\\}`);
  return Object.entries(stories).flatMap(([file, text]) =>
    text.split("\n").flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}`] : [])),
  );
}

/**
 * What the sticky graphic says in words: the short direct label of a mark, its
 * accessible name, and the one sentence announced at each step.
 */
import type { Lang } from "../../lib/format.js";
import { MESSAGES } from "../../lib/i18n/index.js";
import type { SequenceActor, SequenceEvent } from "../../lib/story.js";

/** The longest label drawn in full; longer ones are cut at a word. */
const MAX_LABEL_CHARS = 42;

const surname = (actor: SequenceActor | undefined, fallback: string) =>
  actor?.name?.split(" ").at(-1) ?? fallback;

/** A headline cut to at most `max` characters at a word, with an ellipsis. */
export function cut(text: string, max = MAX_LABEL_CHARS): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, space > max / 2 ? space : max - 1).replace(/[\s,:;–-]+$/, "")}…`;
}

/**
 * A mark's direct label: the story's own annotation where it gives one; for
 * Trump's contacts, who and which call ("6. Telefonat mit Putin"); else the
 * headline, shortened (after a leading context phrase such as "Hours after the call:").
 */
export function shortLabel(
  event: SequenceEvent,
  actors: Record<string, SequenceActor>,
  lang: Lang,
  annotations: Record<string, string> = {},
): string {
  const annotation = annotations[event.id];
  if (annotation) return annotation;
  const words = MESSAGES[lang].sequence;
  if (event.counterpart) {
    const name = surname(actors[event.counterpart], event.counterpart);
    const label = event.type === "call" ? words.call(event.callNumber, name) : words.meeting(name);
    return event.status === "not_held" ? `${label} (${words.notHeld})` : label;
  }
  return cut(event.headline);
}

/**
 * Shorter forms, where even the wrapped label finds no room: a numbered call without
 * the name its lane gives ("6. Telefonat", "6th call"), then its number ("6.", "6th");
 * another contact its kind ("Telefonat");
 * else the label cut short, then the day alone ("3. Juli"): on a phone, fewer words
 * beside the mark rather than a label standing away from it.
 */
export function shorterLabels(
  event: SequenceEvent,
  label: string,
  lang: Lang,
  months?: readonly string[],
): string[] {
  if (event.callNumber && event.counterpart)
    return [
      MESSAGES[lang].sequence.callShort(event.callNumber),
      MESSAGES[lang].ordinalDigits(event.callNumber),
    ];
  // A contact without a number: its kind alone ("Telefonat", "Treffen"), the lane names with whom.
  if (event.counterpart && (event.type === "call" || event.type === "meeting"))
    return [MESSAGES[lang].chart.type[event.type], ...(months ? [dayMonth(event.date, months, lang)] : [])];
  return [cut(label, 18), ...(months ? [dayMonth(event.date, months, lang)] : [])];
}

/** A mark's accessible name: "6. Telefonat mit Putin, 3. Juli 2025: Sechstes Telefonat: …". */
export function markName(event: SequenceEvent, label: string): string {
  return label === cut(event.headline)
    ? `${event.dateLabel}: ${event.headline}`
    : `${label}, ${event.dateLabel}: ${event.headline}`;
}

/** Day and short month of an ISO date: "3. Juli", "3 Jul". */
export function dayMonth(iso: string, months: readonly string[], lang: Lang): string {
  const [, month, day] = iso.split("-").map(Number);
  return MESSAGES[lang].sequence.dayMonth(day, months[month - 1]);
}

/**
 * The sentence announced when a step changes what the graphic shows: its
 * period and the labels of the highlighted events.
 */
export function stepSentence(
  period: [string, string],
  labels: { label: string; dateLabel: string }[],
  months: readonly string[],
  lang: Lang,
): string {
  const words = MESSAGES[lang].sequence;
  const year = period[1].slice(0, 4);
  const span = `${dayMonth(period[0], months, lang)} ${words.to} ${dayMonth(period[1], months, lang)} ${year}`;
  if (labels.length === 0) return `${words.shows} ${words.all}, ${span}.`;
  const list = labels.map(({ label, dateLabel }) => `${label} (${dateLabel})`).join("; ");
  return `${words.shows} ${span}, ${words.highlighted}: ${list}.`;
}

export const detailsAnnouncement = (headline: string, lang: Lang) =>
  `${MESSAGES[lang].sequence.details}: ${headline}`;

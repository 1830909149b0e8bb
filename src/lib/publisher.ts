/**
 * The publisher block of the story: newsroom, credits and publication date, in
 * one entry (its words are in each language's dictionary). No person is named:
 * the newsroom signs as a team.
 */
import { formatDate, type Lang } from "./format.js";
import { MESSAGES } from "./i18n/index.js";
import { typeset } from "./typography.js";

export const PUBLISHER = {
  /** The day the story was first published (the first entry of corrections.csv). */
  published: "2026-11-25",
} as const;

/** The values of the {{publisher.*}} placeholders of a story page. */
export function publisherValues(lang: Lang): Record<string, string> {
  return {
    "publisher.name": MESSAGES[lang].publisher.name,
    "publisher.credits": MESSAGES[lang].publisher.credits,
    "publisher.published": typeset(formatDate(PUBLISHER.published, lang), lang),
  };
}

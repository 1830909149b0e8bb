/**
 * The publisher block of the story: newsroom, credits and publication date, in
 * one entry. No person is named: the newsroom signs as a team.
 */
import { formatDate, type Lang } from "./format.js";
import { typeset } from "./typography.js";

export const PUBLISHER = {
  /** The day the story was first published (the first entry of corrections.csv). */
  published: "2026-11-25",
  name: { de: "Datenteam", en: "data team" },
  credits: {
    de: "Recherche, Faktencheck, Daten, Text und Grafik: Datenteam",
    en: "Research, fact check, data, text and graphics: Data team",
  },
} as const;

/** The values of the {{publisher.*}} placeholders of a story page. */
export function publisherValues(lang: Lang): Record<string, string> {
  return {
    "publisher.name": PUBLISHER.name[lang],
    "publisher.credits": PUBLISHER.credits[lang],
    "publisher.published": typeset(formatDate(PUBLISHER.published, lang), lang),
  };
}

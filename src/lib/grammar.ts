/**
 * Numbers inside sentences: a count with its noun, agreeing in number and (in
 * German) case, so that one day is never "eins Tagen" / "one days". Pure; used by
 * the placeholders of story/*.md that put a count before a noun.
 */
/* eslint-disable house/word-table -- a grammar table by design (nouns with gender and cases, counts,
   durations), typed Record<Lang, …>: a new language without its rules fails to type-check. */
import { cardinal, type Lang } from "./format.js";

/** The German cases a count can stand in: "ein Tag", "einen Tag", "nach einem Tag". */
export type Case = "nominative" | "accusative" | "dative";

export interface Noun {
  de: { singular: string; plural: string; pluralDative?: string; gender: "m" | "f" | "n" };
  en: { singular: string; plural: string };
}

export const NOUNS = {
  day: {
    de: { singular: "Tag", plural: "Tage", pluralDative: "Tagen", gender: "m" },
    en: { singular: "day", plural: "days" },
  },
  week: {
    de: { singular: "Woche", plural: "Wochen", gender: "f" },
    en: { singular: "week", plural: "weeks" },
  },
  call: {
    de: { singular: "Telefonat", plural: "Telefonate", pluralDative: "Telefonaten", gender: "n" },
    en: { singular: "call", plural: "calls" },
  },
  event: {
    de: { singular: "Ereignis", plural: "Ereignisse", pluralDative: "Ereignissen", gender: "n" },
    en: { singular: "event", plural: "events" },
  },
  source: {
    de: { singular: "Quelle", plural: "Quellen", gender: "f" },
    en: { singular: "source", plural: "sources" },
  },
} as const satisfies Record<string, Noun>;

/** The German indefinite article "ein" declined: the word for one. */
const ONE_DE: Record<Case, Record<"m" | "f" | "n", string>> = {
  nominative: { m: "ein", f: "eine", n: "ein" },
  accusative: { m: "einen", f: "eine", n: "ein" },
  dative: { m: "einem", f: "einer", n: "einem" },
};

/** Per language, a count with its noun in the given case (English has none to mind). */
const COUNT: Record<Lang, (n: number, noun: Noun, grammaticalCase: Case) => string> = {
  de: (n, { de: { singular, plural, pluralDative, gender } }, grammaticalCase) =>
    n === 1
      ? `${ONE_DE[grammaticalCase][gender]} ${singular}`
      : `${cardinal(n, "de")} ${grammaticalCase === "dative" ? (pluralDative ?? plural) : plural}`,
  en: (n, { en: { singular, plural } }) => `${cardinal(n, "en")} ${n === 1 ? singular : plural}`,
};

/**
 * A count with its noun: count(1, NOUNS.day, "de", "dative") is "einem Tag",
 * count(6, NOUNS.day, "de", "dative") "sechs Tagen", count(1, NOUNS.day, "en") "one day".
 * Up to twelve in words, digits beyond ("13 Tagen"), as newspapers write them.
 */
export function count(n: number, noun: Noun, lang: Lang, grammaticalCase: Case = "nominative"): string {
  return COUNT[lang](n, noun, grammaticalCase);
}

const DURATION: Record<Lang, (days: number) => string> = {
  de: (days) => `${count(days, NOUNS.day, "de", "accusative")} lang`,
  en: (days) => `for ${count(days, NOUNS.day, "en")}`,
};

/** "ein Tag lang" / "sechs Tage lang"; "for one day" / "for six days". */
export function duration(days: number, lang: Lang): string {
  return DURATION[lang](days);
}

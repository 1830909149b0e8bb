/**
 * The languages of the story: one dictionary per language, each satisfying Messages.
 * A language is a key of MESSAGES; adding one to dictionaries.ts (and its dictionary file)
 * is what a new edition takes in code; the data brings its text in columns of its own
 * (headline_xx, …). In a reader's browser MESSAGES holds the page's language only.
 */
import * as DICTIONARIES from "./dictionaries.js";
import type { Messages } from "./messages.js";

export type { ChartWords, Messages, PositionRow, SequenceRow } from "./messages.js";
export { PLACE_ZONES, type PlaceZone } from "./messages.js";

export const MESSAGES = DICTIONARIES satisfies Record<string, Messages>;

export type Lang = keyof typeof MESSAGES;

/** The language of the story's main edition, at the site's root. */
export const DEFAULT_LANG: Lang = "de";

/** Every language, the story's first (German) first. */
export const LANGS = (Object.keys(MESSAGES) as Lang[]).sort(
  (a, b) => Number(b === DEFAULT_LANG) - Number(a === DEFAULT_LANG),
);

export const isLang = (code: unknown): code is Lang => LANGS.includes(code as Lang);

/** A language code (e.g. an <html lang>) as one of ours; the default language for any other. */
export const langOf = (code: string | null | undefined): Lang => (isLang(code) ? code : DEFAULT_LANG);

/** A language's words. */
export const messages = (lang: Lang): Messages => MESSAGES[lang];

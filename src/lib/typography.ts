/**
 * Newsroom typography, applied where text is produced (the story's data and the
 * story's Markdown), so that no editor has to type a non-breaking space.
 *
 * German: "3.&nbsp;Juli", "10&nbsp;Uhr", "z.&nbsp;B.", a number and its unit
 * kept together; „…“ outside, ‚…‘ inside; "Prozent" written out.
 * English: curly quotes and apostrophes; one time format (10am, 6.30pm).
 */
/* eslint-disable house/word-table -- each language's typesetting rules (code, not words), in a
   Record<Lang, …> that a new language must complete. */
import type { Lang } from "./i18n/index.js";
import type { StoryData, StoryEvent, StoryQuote, StorySource } from "./story-types.js";

export const NBSP = "\u00a0";

const MONTHS_DE =
  "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.|Feb\\.|Apr\\.|Aug\\.|Sept?\\.|Okt\\.|Nov\\.|Dez\\.";
const UNITS_DE =
  "Uhr|Prozent|Minuten|Stunden|Tage|Tagen|Wochen|Jahre|Jahren|Millionen|Milliarden|Dollar|Euro|km|mm|Min\\.|Std\\.";
const ABBREVIATIONS_DE = ["z. B.", "u. a.", "d. h.", "v. a.", "z. T.", "o. Ä.", "u. U.", "a. i.", "i. d. R."];

/** A number, or a placeholder that the template fills with one ("{{julyHalt.days}}"). */
const NUMBER = String.raw`(\d|\}\})`;

/** Typesets plain text (no markup) in the reader's language. Idempotent. */
export function typeset(text: string, lang: Lang): string {
  return TYPESETTERS[lang](text);
}

const MONTH_SPACE_DE = new RegExp(String.raw`(\d{1,2}\.) (?=(?:${MONTHS_DE})(?![\p{L}]))`, "gu");
const UNIT_SPACE_DE = new RegExp(`${NUMBER} (?=(?:${UNITS_DE})(?![\\p{L}]))`, "gu");
/** The same pattern without the global flag, for a test that keeps no lastIndex between texts. */
const UNIT_AFTER_NUMBER_DE = new RegExp(UNIT_SPACE_DE.source, "u");

/** A date as the desk sets it: in German a non-breaking space between day and month ("3.&nbsp;Juli"). */
export function bindDate(text: string, lang: Lang): string {
  return DATE_BINDERS[lang](text);
}

const DATE_BINDERS: Record<Lang, (text: string) => string> = {
  de: (text) => text.replace(MONTH_SPACE_DE, `$1${NBSP}`),
  en: (text) => text,
};

function typesetGerman(text: string): string {
  let out = text;
  // Each rule runs only where its characters occur (a test is cheaper than a replace that finds
  // nothing): a day before a month is written "3. Juli", a number before "%" or a unit.
  if (out.includes(". ")) out = bindDate(out, "de");
  if (out.includes("%")) out = out.replace(/(\d) ?%/g, `$1${NBSP}Prozent`);
  if (UNIT_AFTER_NUMBER_DE.test(out)) out = out.replace(UNIT_SPACE_DE, `$1${NBSP}`);
  if (out.includes(". "))
    for (const abbreviation of ABBREVIATIONS_DE)
      if (out.includes(abbreviation)) out = out.split(abbreviation).join(abbreviation.replace(/ /g, NBSP));
  if (out.includes('"')) out = germanQuotes(out);
  if (out.includes("'")) {
    out = out.replace(/(^|[\s(„–—])'([^'\n]+)'(?=$|[\s.,;:!?)“–—])/g, "$1‚$2‘");
    // A typewriter apostrophe inside a word ("Trump's") becomes a typographic one.
    out = out.replace(/(\p{L})'(\p{L})/gu, "$1’$2");
  }
  return out;
}

/**
 * „…“ for each "…" within one line: what out.replace(/"([^"\n]*)"/g, "„$1“") gives
 * (tests/typography.test.ts compares them), found with indexOf, which takes a fifth of
 * the regular expression's time on 100k summaries.
 */
export function germanQuotes(text: string): string {
  let out = "";
  // The text before `from` is in `out`.
  let from = 0;
  let newline = text.indexOf("\n");
  for (let open = text.indexOf('"'); open >= 0;) {
    const close = text.indexOf('"', open + 1);
    if (close < 0) break;
    while (newline >= 0 && newline < open) newline = text.indexOf("\n", newline + 1);
    // A line break before the next quote: this quote opens nothing, the next one may.
    if (newline >= 0 && newline < close) {
      open = close;
      continue;
    }
    out += `${text.slice(from, open)}„${text.slice(open + 1, close)}“`;
    from = close + 1;
    open = text.indexOf('"', from);
  }
  return from === 0 ? text : out + text.slice(from);
}

function typesetEnglish(text: string): string {
  let out = text;
  if (out.includes('"')) out = out.replace(/(^|[\s([–—])"/g, "$1“").replace(/"/g, "”");
  if (out.includes("'")) {
    out = out.replace(/(\p{L}|\d)'(\p{L}|s\b)/gu, "$1’$2");
    out = out.replace(/(^|[\s([“–—])'/g, "$1‘").replace(/'/g, "’");
  }
  if (/\d/.test(out)) {
    out = out.replace(
      /\b(\d{1,2})(?:[.:](\d{2}))? ?([ap])\.m\./g,
      (_, hours: string, minutes: string, half: string) => britishTime(Number(hours), minutes, half),
    );
    out = out.replace(
      /(?<![\d:])\b([01]?\d|2[0-3]):([0-5]\d)\b(?!:)/g,
      (_, hours: string, minutes: string) => {
        const h = Number(hours);
        return britishTime(h % 12 === 0 ? 12 : h % 12, minutes, h < 12 ? "a" : "p");
      },
    );
    out = out.replace(/(\d) (?=(?:am|pm)\b)/g, "$1");
  }
  return out;
}

/** Each language's rules; a quote in a language without rules keeps its typography. */
const TYPESETTERS: Record<Lang, (text: string) => string> = { de: typesetGerman, en: typesetEnglish };

function britishTime(hours: number, minutes: string | undefined, half: string): string {
  return `${hours}${minutes && minutes !== "00" ? `.${minutes}` : ""}${half}m`;
}

/**
 * Typesets the text of a Markdown page with embedded HTML: only text outside
 * code fences, inline code, tags, Framework expressions (${…}), template
 * placeholders ({{…}}) and evidence markers ([[…]]) is changed.
 */
export function typesetMarkdown(markdown: string, lang: Lang): string {
  // Code and data blocks (```js, <script type="application/json">) keep their characters.
  const parts = markdown.split(/(^```[\s\S]*?^```$|^<script[\s\S]*?<\/script>$)/m);
  return parts
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .split(
              /(<[^>]*>|`[^`\n]*`|\$\{[^\n]*\}|\{\{[^}]*\}\}|\[\[[^\]]*\]\]|^---$[\s\S]*?^---$|^#{1,6} )/m,
            )
            .map((piece, pieceIndex) => (pieceIndex % 2 === 1 ? piece : typeset(piece, lang)))
            .join("")
            // A number the template fills in, before its unit: "{{julyHalt.days}} Tage".
            .replace(/\}\} (?=(?:Tage|Tagen|Uhr|Prozent|days)\b)/g, `}}${NBSP}`),
    )
    .join("");
}

/** Typesetting for one story: plain texts, and labels (dates, times, agencies) that repeat across events. */
export interface StoryTypesetter {
  lang: Lang;
  text(text: string): string;
  maybe(text: string | undefined): string | undefined;
  /** Typesets a label once per story; later calls with the same label return the first result. */
  label(text: string): string;
  maybeLabel(text: string | undefined): string | undefined;
  /** A quote's words keep their own language's rules; the translation follows the reader's. */
  quote(quote: StoryQuote): StoryQuote;
}

export function storyTypesetter(lang: Lang): StoryTypesetter {
  const text = TYPESETTERS[lang];
  const seen = new Map<string, string>();
  const label = (value: string) => {
    let out = seen.get(value);
    if (out === undefined) seen.set(value, (out = text(value)));
    return out;
  };
  return {
    lang,
    text,
    maybe: (value) => (value === undefined ? undefined : text(value)),
    label,
    maybeLabel: (value) => (value === undefined ? undefined : label(value)),
    quote: (quote) => ({
      ...quote,
      text: quote.lang in TYPESETTERS ? typeset(quote.text, quote.lang as Lang) : quote.text,
      translation: quote.translation === undefined ? undefined : text(quote.translation),
    }),
  };
}

/** A source as the story shows it: the agency's name typeset once per story (buildStory typesets as it joins). */
export function typesetSource(source: StorySource, set: StoryTypesetter): StorySource {
  return { ...source, via: set.maybeLabel(source.via) };
}

/** One event with every text a reader sees typeset. */
export function typesetEvent(e: StoryEvent, set: StoryTypesetter): StoryEvent {
  return {
    ...e,
    dateLabel: set.label(e.dateLabel),
    timeLabel: set.maybeLabel(e.timeLabel),
    timing: set.maybeLabel(e.timing),
    headline: set.text(e.headline),
    summary: set.text(e.summary),
    notes: set.maybe(e.notes),
    quote: e.quote && set.quote(e.quote),
    sources: e.sources.map((source) => typesetSource(source, set)),
  };
}

/** The story's data with every text a reader sees typeset; quotes keep their words and their own language's rules. */
export function typesetStory(story: StoryData): StoryData {
  const set = storyTypesetter(story.lang);
  return typesetAllButEvents({ ...story, events: story.events.map((e) => typesetEvent(e, set)) }, set);
}

/**
 * The story's texts other than its events typeset: buildStory typesets each event as it
 * builds it (one object per event instead of a plain one and a typeset copy).
 */
export function typesetAllButEvents(story: StoryData, set: StoryTypesetter): StoryData {
  const t = set.text;
  return {
    ...story,
    meta: {
      ...story.meta,
      updatedLabel: t(story.meta.updatedLabel),
      dataUntilLabel: t(story.meta.dataUntilLabel),
    },
    actors: Object.fromEntries(
      Object.entries(story.actors).map(([id, actor]) => [id, { ...actor, role: t(actor.role) }]),
    ),
    systems: story.systems.map((system) => ({
      ...system,
      system: t(system.system),
      quantity: t(system.quantity),
      reportedBy: t(system.reportedBy),
    })),
    factchecks: story.factchecks.map((check) => ({
      ...check,
      title: t(check.title),
      claim: t(check.claim),
      finding: t(check.finding),
    })),
    corrections: story.corrections.map((correction) => ({
      ...correction,
      dateLabel: t(correction.dateLabel),
      text: t(correction.text),
    })),
  };
}

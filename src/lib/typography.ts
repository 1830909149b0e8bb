/**
 * Newsroom typography, applied where text is produced (the story's data and the
 * story's Markdown), so that no editor has to type a non-breaking space.
 *
 * German: "3.&nbsp;Juli", "10&nbsp;Uhr", "z.&nbsp;B.", a number and its unit
 * kept together; „…“ outside, ‚…‘ inside; "Prozent" written out.
 * English: curly quotes and apostrophes; one time format (10am, 6.30pm).
 */
import type { Lang } from "./format.js";
import type { StoryData, StoryEvent } from "./story.js";

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
  // Each rule runs only where its characters occur: most texts need one or two of them.
  if (/\d|\}\}/.test(out)) {
    out = bindDate(out, "de");
    if (out.includes("%")) out = out.replace(/(\d) ?%/g, `$1${NBSP}Prozent`);
    out = out.replace(UNIT_SPACE_DE, `$1${NBSP}`);
  }
  if (out.includes(". "))
    for (const abbreviation of ABBREVIATIONS_DE)
      if (out.includes(abbreviation)) out = out.split(abbreviation).join(abbreviation.replace(/ /g, NBSP));
  if (out.includes('"')) out = out.replace(/"([^"\n]*)"/g, "„$1“");
  if (out.includes("'")) {
    out = out.replace(/(^|[\s(„–—])'([^'\n]+)'(?=$|[\s.,;:!?)“–—])/g, "$1‚$2‘");
    // A typewriter apostrophe inside a word ("Trump's") becomes a typographic one.
    out = out.replace(/(\p{L})'(\p{L})/gu, "$1’$2");
  }
  return out;
}

function typesetEnglish(text: string): string {
  let out = text;
  if (out.includes('"')) out = out.replace(/(^|[\s(\[–—])"/g, "$1“").replace(/"/g, "”");
  if (out.includes("'")) {
    out = out.replace(/(\p{L}|\d)'(\p{L}|s\b)/gu, "$1’$2");
    out = out.replace(/(^|[\s(\[“–—])'/g, "$1‘").replace(/'/g, "’");
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

/** The story's data with every text a reader sees typeset; quotes keep their words and their own language's rules. */
export function typesetStory(story: StoryData): StoryData {
  const t = (text: string) => typeset(text, story.lang);
  // Labels such as dates, times and agencies repeat across events: each is typeset once.
  const seen = new Map<string, string>();
  const label = (text: string) => {
    let out = seen.get(text);
    if (out === undefined) seen.set(text, (out = t(text)));
    return out;
  };
  const maybe = (text: string | undefined) => (text === undefined ? undefined : t(text));
  const maybeLabel = (text: string | undefined) => (text === undefined ? undefined : label(text));
  const event = (e: StoryEvent): StoryEvent => ({
    ...e,
    dateLabel: label(e.dateLabel),
    timeLabel: maybeLabel(e.timeLabel),
    timing: maybeLabel(e.timing),
    headline: t(e.headline),
    summary: t(e.summary),
    notes: maybe(e.notes),
    quote: e.quote && {
      ...e.quote,
      text: e.quote.lang in TYPESETTERS ? typeset(e.quote.text, e.quote.lang as Lang) : e.quote.text,
      translation: maybe(e.quote.translation),
    },
    sources: e.sources.map((source) => ({ ...source, via: maybeLabel(source.via) })),
  });
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
    events: story.events.map(event),
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

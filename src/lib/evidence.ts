/**
 * Every factual sentence of the story names the events it rests on. In the
 * story's Markdown a marker right after a sentence names event ids:
 *
 *   Am 3. Juli sprach Trump mit Putin.[[2025-07-03-trump-putin-call]]
 *
 * composeStory() renders each marker as small numbered links to the events'
 * entries on the sources page (quellen.html#ereignis-… / sources.html#event-…), reports ids the data does not hold (the
 * tests fail on any), and lists the sentences that state a figure or a date
 * but name no event. It also typesets the prose.
 */
import type { Lang } from "./format.js";
import { MESSAGES } from "./i18n/index.js";
import { eventHref } from "./links.js";
import type { StoryData } from "./story-types.js";
import { typesetMarkdown } from "./typography.js";

const MARKER = /\[\[([^\]]*)\]\]/g;

export interface Evidence {
  /** The Markdown with markers rendered as links and its prose typeset. */
  text: string;
  /** Ids that markers name but the data does not hold (rendered as no link); the tests on the real data fail on any. */
  unknown: string[];
  /** Sentences with a figure or a date that name no event, for the build log. */
  unsupported: string[];
}

/** The ids a marker names: "[[a b]]" or "[[a; b]]". */
export function markerIds(inner: string): string[] {
  return inner.split(/[\s;,]+/).filter((id) => id !== "");
}

/** Where an event's entry is: on the sources page, relative to the story page (quellen.html#ereignis-…). */
export const evidenceAnchor = (id: string, lang: Lang) => eventHref(id, lang);

export function composeStory(markdown: string, story: StoryData): Evidence {
  const events = new Map(story.events.map((event) => [event.id, event]));
  const unknown = [
    ...new Set(
      [...markdown.matchAll(MARKER)].flatMap((match) => markerIds(match[1]).filter((id) => !events.has(id))),
    ),
  ];
  const unsupported = unsupportedSentences(markdown, story.lang);
  const numbers = new Map<string, number>();
  const text = typesetMarkdown(markdown, story.lang).replace(MARKER, (_, inner: string) => {
    const links = markerIds(inner).flatMap((id) => {
      if (!events.has(id)) return [];
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      const event = events.get(id)!;
      const title = escapeAttribute(`${event.dateLabel}: ${event.headline}`);
      return `<a href="${evidenceAnchor(id, story.lang)}" title="${title}" aria-label="${MESSAGES[story.lang].evidence} ${numbers.get(id)}: ${title}">${numbers.get(id)}</a>`;
    });
    return links.length > 0 ? `<sup class="evidence">${links.join(",")}</sup>` : "";
  });
  return { text, unknown, unsupported };
}

const MONTHS =
  /\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|June|July|October|December)\b/;

/**
 * Prose sentences (outside code, tags, headings and quotes set off as blocks)
 * that state a figure or a date and carry no marker.
 */
export function unsupportedSentences(markdown: string, lang: Lang): string[] {
  const prose = markdown
    .replace(/^```[\s\S]*?^```$/gm, "")
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/^---$[\s\S]*?^---$/m, "")
    .replace(/<blockquote[\s\S]*?<\/blockquote>/g, "")
    .replace(/<aside[\s\S]*?<\/aside>/g, "")
    .replace(/<footer[\s\S]*?<\/footer>/g, "")
    .replace(/<section id="(?:quellen|sources|daten|data)"[\s\S]*?<\/section>/g, "")
    .replace(/^<p class="(?:byline|dateline)">.*$/gm, "")
    .split("\n")
    .filter((line) => !/^\s*(?:#|\$\{|\{\{)/.test(line))
    .map((line) => line.replace(/<[^>]*>/g, " "))
    .join("\n");
  const sentences = prose
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.replace(/\s+/g, " ").trim().split(MESSAGES[lang].sentenceEnd));
  return sentences
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "" && !MARKER_TEST.test(sentence))
    .filter((sentence) => {
      const stated = sentence.replace(/\{\{\s*(?:eventCount|sourceCount)\s*\}\}/g, "");
      return /\d|\{\{/.test(stated) || MONTHS.test(stated);
    });
}

const MARKER_TEST = /\[\[[^\]]*\]\]/;

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\$\{/g, "&#36;{");
}

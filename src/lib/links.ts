/**
 * Where a reader finds an event: its anchor (#ereignis-… in German, #event-… in
 * English) on the sources-and-data page of its language. Story, charts and
 * embeds link there; the story page also follows old links to its own anchors.
 */
import type { Lang } from "./format.js";
import { messages } from "./i18n/index.js";

/** The sources-and-data page of each language, relative to that language's story page. */
export const SOURCES_PAGE: Record<Lang, string> = { de: "quellen.html", en: "sources.html" };

/** The stable anchor of an event: ereignis-… (German), event-… (English). */
export const eventAnchor = (id: string, lang: Lang) => `${messages(lang).eventAnchor}-${id}`;

/** The event on the sources page, relative to the story page of its language. */
export const eventHref = (id: string, lang: Lang) => `${SOURCES_PAGE[lang]}#${eventAnchor(id, lang)}`;

/** The event id in a hash such as "#ereignis-2025-07-03-…", or undefined. */
export function eventIdFromHash(hash: string, lang: Lang): string | undefined {
  const prefix = `#${eventAnchor("", lang)}`;
  return hash.startsWith(prefix) && hash.length > prefix.length
    ? decodeURIComponent(hash.slice(prefix.length))
    : undefined;
}

/**
 * Where a reader finds an event: its anchor (#ereignis-… in German, #event-… in
 * English) on the sources-and-data page of its language. Story, charts and
 * embeds link there; the story page also follows old links to its own anchors.
 */
import type { Lang } from "./format.js";
import { DEFAULT_LANG, messages } from "./i18n/index.js";

/** Where a language's pages are, from the site's root: "" for the main edition, "en/" for English. */
export const langRoot = (lang: Lang) => (lang === DEFAULT_LANG ? "" : `${lang}/`);

/** The way up from a page in `folder` (below its language's root) to the site's root: "./", "../", "../../". */
export function up(lang: Lang, folder = ""): string {
  const depth = `${langRoot(lang)}${folder}`.split("/").filter(Boolean).length;
  return depth === 0 ? "./" : "../".repeat(depth);
}

/** The sources-and-data page of each language, relative to that language's story page. */
export const sourcesPage = (lang: Lang) => messages(lang).sourcesPage.file;

/**
 * The static page `page` of the sources page's event list (1-based): the sources page itself, then
 * quellen-2.html, quellen-3.html … (sources-2.html … in English), relative to the story page.
 */
export function sourcesPageFile(lang: Lang, page: number): string {
  return page <= 1 ? sourcesPage(lang) : sourcesPage(lang).replace(/\.html$/, `-${page}.html`);
}

/**
 * A link to a page that the post-build step writes (the sources page's further pages): its path
 * after this prefix. Framework's build checks the links of the pages it renders, before those
 * pages exist, and passes over a link with a scheme; scripts/postbuild.ts writes the pages, then
 * turns each such link into its path, failing the build on one whose page or anchor it did not
 * write (lib/html.ts resolveLaterLinks).
 */
export const LATER_PAGE = "postbuild:";

/** A link to the static page `page` of the sources page (1-based), relative to the story page. */
export const sourcesPageHref = (lang: Lang, page: number) =>
  page <= 1 ? sourcesPage(lang) : `${LATER_PAGE}${sourcesPageFile(lang, page)}`;

/** The stable anchor of an event: ereignis-… (German), event-… (English). */
export const eventAnchor = (id: string, lang: Lang) => `${messages(lang).eventAnchor}-${id}`;

/**
 * The event on the sources page, relative to the story page of its language. With JavaScript the
 * sources page shows the page of events that holds it; a link written at build time names that
 * static page (`page`, 1-based), so that it reaches the event without JavaScript too.
 */
export const eventHref = (id: string, lang: Lang, page = 1) =>
  `${sourcesPageHref(lang, page)}#${eventAnchor(id, lang)}`;

/** The event id in a hash such as "#ereignis-2025-07-03-…", or undefined. */
export function eventIdFromHash(hash: string, lang: Lang): string | undefined {
  const prefix = `#${eventAnchor("", lang)}`;
  return hash.startsWith(prefix) && hash.length > prefix.length
    ? decodeURIComponent(hash.slice(prefix.length))
    : undefined;
}

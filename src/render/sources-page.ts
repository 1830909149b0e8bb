/**
 * The sources-and-data page of each language (/quellen.html, /en/sources.html),
 * written at build time by its page loader: the first page of events with their sources
 * (PAGE_SIZE), links to the further pages, the codebook and the downloads, complete without
 * JavaScript. The further pages (quellen-2.html, …) are the same page with another page of
 * events, written by the post-build step from the built first page (furtherSourcesPages):
 * one process for all of them, where a page loader each would start a process per page.
 * With JavaScript the event list becomes the data explorer (src/components/explorer.ts),
 * which reads every event only when the reader filters or turns a page: neither the
 * page's HTML nor its first load grows with the archive. Node only.
 */
import { cachedStory } from "../lib/build-cache.js";
import { codebook } from "../lib/codebook.js";
import { withDom } from "./dom.js";
import type { Lang } from "../lib/format.js";
import { LANGS, MESSAGES } from "../lib/i18n/index.js";
import { explorerSummary, PAGE_SIZE, pageCount } from "../lib/explore.js";
import { langRoot, sourcesPage as sourcesFile, sourcesPageFile, sourcesPageHref, up } from "../lib/links.js";
import { TABLE_NAMES } from "../lib/schema.js";
import { jsonBlock } from "../lib/story-page.js";
import type { StoryData } from "../lib/story.js";
import { escapeForMarkdown } from "../lib/template.js";
import { storyAppendix } from "./page.js";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export async function sourcesPage(lang: Lang): Promise<string> {
  const story = cachedStory(lang);
  const { Codebook } = await import("../components/sections.js");
  const words = MESSAGES[lang].sections;
  // Links to the other editions' sources pages, each in its own language.
  const others = LANGS.filter((other) => other !== lang)
    .map(
      (other) =>
        `<a href="${up(lang)}${langRoot(other)}${sourcesFile(other)}" hreflang="${other}" lang="${other}">${MESSAGES[other].languageName}</a>`,
    )
    .join(" · ");
  // Paths from this page to the site's root and to the story.
  const paths = { root: up(lang), story: "./" };
  const ids = MESSAGES[lang].sourcesPage.ids;
  const [events, book] = await withDom(async () => [
    await eventsPage(story, 1),
    escapeForMarkdown(Codebook(codebook(lang), lang).outerHTML),
  ]);
  // The story's appendix (the full fact check, the method note, the corrections), written in story/*.md.
  const appendix = await storyAppendix(lang);
  const downloads = [
    ...TABLE_NAMES.map(
      (name) =>
        `<a href="${paths.root}data/${name}.csv" download>${escapeHtml(words.tables[name] ?? name)}</a>`,
    ),
    `<a href="${paths.root}data/datapackage.json" download>${escapeHtml(words.datapackage)}</a>`,
  ].join(" · ");
  // Front matter, the explorer's code, then HTML blocks (a blank line ends each for Markdown).
  return `---
title: "${words.page} – ${MESSAGES[lang].story.series}"
style: ${paths.root}css/sources.css
---

\`\`\`js
import {Explorer} from "${paths.root}components/explorer.js";

// The list in the page stays; the explorer reads every event (a few hundred between two frames) when the reader filters or turns a page.
const explorer = Explorer(document.querySelector("#${ids.events}"), () => FileAttachment("${paths.root}data/explorer-${lang}.ndjson").text(), {invalidation});
\`\`\`

<header class="sources-header">
<p class="kicker"><a href="${paths.story}">${escapeHtml(MESSAGES[lang].story.series)}</a></p>
<h1>${escapeHtml(words.page)}</h1>
<p class="standfirst">${escapeHtml(words.pageIntro(story.meta.eventCount, story.meta.sourceCount))}</p>
<p class="source-kinds">${escapeHtml(words.sourceKinds(story.meta.sourcesByKind))}</p>
<p class="dateline">${words.updated}: ${escapeHtml(story.meta.updatedLabel)} · ${words.dataUntil} ${escapeHtml(story.meta.dataUntilLabel)} · <a href="${paths.story}">${words.backToStory}</a> · ${others}</p>
</header>

${appendix}

<section id="${ids.events}" class="event-explorer" aria-labelledby="${ids.events}-title">
<h2 id="${ids.events}-title">${escapeHtml(words.events)}</h2>
<p>${escapeHtml(words.eventsNote)}</p>
${jsonBlock(SUMMARY_ID, explorerSummary(story))}
${events}
</section>

<section id="${ids.codebook}">
<h2>${escapeHtml(words.codebook)}</h2>
<p>${escapeHtml(words.codebookNote)}</p>
${book}
</section>

<section id="${ids.data}">
<h2>${escapeHtml(words.download)}</h2>
<p>${escapeHtml(words.downloadNote)} ${downloads}</p>
</section>
`;
}

const SUMMARY_ID = "explorer-summary";
/** Around the page of events and its pager in the built page, for the further pages. */
const REGION = { start: "<!-- events-page -->", end: "<!-- /events-page -->" };

/** One page of events (1-based) with the links to the other pages, between the REGION marks (needs a DOM). */
async function eventsPage(story: StoryData, page: number): Promise<string> {
  const { EventList } = await import("../components/sections.js");
  const first = (page - 1) * PAGE_SIZE;
  const list = EventList({ ...story, events: story.events.slice(first, first + PAGE_SIZE) });
  if (first > 0) list.setAttribute("start", String(first + 1));
  return `${REGION.start}${escapeForMarkdown(list.outerHTML)}${staticPager(story.lang, page, pageCount(story.events.length, PAGE_SIZE))}${REGION.end}`;
}

/** Links to the previous, the next and every page of events; none for a single page. */
function staticPager(lang: Lang, page: number, pages: number): string {
  if (pages <= 1) return "";
  const words = MESSAGES[lang].sections;
  const link = (to: number, text: string, rel = "") =>
    `<a href="${sourcesPageHref(lang, to)}"${rel ? ` rel="${rel}"` : ""}${to === page && !rel ? ` aria-current="page"` : ""}>${escapeHtml(text)}</a>`;
  const around = [
    page > 1 ? `<li>${link(page - 1, words.previous, "prev")}</li>` : "",
    page < pages ? `<li>${link(page + 1, words.next, "next")}</li>` : "",
  ].join("");
  const every = Array.from({ length: pages }, (_, i) => `<li>${link(i + 1, String(i + 1))}</li>`).join("");
  return `<nav class="static-pager" aria-label="${escapeHtml(words.pages)}"><p>${escapeHtml(words.pageOf(page, pages))}</p><ul class="static-pager-steps">${around}</ul><ol class="static-pager-pages">${every}</ol></nav>`;
}

/**
 * The further static pages of events (2, 3, …) of a language, as [file name, HTML]: the built
 * first page (`firstPage`, as Framework wrote it) with another page of events between the REGION
 * marks and the page's number in its title. Run by the post-build step (needs a DOM).
 */
export async function furtherSourcesPages(firstPage: string, story: StoryData): Promise<[string, string][]> {
  const start = firstPage.indexOf(REGION.start);
  const end = firstPage.indexOf(REGION.end);
  if (start < 0 || end < start)
    throw new Error(`the built sources page (${story.lang}) has no ${REGION.start} … ${REGION.end}`);
  const pages = pageCount(story.events.length, PAGE_SIZE);
  const words = MESSAGES[story.lang].sections;
  return withDom(async () => {
    const files: [string, string][] = [];
    for (let page = 2; page <= pages; page++) {
      const html =
        firstPage.slice(0, start) +
        (await eventsPage(story, page)) +
        firstPage.slice(end + REGION.end.length);
      files.push([
        sourcesPageFile(story.lang, page),
        html.replace(
          /<title>(.*?)<\/title>/,
          (_, title: string) => `<title>${title} (${escapeHtml(words.pageOf(page, pages))})</title>`,
        ),
      ]);
    }
    return files;
  });
}

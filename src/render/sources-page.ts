/**
 * The sources-and-data page of each language (/quellen.html, /en/sources.html),
 * written at build time by its page loader: every event with its sources and the
 * codebook in the HTML, complete without JavaScript; with JavaScript the event
 * list becomes the data explorer (src/components/explorer.ts). Node only.
 */
import { codebook } from "../lib/codebook.js";
import { withDom } from "./dom.js";
import { loadDataset } from "../lib/files.js";
import type { Lang } from "../lib/format.js";
import { LANGS, MESSAGES } from "../lib/i18n/index.js";
import { langRoot, sourcesPage as sourcesFile, up } from "../lib/links.js";
import { TABLE_NAMES } from "../lib/schema.js";
import { buildStory } from "../lib/story.js";
import { escapeForMarkdown } from "../lib/template.js";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export async function sourcesPage(lang: Lang): Promise<string> {
  const story = buildStory(loadDataset(), lang);
  const { EventList, Codebook } = await import("../components/sections.js");
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
  const [events, book] = await withDom(() => [
    escapeForMarkdown(EventList(story).outerHTML),
    escapeForMarkdown(Codebook(codebook(lang), lang).outerHTML),
  ]);
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

// The list in the page stays until the explorer has read every event (a few hundred between two frames).
const explorer = Explorer(document.querySelector("#${ids.events}"), await FileAttachment("${paths.root}data/explorer-${lang}.ndjson").text(), {invalidation});
\`\`\`

<header class="sources-header">
<p class="kicker"><a href="${paths.story}">${escapeHtml(MESSAGES[lang].story.series)}</a></p>
<h1>${escapeHtml(words.page)}</h1>
<p class="standfirst">${escapeHtml(words.pageIntro(story.meta.eventCount, story.meta.sourceCount))}</p>
<p class="source-kinds">${escapeHtml(words.sourceKinds(story.meta.sourcesByKind))}</p>
<p class="dateline">${words.updated}: ${escapeHtml(story.meta.updatedLabel)} · ${words.dataUntil} ${escapeHtml(story.meta.dataUntilLabel)} · <a href="${paths.story}">${words.backToStory}</a> · ${others}</p>
</header>

<section id="${ids.events}" class="event-explorer" aria-labelledby="${ids.events}-title">
<h2 id="${ids.events}-title">${escapeHtml(words.events)}</h2>
<p>${escapeHtml(words.eventsNote)}</p>
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

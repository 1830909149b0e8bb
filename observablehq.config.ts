// Observable Framework configuration. The build must work offline: no CDN,
// no web fonts, no telemetry (README.md, "For publishers" and "What a reader's browser loads").
import { cachedStory } from "./src/lib/build-cache.js";
import { DEFAULT_LANG, LANGS } from "./src/lib/i18n/index.js";
import { TABLE_NAMES } from "./src/lib/schema.js";
import { STATIC_CHARTS } from "./src/lib/charts.js";
import { OG_IMAGE, socialHead } from "./src/lib/social.js";
import { EMBED_CHARTS, embedPath } from "./src/render/embed-page.js";
import { storyHead } from "./src/render/page.js";

/** Where the story is published, e.g. https://example.org/zeitung/telefonate/: makes og:image and og:url absolute. */
const STORY_BASE_URL = process.env.STORY_BASE_URL || undefined;

/**
 * The days the calls chart (and so the preview image) enlarges, derived from the data as
 * the charts get them (lib/story.ts, derive.ts), for the image's alt text. Data that does
 * not validate names none here; the loaders report its errors.
 */
const CALLS_ZOOM = (() => {
  try {
    return cachedStory(DEFAULT_LANG).callsZoom;
  } catch {
    return undefined;
  }
})();

export default {
  // No site title: Framework would append it to every page's <title>, in German also on English pages.
  // Each page names itself in its front matter.
  root: "src",
  output: "dist",
  pages: [],
  sidebar: false,
  toc: false,
  pager: false,
  search: false,
  header: "",
  // No favicon request (it would go to the host's root, outside the story's path);
  // then description and preview image for links shared on social media, in the page's language;
  // on a story page, the full story's JSON for its script.
  head: (page: { path: string; title?: string | null }) =>
    [`<link rel="icon" href="data:,">`, socialHead(page, STORY_BASE_URL, CALLS_ZOOM), storyHead(page.path)]
      .filter(Boolean)
      .join("\n"),
  footer: "",
  // TypeScript loaders run in node with tsx's loader, not through the tsx command, which starts a
  // second node process for each of the build's some forty loaders (time and memory; bench:page).
  interpreters: { ".ts": ["node", "--import", "tsx"] },
  // The default stylesheet imports web fonts from a CDN; ours is local.
  globalStylesheets: [],
  style: "style.css",
  cleanUrls: false,
  // The download: cleaned CSVs and their data package, also reachable by URL alone;
  // the preview images, which no page references as a file.
  dynamicPaths: [
    ...TABLE_NAMES.map((name) => `/data/${name}.csv`),
    "/data/datapackage.json",
    ...LANGS.map((lang) => OG_IMAGE.path(lang)),
    // The charts as static SVGs for readers without JavaScript (pages name them in <noscript>).
    ...STATIC_CHARTS.flatMap((chart) => LANGS.map((lang) => `/data/static/${chart}-${lang}.svg`)),
    // The chart pages for iframes, one template (src/embed/[chart].md.ts, src/en/embed/[chart].md.ts).
    ...EMBED_CHARTS.flatMap((chart) => LANGS.map((lang) => `/${embedPath(chart, lang)}`)),
  ],
};

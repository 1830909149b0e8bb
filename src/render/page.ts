/** Builds a story page from its template (Node only: page loaders). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cachedStory } from "../lib/build-cache.js";
import { withDom } from "./dom.js";
import type { Lang } from "../lib/format.js";
import { LANGS, MESSAGES } from "../lib/i18n/index.js";
import { STORY_PAGE_IDS } from "../lib/story-page.js";
import { chartDataId, chartDataPath } from "../lib/chart-data.js";
import { STORY_CHARTS } from "../lib/charts.js";
import { storyFacts } from "../lib/placeholders.js";
import { storySteps } from "../lib/sequence.js";
import { fillTemplate } from "../lib/template.js";
import { composeStory } from "../lib/evidence.js";
import { sourcesPage as sourcesFile } from "../lib/links.js";
import { FACTCHECK_PLACEHOLDER } from "../lib/story-check.js";
import type { StoryData } from "../lib/story.js";

/**
 * The sections of the story's text that stand on the sources page rather than in the
 * story (the method note, the full fact check, the corrections): each a
 * `<section … data-page="sources">` whose closing tag starts a line.
 */
const APPENDIX = /^<section\b[^>]*\bdata-page="sources"[^>]*>[\s\S]*?^<\/section>[ \t]*$/gm;

/**
 * A part of the story's text (the story page's, or the appendix the sources page shows) with
 * its facts, evidence links and rendered parts filled in.
 */
async function filledStory(lang: Lang, part: "story" | "appendix"): Promise<string> {
  const file = join("story", `${lang}.md`);
  const source = readFileSync(file, "utf8");
  const markdown =
    part === "story"
      ? source.replace(APPENDIX, "")
      : [...source.matchAll(APPENDIX)].map(([section]) => section).join("\n\n");
  const story = cachedStory(lang);
  // The appendix needs only the boxes from data; the story page also each chart's static copy and
  // the sticky graphic's data, which holds the events of the steps' windows (lib/sequence.ts).
  const parts = await withDom(async () => {
    const { appendixParts, storyTemplateParts } = await import("./static.js");
    return part === "story" ? storyTemplateParts(story, storySteps(source)) : appendixParts(story);
  });
  const values = { ...storyFacts(story), ...factcheckVerdicts(story), ...parts };
  const { text, unknown, unsupported } = composeStory(markdown, story); // evidence markers, typography
  for (const note of [...unknown.map((id) => `unknown event ${id}`), ...unsupported])
    console.warn(`${file}: ${note}`);
  return fillTemplate(text, values, file);
}

/** The story page: the story's text without the sections that stand on the sources page. */
export const storyPage = (lang: Lang) => filledStory(lang, "story");

/** The story's appendix, as the sources page shows it: the sections marked data-page="sources". */
export const storyAppendix = (lang: Lang) => filledStory(lang, "appendix");

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Each fact check's verdict as the step it belongs to shows it ({{factcheck.<id>}}): the
 * claim, the verdict and a link to the full check on the sources page.
 */
export function factcheckVerdicts(story: StoryData): Record<string, string> {
  const words = MESSAGES[story.lang].sourcesPage.factcheck;
  return Object.fromEntries(
    story.factchecks.map((check) => [
      FACTCHECK_PLACEHOLDER + check.id,
      `<p class="step-factcheck"><span class="step-factcheck-label">${escapeHtml(words.label)}</span> ` +
        `${escapeHtml(check.claim)} <span class="factcheck-verdict factcheck-verdict-${check.verdict}">${escapeHtml(check.verdictLabel)}</span> ` +
        `<a href="./${sourcesFile(story.lang)}#faktencheck-${check.id}">${escapeHtml(words.more)}</a></p>`.replace(
          /\$\{/g,
          "&#36;{",
        ),
    ]),
  );
}

/**
 * What a story page's head adds for its script: the full story's JSON, which the page
 * loads only when a reader opens an event, and each chart's data (lib/chart-data.ts), which
 * it loads when the reader nears that chart (components/story-page.ts).
 * Framework copies the file under its content hash and rewrites the link. Other pages: none.
 */
export function storyHead(path: string): string {
  const lang = LANGS.find((code) => `${MESSAGES[code].edition}index` === path.replace(/\.html$/, ""));
  if (!lang) return "";
  const link = (id: string, href: string) =>
    `<link rel="alternate" type="application/json" id="${id}" href="${href}">`;
  return [
    link(STORY_PAGE_IDS.fullStory, `/data/story-${lang}.json`),
    ...STORY_CHARTS.map((chart) => link(chartDataId(chart), chartDataPath(chart, lang))),
  ].join("\n");
}

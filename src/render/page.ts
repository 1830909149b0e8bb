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

export async function storyPage(lang: Lang): Promise<string> {
  const file = join("story", `${lang}.md`);
  const story = cachedStory(lang);
  const source = readFileSync(file, "utf8");
  // The sticky graphic's data holds the events of the steps' windows (lib/sequence.ts).
  const parts = await withDom(async () =>
    (await import("./static.js")).storyTemplateParts(story, storySteps(source)),
  );
  const values = { ...storyFacts(story), ...parts };
  const { text, unknown, unsupported } = composeStory(source, story); // evidence markers, typography
  for (const note of [...unknown.map((id) => `unknown event ${id}`), ...unsupported])
    console.warn(`${file}: ${note}`);
  return fillTemplate(text, values, file);
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

/** Builds a story page from its template (Node only: page loaders). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { codebook } from "../lib/codebook.js";
import { withDom } from "./dom.js";
import { loadDataset } from "../lib/files.js";
import type { Lang } from "../lib/format.js";
import { storyFacts } from "../lib/placeholders.js";
import { buildStory } from "../lib/story.js";
import { fillTemplate } from "../lib/template.js";
import { composeStory } from "../lib/evidence.js";

export async function storyPage(lang: Lang): Promise<string> {
  const file = join("story", `${lang}.md`);
  const story = buildStory(loadDataset(), lang);
  const parts = await withDom(async () =>
    (await import("./static.js")).storyTemplateParts(story, codebook(lang)),
  );
  const values = { ...storyFacts(story), ...parts };
  const { text, unknown, unsupported } = composeStory(readFileSync(file, "utf8"), story); // evidence markers, typography
  for (const note of [...unknown.map((id) => `unknown event ${id}`), ...unsupported])
    console.warn(`${file}: ${note}`);
  return fillTemplate(text, values, file);
}

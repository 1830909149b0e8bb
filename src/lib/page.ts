/** Builds a story page from its template (Node only: page loaders). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { codebook } from "./codebook.js";
import { withDom } from "./dom.js";
import { loadDataset } from "./files.js";
import type { Lang } from "./format.js";
import { buildStory } from "./story.js";
import { fillTemplate } from "./template.js";
import { composeStory } from "./evidence.js";

export async function storyPage(lang: Lang): Promise<string> {
  const file = join("story", `${lang}.md`);
  const story = buildStory(loadDataset(), lang);
  const values = await withDom(async () =>
    (await import("../components/static.js")).storyTemplateValues(story, codebook(lang)),
  );
  const { text, unknown, unsupported } = composeStory(readFileSync(file, "utf8"), story); // evidence markers, typography
  for (const note of [...unknown.map((id) => `unknown event ${id}`), ...unsupported])
    console.warn(`${file}: ${note}`);
  return fillTemplate(text, values, file);
}

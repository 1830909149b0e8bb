// The preview image for shared links (og:image): the calls chart under the story's title,
// 1200×630 PNG, /data/og-calls-de.png and /data/og-calls-en.png (dynamicPaths in the config).
import { parseArgs } from "node:util";
import { DataValidationError } from "../lib/errors.js";
import { loadDataset } from "../lib/files.js";
import type { Lang } from "../lib/format.js";
import { ogCallsImage } from "../render/og-image.js";
import { buildStory } from "../lib/story.js";

const { values } = parseArgs({ options: { lang: { type: "string" } } });
const lang = values.lang as Lang;
if (lang !== "de" && lang !== "en") throw new Error(`unknown language ${values.lang}; expected de or en`);

try {
  process.stdout.write(await ogCallsImage(buildStory(loadDataset(), lang)));
} catch (error) {
  console.error(error instanceof DataValidationError ? error.message : error);
  process.exit(1);
}

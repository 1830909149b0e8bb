// The preview image for shared links (og:image): the calls chart under the story's title,
// 1200×630 PNG, /data/og-calls-de.png and /data/og-calls-en.png (dynamicPaths in the config).
import { cachedStory } from "../lib/build-cache.js";
import { DataValidationError } from "../lib/errors.js";
import { langParam } from "../lib/route.js";
import { ogCallsImage } from "../render/og-image.js";

try {
  process.stdout.write(await ogCallsImage(cachedStory(langParam())));
} catch (error) {
  console.error(error instanceof DataValidationError ? error.message : error);
  process.exit(1);
}

// The sources page's explorer data, one JSON line per event: /data/explorer-de.ndjson, /data/explorer-en.ndjson.
import { explorerLines } from "../lib/explore.js";
import { cachedStory } from "../lib/build-cache.js";
import { runLoader } from "../lib/files.js";
import { langParam } from "../lib/route.js";

await runLoader(() => explorerLines(cachedStory(langParam())));

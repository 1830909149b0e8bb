// The sources page's explorer data, one JSON line per event: /data/explorer-de.ndjson, /data/explorer-en.ndjson.
import { explorerLines } from "../lib/explore.js";
import { loadDataset, runLoader } from "../lib/files.js";
import { langParam } from "../lib/route.js";
import { buildStory } from "../lib/story.js";

await runLoader(() => explorerLines(buildStory(loadDataset(), langParam())));

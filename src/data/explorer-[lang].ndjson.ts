// The sources page's explorer data, one JSON line per event: /data/explorer-de.ndjson, /data/explorer-en.ndjson.
import { parseArgs } from "node:util";
import { explorerLines } from "../lib/explore.js";
import { loadDataset, runLoader } from "../lib/files.js";
import { buildStory } from "../lib/story.js";

const { values } = parseArgs({ options: { lang: { type: "string" } } });
await runLoader(() => {
  if (values.lang !== "de" && values.lang !== "en") throw new Error(`unknown language ${values.lang}; expected de or en`);
  return explorerLines(buildStory(loadDataset(), values.lang));
});

// The story's data in one language (/data/story-de.json, /data/story-en.json): events, sources, derived facts.
import { loadDataset, runLoader } from "../lib/files.js";
import { langParam } from "../lib/route.js";
import { buildStory } from "../lib/story.js";

runLoader(() => JSON.stringify(buildStory(loadDataset(), langParam())));

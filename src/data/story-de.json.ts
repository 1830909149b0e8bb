// The story's data in German: events, sources, derived facts.
import { loadDataset, runLoader } from "../lib/files.js";
import { buildStory } from "../lib/story.js";

runLoader(() => JSON.stringify(buildStory(loadDataset(), "de")));

// The story's data in English: events, sources, derived facts.
import { loadDataset, runLoader } from "../lib/files.js";
import { buildStory } from "../lib/story.js";

runLoader(() => JSON.stringify(buildStory(loadDataset(), "en")));

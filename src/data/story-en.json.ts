// The story's data in English: events, sources, derived facts.
import { loadDataset, runLoader } from "../lib/files.ts";
import { buildStory } from "../lib/story.ts";

runLoader(() => JSON.stringify(buildStory(loadDataset(), "en")));

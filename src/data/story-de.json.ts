// The story's data in German: events, sources, derived facts.
import { loadDataset, runLoader } from "../lib/files.ts";
import { buildStory } from "../lib/story.ts";

runLoader(() => JSON.stringify(buildStory(loadDataset(), "de")));

// What the story's sticky graphic needs on first load, in German: each event's date, kind and headline.
// The rest of an event (story-de.json) loads when a reader opens it.
import { loadDataset, runLoader } from "../lib/files.js";
import { buildStory, sequenceData } from "../lib/story.js";

runLoader(() => JSON.stringify(sequenceData(buildStory(loadDataset(), "de"))));

// What the story's sticky graphic needs on first load, in English: each event's date, kind and headline.
// The rest of an event (story-en.json) loads when a reader opens it.
import { loadDataset, runLoader } from "../lib/files.js";
import { buildStory, sequenceData } from "../lib/story.js";

runLoader(() => JSON.stringify(sequenceData(buildStory(loadDataset(), "en"))));

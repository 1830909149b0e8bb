// What the story's sticky graphic needs on first load (/data/sequence-de.json, …): each event's date, kind
// and headline. The rest of an event (story-[lang].json) loads when a reader opens it.
import { loadDataset, runLoader } from "../lib/files.js";
import { langParam } from "../lib/route.js";
import { buildStory, sequenceData } from "../lib/story.js";

runLoader(() => JSON.stringify(sequenceData(buildStory(loadDataset(), langParam()))));

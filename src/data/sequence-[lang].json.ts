// What the story's sticky graphic needs on first load (/data/sequence-de.json, …): each event's date, kind
// and headline. The rest of an event (story-[lang].json) loads when a reader opens it.
import { cachedStory } from "../lib/build-cache.js";
import { runLoader } from "../lib/files.js";
import { langParam } from "../lib/route.js";
import { sequenceData } from "../lib/story.js";

runLoader(() => JSON.stringify(sequenceData(cachedStory(langParam()))));

// The story's data in one language (/data/story-de.json, /data/story-en.json): events, sources, derived facts.
import { cachedStory } from "../lib/build-cache.js";
import { runLoader } from "../lib/files.js";
import { langParam } from "../lib/route.js";

runLoader(() => JSON.stringify(cachedStory(langParam())));

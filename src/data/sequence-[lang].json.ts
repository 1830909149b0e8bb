// What the story's sticky graphic needs on first load (/data/sequence-de.json, …): the events of the story's
// steps and their windows (crowded rows counted per day), each with its date, kind and headline. The rest of
// an event (story-[lang].json) loads when a reader opens it. The page itself carries the same data inline.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cachedStory } from "../lib/build-cache.js";
import { runLoader } from "../lib/files.js";
import { langParam } from "../lib/route.js";
import { storySteps } from "../lib/sequence.js";
import { sequenceData } from "../lib/story.js";

runLoader(() => {
  const story = cachedStory(langParam());
  return JSON.stringify(sequenceData(story, storySteps(readFileSync(join("story", `${story.lang}.md`), "utf8"))));
});

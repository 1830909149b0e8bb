// The German story page: story/de.md with the facts and the static parts filled in from the data.
import { runLoader } from "./lib/files.js";
import { storyPage } from "./render/page.js";

await runLoader(() => storyPage("de"));

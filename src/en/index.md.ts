// The English story page: story/en.md with the facts and the static parts filled in from the data.
import { runLoader } from "../lib/files.js";
import { storyPage } from "../render/page.js";

await runLoader(() => storyPage("en"));

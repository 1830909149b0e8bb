// The German sources-and-data page: every event with its sources, the codebook, the explorer.
import { runLoader } from "./lib/files.js";
import { sourcesPage } from "./render/sources-page.js";

await runLoader(() => sourcesPage("de"));

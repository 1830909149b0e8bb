// The English chart pages for iframes: /en/embed/calls.html, /en/embed/deliveries.html, /en/embed/positions.html.
import { parseArgs } from "node:util";
import { runLoader } from "../../lib/files.js";
import { embedPage } from "../../render/embed-page.js";

const { values } = parseArgs({ options: { chart: { type: "string" } } });
await runLoader(() => embedPage(values.chart, "en"));

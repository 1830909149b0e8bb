// The German chart pages for iframes: /embed/calls.html, /embed/deliveries.html, /embed/positions.html.
import { parseArgs } from "node:util";
import { runLoader } from "../lib/files.js";
import { embedPage } from "../render/embed-page.js";

const { values } = parseArgs({ options: { chart: { type: "string" } } });
await runLoader(() => embedPage(values.chart, "de"));

// The German chart pages for iframes: /embed/calls.html, /embed/deliveries.html, /embed/positions.html.
import { runLoader } from "../lib/files.js";
import { routeParam } from "../lib/route.js";
import { embedPage } from "../render/embed-page.js";

await runLoader(() => embedPage(routeParam("chart"), "de"));

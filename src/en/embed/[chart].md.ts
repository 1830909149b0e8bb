// The English chart pages for iframes: /en/embed/calls.html, /en/embed/deliveries.html, /en/embed/positions.html.
import { runLoader } from "../../lib/files.js";
import { routeParam } from "../../lib/route.js";
import { embedPage } from "../../render/embed-page.js";

await runLoader(() => embedPage(routeParam("chart"), "en"));

// Observable Framework configuration. The build must work offline: no CDN,
// no web fonts, no telemetry (see ../shared/DESIGN.md, "Building offline").
import { TABLE_NAMES } from "./src/lib/schema.js";

export default {
  title: "Telefonate, Waffen, Positionen",
  root: "src",
  output: "dist",
  pages: [],
  sidebar: false,
  toc: false,
  pager: false,
  search: false,
  header: "",
  // No favicon request (it would go to the host's root, outside the story's path).
  head: '<link rel="icon" href="data:,">',
  footer: "",
  // The default stylesheet imports web fonts from a CDN; ours is local.
  globalStylesheets: [],
  style: "style.css",
  cleanUrls: false,
  // The download: cleaned CSVs and their data package, also reachable by URL alone.
  dynamicPaths: [...TABLE_NAMES.map((name) => `/data/${name}.csv`), "/data/datapackage.json"],
};

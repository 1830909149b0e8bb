/** Part of `npm run build`: sets lang and a zoomable viewport on every page in dist/. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fixPageHtml, pageLanguage } from "../src/lib/html.js";

const dist = join(process.cwd(), "dist");
const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((path) =>
  path.endsWith(".html"),
);
for (const page of pages) {
  const path = join(dist, page);
  writeFileSync(path, fixPageHtml(readFileSync(path, "utf8"), pageLanguage(relative(dist, path))));
}
console.log(`postbuild: set lang and viewport on ${pages.length} page${pages.length === 1 ? "" : "s"}`);

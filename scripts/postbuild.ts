/**
 * Part of `npm run build`: bundles the pages' JavaScript (scripts/bundle.ts), then sets lang and a
 * zoomable viewport on every page in dist/, the download's own file names and a Content-Security-Policy.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DOWNLOAD_FILES } from "../src/lib/datapackage.js";
import { bundlePages } from "./bundle.js";
import { fixPageHtml, pageLanguage, plainDownloadLinks, withContentSecurityPolicy } from "../src/lib/html.js";

const dist = join(process.cwd(), "dist");
const bundled = await bundlePages(dist);
console.log(
  `postbuild: bundled the modules of ${bundled.pages} pages (${bundled.entries} entries) into ${bundled.files} files`,
);
const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((path) =>
  path.endsWith(".html"),
);
for (const page of pages) {
  const path = join(dist, page);
  const html = fixPageHtml(readFileSync(path, "utf8"), pageLanguage(relative(dist, path)));
  writeFileSync(path, withContentSecurityPolicy(plainDownloadLinks(html, DOWNLOAD_FILES)));
}
console.log(
  `postbuild: set lang, viewport and Content-Security-Policy on ${pages.length} page${pages.length === 1 ? "" : "s"}`,
);

/**
 * Part of `npm run build`: bundles the pages' JavaScript (scripts/bundle.ts), writes the sources
 * pages' further pages of events (render/sources-page.ts), then on every page in dist/: points the
 * links to those pages there, checking each page and anchor (Framework's link check ran before
 * they existed; lib/links.ts LATER_PAGE), sets lang and a zoomable viewport, the download's own
 * file names, the stylesheet inside the page (lib/html.ts withInlineStylesheets: the first paint
 * waits for no second request) and a Content-Security-Policy that names each inline script and
 * style by its hash.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { DOWNLOAD_FILES } from "../src/lib/datapackage.js";
import { bundlePages } from "./bundle.js";
import { cachedStory } from "../src/lib/build-cache.js";
import { LANGS } from "../src/lib/i18n/index.js";
import { langRoot, sourcesPage } from "../src/lib/links.js";
import { furtherSourcesPages } from "../src/render/sources-page.js";
import {
  fixPageHtml,
  pageAnchors,
  pageLanguage,
  plainDownloadLinks,
  resolveLaterLinks,
  withContentSecurityPolicy,
  withInlineStylesheets,
} from "../src/lib/html.js";

const dist = join(process.cwd(), "dist");
const bundled = await bundlePages(dist);
console.log(
  `postbuild: bundled the modules of ${bundled.pages} pages (${bundled.entries} entries) into ${bundled.files} files`,
);
// The sources page's further pages of events, each the built first page with another page of events.
let further = 0;
for (const lang of LANGS) {
  const folder = join(dist, langRoot(lang));
  const firstPage = readFileSync(join(folder, sourcesPage(lang)), "utf8");
  for (const [file, html] of await furtherSourcesPages(firstPage, cachedStory(lang))) {
    writeFileSync(join(folder, file), html);
    further++;
  }
}
console.log(`postbuild: wrote ${further} further pages of the sources pages' events`);
const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((path) =>
  path.endsWith(".html"),
);
// The ids of each page that a link to a further page names, read once (ids do not change below).
const anchorsOf = new Map<string, Set<string> | undefined>();
const anchors = (file: string) => {
  if (!anchorsOf.has(file))
    anchorsOf.set(file, existsSync(file) ? pageAnchors(readFileSync(file, "utf8")) : undefined);
  return anchorsOf.get(file);
};
const broken: string[] = [];
for (const page of pages) {
  const path = join(dist, page);
  // Links to the further pages, now that they are written (lib/links.ts LATER_PAGE).
  const linked = resolveLaterLinks(readFileSync(path, "utf8"), (href) => anchors(join(dirname(path), href)));
  broken.push(...linked.broken.map((link) => `${page} → ${link}`));
  const html = withInlineStylesheets(fixPageHtml(linked.html, pageLanguage(relative(dist, path))), (href) =>
    readFileSync(join(dirname(path), href), "utf8"),
  );
  writeFileSync(path, withContentSecurityPolicy(plainDownloadLinks(html, DOWNLOAD_FILES)));
}
if (broken.length)
  throw new Error(`postbuild: ${broken.length} broken link(s) to the further pages:\n${broken.join("\n")}`);
console.log(
  `postbuild: set lang, viewport, inline stylesheet and Content-Security-Policy on ${pages.length} page${pages.length === 1 ? "" : "s"}`,
);

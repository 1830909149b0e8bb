// The readers' download as they get it: every file saved through the built page, under the name
// datapackage.json declares, and the saved set validated by frictionlessdata's own implementation
// (datapackage-js: the descriptor against the profile, every cell against its field's type and
// constraints, primary and foreign keys).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Package } from "datapackage";
import { describe, expect, it } from "vitest";
import { DOWNLOAD_FILES } from "../../src/lib/datapackage.js";
import { browserAvailable, watchedPage } from "./harness.js";
import { servedSite } from "./site.js";

/** The first built page that links the data package for download. */
function downloadPage(): string {
  const dist = join(process.cwd(), "dist");
  const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((path) =>
    path.endsWith(".html"),
  );
  const page = pages
    .sort()
    .find((path) =>
      /href="[^"]*datapackage\.json"[^>]*download/.test(readFileSync(join(dist, path), "utf8")),
    );
  if (!page) throw new Error("no page in dist/ links datapackage.json for download");
  return page.replace(/index\.html$/, "");
}

/** Every problem datapackage-js finds in the package at `path`, as text. */
async function frictionlessErrors(path: string): Promise<string[]> {
  const dataPackage = await Package.load(path);
  const errors = dataPackage.errors.map(String);
  for (const resource of dataPackage.resources) {
    try {
      await resource.read({ keyed: true, relations: true });
    } catch (error) {
      const { message, errors: nested = [] } = error as { message: string; errors?: Error[] };
      errors.push(`${resource.name}: ${message} ${nested.map(String).join("; ")}`);
    }
  }
  return errors;
}

describe.skipIf(!browserAvailable())("the download", () => {
  const site = servedSite();

  it("saves each file through the page under its declared name, and the set is a valid data package", async () => {
    const { page, context } = await watchedPage(site.browser, site.origin, { acceptDownloads: true });
    await page.goto(site.url + downloadPage());
    const saved = mkdtempSync(join(tmpdir(), "download-"));
    const names: string[] = [];
    for (const link of await page.locator("a[download]").all()) {
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      names.push(download.suggestedFilename());
      await download.saveAs(join(saved, download.suggestedFilename()));
    }
    await context.close();
    expect(names.sort()).toEqual([...DOWNLOAD_FILES].sort());
    const declared = JSON.parse(readFileSync(join(saved, "datapackage.json"), "utf8"));
    expect(declared.resources.map((resource: { path: string }) => resource.path).sort()).toEqual(
      DOWNLOAD_FILES.filter((name) => name.endsWith(".csv")).sort(),
    );
    expect(declared.licenses?.[0]?.name).toBeTruthy();
    expect(declared.sources?.length).toBeGreaterThan(0);
    expect(await frictionlessErrors(join(saved, "datapackage.json"))).toEqual([]);

    // The validator is not blind: a date that does not exist and an unknown event id are found.
    const broken = mkdtempSync(join(tmpdir(), "download-broken-"));
    for (const name of DOWNLOAD_FILES) copyFileSync(join(saved, name), join(broken, name));
    const events = readFileSync(join(saved, "events.csv"), "utf8").split("\n");
    events[1] = events[1].replace(/^([^,]+),(\d{4}-\d{2}-\d{2}),/, "$1,2025-02-30,");
    writeFileSync(join(broken, "events.csv"), events.join("\n"));
    const sources = readFileSync(join(saved, "sources.csv"), "utf8").split("\n");
    sources[1] = sources[1].replace(/^[^,]+,/, "2025-01-01-no-such-event,");
    writeFileSync(join(broken, "sources.csv"), sources.join("\n"));
    const found = await frictionlessErrors(join(broken, "datapackage.json"));
    expect(found.some((error) => error.startsWith("events:"))).toBe(true);
    expect(found.some((error) => error.startsWith("sources:"))).toBe(true);
  });
});

// Valid HTML by the W3C Nu HTML Checker: every page as built, and every page's DOM once its
// scripts have run and all of its charts are drawn (serialised from Chromium).
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuild } from "../build-once.js";
import { javaAvailable, nuErrors, type NuMessage } from "../vnu.js";
import { browserAvailable, watchedPage } from "./harness.js";
import { servedSite } from "./site.js";

const dist = join(process.cwd(), "dist");

/** The checker's errors as "page: message (extract)", one line each, for a readable diff. */
const report = (errors: NuMessage[], root: string) =>
  errors.map(
    (error) =>
      `${error.file.replace(root + "/", "")}:${error.line}: ${error.message} [${(error.extract ?? "").replace(/\s+/g, " ").trim().slice(0, 80)}]`,
  );

/** What a page needs before its DOM is complete: every lazily drawn chart, the explorer, an embed's chart. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  for (const chart of await page.locator(".lazy-chart").all()) {
    await chart.scrollIntoViewIfNeeded();
    await chart.locator("figure.chart").waitFor();
  }
  if (await page.locator(".scrolly").count()) await page.locator(".sequence-svg").first().waitFor();
  if (await page.locator(".event-explorer").count()) await page.locator(".explorer-count").waitFor();
  if (await page.locator(".embed-chart").count())
    await page.locator(".embed-chart figure.chart svg").first().waitFor();
  // Every <details> open, as a reader would open them (the charts' tables, the codebook).
  const closed = page.locator("details:not([open]) > summary");
  for (let left = await closed.count(); left > 0; left = await closed.count()) await closed.first().click();
}

describe.skipIf(!javaAvailable())("the Nu HTML Checker", () => {
  describe("on every built page", () => {
    beforeAll(ensureBuild);

    it("finds no error in any page of dist/", async () => {
      const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((path) =>
        path.endsWith(".html"),
      );
      expect(pages.length).toBeGreaterThanOrEqual(10);
      const errors = await nuErrors(pages.map((path) => join(dist, path)));
      expect(report(errors, dist)).toEqual([]);
    }, 120_000);
  });

  describe.skipIf(!browserAvailable())("on every page's DOM after its scripts ran", () => {
    const site = servedSite();

    it("finds no error once every chart is drawn", async () => {
      const pages = readdirSync(dist, { recursive: true, encoding: "utf8" })
        .filter((path) => path.endsWith(".html"))
        .map((path) => path.replace(/(^|\/)index\.html$/, "$1"));
      const out = mkdtempSync(join(tmpdir(), "nu-dom-"));
      const files: string[] = [];
      for (const path of pages) {
        const { page, context, errors } = await watchedPage(site.browser, site.origin, {
          viewport: { width: 1280, height: 900 },
        });
        await page.goto(site.url + path);
        await settle(page);
        const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
        const file = join(out, `${path.replace(/\W+/g, "_") || "index"}.html`);
        writeFileSync(file, html);
        files.push(file);
        expect(errors, path).toEqual([]);
        await context.close();
      }
      const errors = await nuErrors(files);
      expect(report(errors, out)).toEqual([]);
    }, 240_000);
  });
});

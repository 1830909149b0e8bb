/**
 * `npm run screenshots`: the built page in headless Chromium at phone and
 * desktop widths, whole page and at chosen steps, into screenshots/ (ignored by git).
 */
import { mkdirSync } from "node:fs";
import { launch, serveDist } from "../tests/browser/harness.js";

const out = "screenshots";
mkdirSync(out, { recursive: true });
const { server, url } = await serveDist();
const browser = await launch();
const scheme = (process.env.SCHEME as "light" | "dark" | undefined) ?? "light";
for (const path of (process.env.PAGES ?? ",en/").split(",")) {
  for (const width of (process.env.WIDTHS ?? "375,1280").split(",").map(Number)) {
    const page = await browser.newPage({
      viewport: { width, height: width < 600 ? 812 : 900 },
      colorScheme: scheme,
    });
    await page.goto(url + path);
    // The story, the sources page (its explorer) or an embed (its chart).
    await page.waitForSelector(".sequence-svg, .explorer-count, .embed-chart figure.chart svg");
    for (const chart of await page.locator(".lazy-chart").all()) {
      await chart.scrollIntoViewIfNeeded();
      await chart.locator("figure.chart").waitFor();
    }
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForTimeout(300);
    const name = `${path.replace(/\W/g, "") || "de"}-${width}-${scheme}`;
    await page.screenshot({ path: `${out}/${name}-full.png`, fullPage: true });
    for (const figure of await page.locator("figure.chart").all()) {
      await figure.screenshot({ path: `${out}/${name}-${await figure.getAttribute("id")}.png` });
    }
    for (const step of (process.env.STEPS ?? "").split(",").filter(Boolean)) {
      await page
        .locator(`#${step}`)
        .evaluate((node) => scrollBy(0, node.getBoundingClientRect().top - innerHeight * 0.4));
      await page.waitForTimeout(900);
      await page.screenshot({ path: `${out}/${name}-${step}.png` });
    }
    await page.close();
  }
}
await browser.close();
server.close();
console.log(`screenshots in ${out}/`);

// The chart pages for other sites' iframes, built and served under a sub-path, in real Chromium.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { HEIGHT_MESSAGE } from "../../src/embed/frame.js";
import { browserAvailable, watchedPage } from "./harness.js";
import { servedSite } from "./site.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const EMBEDS = [
  { path: "embed/calls.html", lang: "de" },
  { path: "embed/deliveries.html", lang: "de" },
  { path: "embed/positions.html", lang: "de" },
  { path: "en/embed/calls.html", lang: "en" },
  { path: "en/embed/deliveries.html", lang: "en" },
  { path: "en/embed/positions.html", lang: "en" },
];

describe.skipIf(!browserAvailable())("the embeds in Chromium", () => {
  const site = servedSite();

  /** A page that records console errors and aborts every request that leaves the local server. */
  const newPage = (viewport = { width: 400, height: 500 }) =>
    watchedPage(site.browser, site.origin, { viewport });

  for (const { path, lang } of EMBEDS) {
    it(`/${path} shows its chart at 400×500 with no error, no other host, no horizontal scrolling`, async () => {
      const { page, context, errors, foreign } = await newPage();
      await page.goto(site.url + path);
      await page.waitForSelector(".embed-chart figure.chart svg");
      await page.waitForLoadState("networkidle");
      const seen = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        figures: document.querySelectorAll("figure.chart").length,
        // The chart's own svg, not the legend's symbols: the widest.
        svgWidth: Math.max(
          ...[...document.querySelectorAll(".embed-chart figure.chart svg")].map(
            (svg) => svg.getBoundingClientRect().width,
          ),
        ),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        back: document.querySelector<HTMLAnchorElement>(".embed-credit a")?.href,
        header: document.querySelector("header, #observablehq-header, #observablehq-footer, nav"),
      }));
      expect(seen.lang).toBe(lang);
      expect(seen.figures).toBe(1);
      expect(seen.svgWidth).toBeGreaterThan(300);
      expect(seen.overflow).toBeLessThanOrEqual(0);
      expect(seen.back).toBe(site.url + (lang === "en" ? "en/" : ""));
      expect(seen.header).toBeNull();
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }

  for (const { path } of EMBEDS) {
    it(`/${path} has no axe violations, light by default and with ?theme=dark`, async () => {
      for (const theme of ["", "?theme=dark"]) {
        // axe-core is injected as an inline script, which the page's Content-Security-Policy would block.
        const { page, context } = await watchedPage(site.browser, site.origin, {
          viewport: { width: 400, height: 500 },
          bypassCSP: true,
        });
        await page.goto(site.url + path + theme);
        await page.waitForSelector(".embed-chart figure.chart svg");
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          // An embed is part of another page, whose <h1> it sits under: it has none of its own (a best-practice rule, not WCAG).
          const options = {
            resultTypes: ["violations"],
            rules: { "page-has-heading-one": { enabled: false } },
          };
          const result = await (
            window as unknown as {
              axe: {
                run: (
                  context: Document,
                  options: object,
                ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe.run(document, options);
          return result.violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes
                .slice(0, 3)
                .map((node) => node.target.join(" "))
                .join(", ")}`,
          );
        });
        expect(violations, theme || "light").toEqual([]);
        await context.close();
      }
    }, 60_000);
  }

  for (const { path, lang } of EMBEDS.filter((embed) => embed.path.endsWith("calls.html"))) {
    it(`/${path} opens an event's link on the sources page, not inside the embed`, async () => {
      const { page, context, errors } = await newPage();
      await page.goto(site.url + path);
      await page.locator(".calls-zoom [data-event='2025-07-03-trump-putin-call']").click();
      await page.locator(".event-details-link a").click();
      const target = lang === "de" ? "quellen.html#ereignis-" : "en/sources.html#event-";
      await page.waitForURL(`${site.url}${target}2025-07-03-trump-putin-call`);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toMatch(/^(ereignis|event)-2025-07-03-trump-putin-call$/);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  /** The page's colours: background, text and the colours of the custom properties that the charts read. */
  const colours = (page: import("playwright-core").Page) =>
    page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      return {
        background: getComputedStyle(document.body).backgroundColor || root.backgroundColor,
        scheme: root.colorScheme,
        // Each custom property as the colour it resolves to here (they are light-dark() pairs).
        vars: ["--fg", "--bg", "--muted", "--grid", "--panel", "--accent", "--focus", "--highlight"].map(
          (name) => {
            const probe = document.createElement("span");
            probe.style.color = `var(${name})`;
            document.documentElement.append(probe);
            const colour = getComputedStyle(probe).color;
            probe.remove();
            return colour;
          },
        ),
      };
    });

  it("is light by default in a dark-mode reader's browser; ?theme=dark and ?theme=auto as the host asks, in the story's colours", async () => {
    // The story's own two sets of colours, as a reader in each scheme sees them.
    const story: Record<string, Awaited<ReturnType<typeof colours>>> = {};
    for (const colorScheme of ["light", "dark"] as const) {
      const { page, context } = await newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(site.url);
      story[colorScheme] = await colours(page);
      await context.close();
    }
    expect(story.light.vars).not.toEqual(story.dark.vars);
    const cases = [
      { query: "", reader: "dark", expected: "light" },
      { query: "?theme=light", reader: "dark", expected: "light" },
      { query: "?theme=nonsense", reader: "dark", expected: "light" },
      { query: "?theme=dark", reader: "light", expected: "dark" },
      { query: "?theme=auto", reader: "light", expected: "light" },
      { query: "?theme=auto", reader: "dark", expected: "dark" },
    ] as const;
    for (const { query, reader, expected } of cases) {
      const { page, context, errors } = await newPage();
      await page.emulateMedia({ colorScheme: reader });
      await page.goto(`${site.url}embed/calls.html${query}`);
      await page.waitForSelector(".embed-chart figure.chart svg");
      const seen = await colours(page);
      expect(seen.vars, `${query} for a ${reader}-mode reader`).toEqual(story[expected].vars);
      expect(seen.scheme, query).toBe(expected);
      // The chart's own colours follow: light-dark() resolves by the root's color-scheme.
      const svgScheme = await page.$eval(".embed-chart svg", (svg) => getComputedStyle(svg).colorScheme);
      expect(svgScheme).toBe(expected);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it("tells the page around the iframe its height", async () => {
    const { page, context, errors, foreign } = await newPage({ width: 800, height: 600 });
    // Another site's page, here about:blank, with the embed in an iframe that it sizes by the messages.
    await page.setContent(`<!DOCTYPE html><html lang="de"><body style="margin:0">
      <iframe title="Grafik" src="${site.url}embed/calls.html" style="display:block;width:400px;height:150px;border:0"></iframe>
      <script>
        window.heights = [];
        addEventListener("message", (event) => {
          if (event.data && event.data.type === ${JSON.stringify(HEIGHT_MESSAGE)}) {
            window.heights.push(event.data.height);
            document.querySelector("iframe").style.height = event.data.height + "px";
          }
        });
      </script></body></html>`);
    const frame = page.frameLocator("iframe");
    await frame.locator(".embed-chart svg.calls-svg").waitFor();
    await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0);
    const content = await frame
      .locator("body")
      .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)))
      .toBe(content);
    // Sized to the message, the frame shows the whole chart and the line back to the story without scrolling.
    const frameBox = await page.locator("iframe").boundingBox();
    expect(frameBox!.height).toBeGreaterThan(400);
    expect(
      await frame.locator("html").evaluate((html) => html.scrollHeight - html.clientHeight),
    ).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

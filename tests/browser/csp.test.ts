// The Content-Security-Policy of every built page: present, strict for scripts, and in
// Chromium the story still works while a script injected into the HTML is blocked.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { browserAvailable, watchedPage } from "./harness.js";
import { servedSite } from "./site.js";

const dist = join(process.cwd(), "dist");
const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? "";

describe.skipIf(!browserAvailable())("the Content-Security-Policy", () => {
  const site = servedSite();

  it("stands on every page, before any script, and allows scripts only from the site and by hash", () => {
    const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((path) =>
      path.endsWith(".html"),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readFileSync(join(dist, page), "utf8");
      const policy = policyOf(html);
      expect(policy, page).toMatch(/(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/);
      expect(policy, page).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
      expect(policy, page).toContain("object-src 'none'");
      expect(html.indexOf("Content-Security-Policy"), page).toBeLessThan(html.indexOf("<script"));
    }
  });

  it("lets the story run (its graphic draws, no violation) and blocks an injected inline script", async () => {
    const { page, context, errors } = await watchedPage(site.browser, site.origin);
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (directive: string) => violations.push(directive));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) =>
        (window as unknown as { reportViolation: (d: string) => void }).reportViolation(
          event.effectiveDirective,
        ),
      ),
    );
    await page.goto(site.url);
    await page.waitForSelector(".sequence-svg .sequence-mark.is-active");
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);

    // As if text from the data had reached the HTML unescaped: the browser must not run it.
    await page.route(site.url, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        "</body>",
        '<script>window.injected = true</script><img src=x onerror="window.injected = true"></body>',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(site.url);
    await page.waitForSelector(".sequence-svg .sequence-mark.is-active");
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(violations).toContain("script-src-elem");
    await context.close();
  });

  it("lets the sources page's explorer and an embedded chart run without a violation (styles by hash only)", async () => {
    const { page, context, errors } = await watchedPage(site.browser, site.origin);
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${site.url}quellen.html`);
    await page.locator(".explorer-count").waitFor();
    await page.goto(`${site.url}embed/calls.html`);
    await page.locator("figure.chart svg").first().waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

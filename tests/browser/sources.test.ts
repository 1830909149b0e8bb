// The sources-and-data page of each language in Chromium: complete without JavaScript,
// and with it the explorer: filters kept in the URL, counts, pages, links to events.
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PAGE_SIZE } from "../../src/lib/explore.js";
import { loadDataset } from "../../src/lib/files.js";
import { buildStory } from "../../src/lib/story.js";
import { browserAvailable, watchedPage, type WatchedPage } from "./harness.js";
import { servedSite } from "./site.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const PAGES = [
  { path: "quellen.html", lang: "de", anchor: "ereignis", story: "" },
  { path: "en/sources.html", lang: "en", anchor: "event", story: "en/" },
] as const;
const data = loadDataset();

describe.skipIf(!browserAvailable())("the sources-and-data page in Chromium", () => {
  const site = servedSite();

  async function open(
    path: string,
    options: Parameters<Browser["newContext"]>[0] = {},
  ): Promise<WatchedPage> {
    const watched = await watchedPage(site.browser, site.origin, {
      viewport: { width: 1280, height: 900 },
      ...options,
    });
    await watched.page.goto(site.url + path);
    if (options.javaScriptEnabled !== false) await watched.page.locator(".explorer-count").waitFor();
    return watched;
  }

  /** The events the page lists now, by id. */
  const listed = (watched: WatchedPage) =>
    watched.page.$$eval(".event-list-item", (items) =>
      items.map((item) => item.id.replace(/^(ereignis|event)-/, "")),
    );

  for (const { path, lang } of PAGES) {
    it(`/${path} is complete without JavaScript: a page of events with their sources, links on to every other page, the codebook`, async () => {
      const story = buildStory(data, lang);
      const { page, context } = await open(path, { javaScriptEnabled: false });
      const items: { headline?: string | null; sources: number }[] = [];
      // Page after page by the "next" link, as a reader without JavaScript goes.
      for (let pages = 1; ; pages++) {
        const seen = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          items: [...document.querySelectorAll(".event-list-item")].map((item) => ({
            headline: item.querySelector("h3")?.textContent,
            sources: item.querySelectorAll(".event-list-sources li").length,
          })),
          pageLinks: document.querySelectorAll(".static-pager-pages a").length,
          next: document.querySelector<HTMLAnchorElement>(".static-pager a[rel=next]")?.href,
          codebookTables: document.querySelectorAll(".codebook table").length,
          downloads: document.querySelectorAll("a[download]").length,
        }));
        expect(seen.lang).toBe(lang);
        expect(seen.items.length).toBeGreaterThan(0);
        expect(seen.items.length).toBeLessThanOrEqual(PAGE_SIZE);
        expect(seen.codebookTables).toBeGreaterThanOrEqual(5);
        expect(seen.downloads).toBeGreaterThanOrEqual(7);
        expect(seen.pageLinks).toBe(
          story.events.length > PAGE_SIZE ? Math.ceil(story.events.length / PAGE_SIZE) : 0,
        );
        items.push(...seen.items);
        if (!seen.next) break;
        expect(pages).toBeLessThan(story.events.length);
        await page.goto(seen.next);
      }
      expect(items.map((item) => item.headline)).toEqual(story.events.map((event) => event.headline));
      for (const [i, item] of items.entries()) expect(item.sources).toBe(story.events[i].sources.length);
      await context.close();
    });
  }

  it("loads every event only when the reader filters or turns a page, not with the page", async () => {
    const watched = await open("quellen.html");
    const requested: string[] = [];
    watched.page.on("request", (request) => requested.push(request.url()));
    await watched.page.waitForLoadState("networkidle");
    const explorerData = (url: string) => /explorer-de\.[0-9a-f]+\.ndjson$/.test(url);
    expect(
      await watched.page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name)),
    ).not.toContainEqual(expect.stringMatching(/explorer-de\.[0-9a-f]+\.ndjson$/));
    await watched.page.selectOption("select[name=kind]", "call");
    await expect.poll(() => requested.some(explorerData)).toBe(true);
    await watched.context.close();
  });

  it("filters by actor, kind, period and text; the URL keeps the filter and the counts follow", async () => {
    const story = buildStory(data, "de");
    const watched = await open("quellen.html");
    const { page, errors, foreign, context } = watched;
    expect(await listed(watched)).toHaveLength(Math.min(50, story.events.length));
    // An actor: the count beside the name is the number of events that the filter then shows.
    const putin = story.events.filter((event) => event.actors.includes("putin"));
    const option = await page.locator("select[name=actor] option[value=putin]").textContent();
    expect(option).toContain(`(${putin.length})`);
    await page.selectOption("select[name=actor]", "putin");
    await expect.poll(() => listed(watched)).toEqual(putin.map((event) => event.id));
    expect(await page.locator(".explorer-count").textContent()).toBe(
      `${putin.length} von ${story.events.length} Ereignissen`,
    );
    expect(new URL(page.url()).searchParams.get("actor")).toBe("putin");
    // Then a kind and a period.
    await page.selectOption("select[name=kind]", "call");
    await page.fill("input[name=from]", "2025-06-01");
    await page.locator("input[name=from]").dispatchEvent("change");
    const calls = putin.filter((event) => event.type === "call" && event.date >= "2025-06-01");
    await expect.poll(() => listed(watched)).toEqual(calls.map((event) => event.id));
    expect(calls.length).toBeGreaterThan(0);
    // The URL alone brings the same list back.
    const url = page.url();
    expect(url).toMatch(/\?actor=putin&kind=call&from=2025-06-01$/);
    const again = await open(url.slice(site.url.length));
    expect(await listed(again)).toEqual(calls.map((event) => event.id));
    expect(await again.page.inputValue("select[name=kind]")).toBe("call");
    await again.context.close();
    // Text: every word must occur, without regard to case or accents.
    await page.click("button[type=reset]");
    await page.fill("input[name=q]", "PATRIOT polen");
    // What the reader sees of an event: headline, summary, date, who, the outlets.
    const patriot = story.events.filter((event) =>
      ["patriot", "polen"].every((word) =>
        [
          event.headline,
          event.summary,
          event.dateLabel,
          ...event.actors.map((id) => story.actors[id].name),
          ...event.sources.flatMap((source) => [source.outlet, source.via]),
        ]
          .join(" ")
          .toLowerCase()
          .includes(word),
      ),
    );
    expect(patriot.length).toBeGreaterThan(0);
    await expect.poll(() => listed(watched)).toEqual(patriot.map((event) => event.id));
    expect(new URL(page.url()).searchParams.get("q")).toBe("PATRIOT polen");
    // Nothing matches: the page says so.
    await page.fill("input[name=q]", "zzzzzz");
    await expect
      .poll(() => page.locator(".explorer-count").textContent())
      .toBe("Kein Ereignis passt zu diesem Filter.");
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  for (const { path, lang, anchor } of PAGES) {
    it(`/${path}: a link to an event shows the page of the list that holds it, even under a filter that hides it`, async () => {
      const story = buildStory(data, lang);
      const last = story.events.at(-1)!;
      // The kind filter hides the event; the link clears it.
      const other = story.events.find((event) => event.type !== last.type)!.type;
      const { page, context, errors } = await open(`${path}?kind=${other}#${anchor}-${last.id}`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${anchor}-${last.id}`);
      const box = await page.locator(`#${anchor}-${last.id}`).boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(900);
      expect(new URL(page.url()).searchParams.get("kind")).toBeNull();
      if (story.events.length > 50) expect(new URL(page.url()).searchParams.get("page")).toBe("2");
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("pages through the list: next and previous, the page in the URL", async () => {
    const story = buildStory(data, "en");
    if (story.events.length <= 50) return; // one page: nothing to turn
    const watched = await open("en/sources.html");
    await watched.page.click(".explorer-next");
    await expect.poll(() => listed(watched)).toEqual(story.events.slice(50, 100).map((event) => event.id));
    expect(new URL(watched.page.url()).searchParams.get("page")).toBe("2");
    expect(await watched.page.locator(".explorer-page").textContent()).toMatch(/^Page 2 of \d+$/);
    await watched.page.click(".explorer-previous");
    await expect.poll(() => listed(watched)).toEqual(story.events.slice(0, 50).map((event) => event.id));
    await watched.context.close();
  });

  for (const { lang, anchor, story: storyPath } of PAGES) {
    it(`the ${lang} story links each event to the sources page; an old link to an event no step tells of leads there`, async () => {
      const story = buildStory(data, lang);
      const { page, context } = await watchedPage(site.browser, site.origin, {
        viewport: { width: 1280, height: 900 },
      });
      await page.goto(site.url + storyPath);
      await page.waitForSelector(".sequence-svg");
      const steps = await page.$$eval(".step", (nodes) =>
        nodes.flatMap((node) => (node as HTMLElement).dataset.events!.split(" ")),
      );
      const hrefs = await page.$$eval("sup.evidence a", (links) =>
        links.map((link) => link.getAttribute("href")),
      );
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs)
        expect(href).toMatch(new RegExp(`^(\\./)?(quellen|sources)(-\\d+)?\\.html#${anchor}-`));
      const untold = story.events.find((event) => !steps.includes(event.id))!;
      // Followed from elsewhere (a fresh load, not a change of the hash on this page): the story
      // page forwards it while it loads, so the navigation is complete once the link's is committed.
      await page.goto("about:blank");
      await page.goto(`${site.url}${storyPath}#${anchor}-${untold.id}`, { waitUntil: "commit" });
      await page.waitForURL(new RegExp(`(quellen|sources)\\.html#${anchor}-${untold.id}$`));
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${anchor}-${untold.id}`);
      await context.close();
    });
  }

  for (const { path } of PAGES) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`/${path} has no axe violations in ${colorScheme} mode, and reflows at 320 px`, async () => {
        for (const width of [320, 1280]) {
          // axe-core is injected as an inline script, which the page's Content-Security-Policy would block.
          const { page, context } = await open(path, {
            viewport: { width, height: 800 },
            colorScheme,
            bypassCSP: true,
          });
          const closed = page.locator("details:not([open]) > summary");
          for (let left = await closed.count(); left > 0; left = await closed.count())
            await closed.first().click();
          expect(
            await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            ),
          ).toBeLessThanOrEqual(0);
          await page.addScriptTag({ path: axePath });
          const violations = await page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: {
                  run: (
                    d: Document,
                    o: object,
                  ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
                };
              }
            ).axe;
            const result = await axe.run(document, { resultTypes: ["violations"] });
            return result.violations.map(
              (v) =>
                `${v.id}: ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(" "))
                  .join(", ")}`,
            );
          });
          expect(violations, `${width} px`).toEqual([]);
          await context.close();
        }
      }, 60_000);
    }
  }
});

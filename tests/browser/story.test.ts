// The built site in real Chromium, served under a sub-path on 127.0.0.1.
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, watchedPage, type WatchedPage } from "./harness.js";
import { servedSite } from "./site.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const PAGES = [
  { path: "", lang: "de", steps: "#geschichte" },
  { path: "en/", lang: "en", steps: "#story" },
];

describe.skipIf(!browserAvailable())("the built story in Chromium", () => {
  const site = servedSite();

  /** Opens a page, recording console errors and every request that leaves the local server. */
  async function open(
    path: string,
    options: Parameters<Browser["newContext"]>[0] = {},
  ): Promise<WatchedPage> {
    const watched = await watchedPage(site.browser, site.origin, {
      viewport: { width: 1280, height: 900 },
      ...options,
    });
    await watched.page.goto(site.url + path);
    await watched.page.waitForSelector(".sequence-svg");
    return watched;
  }

  /** Opens every <details> (charts' tables, the codebook) as a reader would, by its summary. */
  async function openAllDetails(page: Page) {
    const closed = page.locator("details:not([open]) > summary");
    for (let left = await closed.count(); left > 0; left = await closed.count()) await closed.first().click();
  }

  /** Waits until the page has not scrolled for ten frames (and the steps' observer has reported). */
  async function stillPage(page: Page) {
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let [last, still] = [NaN, 0];
          const frame = () => {
            [still, last] = [scrollY === last ? still + 1 : 0, scrollY];
            if (still >= 10) resolve();
            else requestAnimationFrame(frame);
          };
          frame();
        }),
    );
  }

  /** Scrolls to each lazily loaded chart and waits until it is drawn. */
  async function loadCharts(page: Page) {
    for (const chart of await page.locator(".lazy-chart").all()) {
      await chart.scrollIntoViewIfNeeded();
      await chart.locator("figure.chart").waitFor();
    }
  }

  for (const { path, lang } of PAGES) {
    it(`loads /${path} with no console error and no request to another host`, async () => {
      const { page, context, errors, foreign } = await open(path);
      await page.waitForLoadState("networkidle");
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      // The charts below the story load as they come near: scroll to each.
      await loadCharts(page);
      expect(await page.locator("figure.chart svg").count()).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }

  for (const { path, steps } of PAGES) {
    it(`/${path}: scrolling through every step moves the graphic to that step's events`, async () => {
      const { page, context } = await open(path, { viewport: { width: 1280, height: 900 } });
      const ids = await page.$$eval(`${steps} .step`, (nodes) =>
        nodes.map((node) => ({ id: node.id, events: (node as HTMLElement).dataset.events ?? "" })),
      );
      expect(ids.length).toBeGreaterThan(5);
      for (const step of ids) {
        // As a reader scrolls: the step's top passes 40 % of the viewport's height.
        await page
          .locator(`#${step.id}`)
          .evaluate((node) => scrollBy(0, node.getBoundingClientRect().top - innerHeight * 0.4));
        await page.waitForFunction(
          ({ container, id }) => (document.querySelector(container) as HTMLElement).dataset.step === id,
          { container: steps, id: step.id },
        );
        const focus = await page.$eval(".sequence-frame", (node) => (node as HTMLElement).dataset.focus);
        expect(focus, step.id).toBe(step.events);
        const active = await page.$$eval(".sequence-mark.is-active", (nodes) =>
          nodes.map((node) => node.getAttribute("data-event")).sort(),
        );
        expect(active, step.id).toEqual(step.events.split(" ").sort());
        // The URL follows once scrolling settles.
        await expect.poll(() => new URL(page.url()).hash).toBe(`#${step.id}`);
      }
      await context.close();
    });
  }

  /** Scrolls as a reader does, until the step's top passes 40 % of the viewport, and waits for the graphic. */
  async function scrollToStep(page: Page, container: string, id: string) {
    await page
      .locator(`#${id}`)
      .evaluate((node) => scrollBy(0, node.getBoundingClientRect().top - innerHeight * 0.4));
    await page.waitForFunction(
      ({ container, id }) => (document.querySelector(container) as HTMLElement).dataset.step === id,
      { container, id },
    );
    // The step is drawn in short slices after it changed (sequence/schedule.ts); then marks,
    // labels, rows and axis move to their places: measured once every move has ended.
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>(".sequence")?.dataset.drawn === "true",
    );
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  }

  /** What the sticky graphic shows and exposes at the current step, read from the rendered page. */
  const graphicState = (page: Page) =>
    page.evaluate(() => {
      const svg = document.querySelector(".sequence-svg")!;
      const frame = svg.getBoundingClientRect();
      const rect = (node: Element) => {
        const r = node.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const marks = [...document.querySelectorAll<SVGGElement>(".sequence-mark")];
      const shown = marks.filter((mark) => {
        const dot = mark.querySelector(".seq-dot")!.getBoundingClientRect();
        return (
          getComputedStyle(mark).visibility !== "hidden" &&
          dot.width > 0 &&
          dot.right > frame.left &&
          dot.left < frame.right
        );
      });
      return {
        frame: rect(svg),
        graphicHeight: document.querySelector(".scrolly-graphic")!.getBoundingClientRect().height,
        viewport: innerHeight,
        visible: shown.map((mark) => mark.dataset.event!).sort(),
        focusable: marks
          .filter((mark) => mark.hasAttribute("tabindex"))
          .map((mark) => mark.dataset.event!)
          .sort(),
        current: marks
          .filter((mark) => mark.getAttribute("aria-current") === "true")
          .map((mark) => mark.dataset.event!),
        tabStop: document.querySelector<SVGGElement>('.sequence-mark[tabindex="0"]')?.dataset.event,
        names: Object.fromEntries(
          marks.map((mark) => [mark.dataset.event!, mark.getAttribute("aria-label")]),
        ),
        labels: [...document.querySelectorAll<SVGTextElement>(".seq-labels text")].map((text) => ({
          id: text.dataset.event!,
          text: text.textContent,
          ...rect(text),
        })),
        // The band's labels, the row names and the deadlines' labels: no direct label or leader line may cross them.
        texts: [
          ...document.querySelectorAll<SVGTextElement>(
            ".seq-band:not(.is-hidden) text, .seq-row-names text, .seq-deadline text",
          ),
        ].map((text) => ({ text: text.textContent, ...rect(text) })),
        leaders: [...document.querySelectorAll<SVGRectElement>(".seq-leaders rect")].map((line) => {
          const box = line.getBoundingClientRect();
          return { id: line.dataset.leader!, x: box.x + box.width / 2, top: box.top, bottom: box.bottom };
        }),
        ticks: [...document.querySelectorAll<SVGTextElement>(".seq-axis text")].map((text) => ({
          text: text.textContent,
          ...rect(text),
        })),
        announcement: document.querySelector(".step-nav [aria-live]")?.textContent ?? "",
      };
    });

  for (const { path, steps: container, lang } of PAGES) {
    // The reader's phone and desktop of issue 18 (375 × 812, 1280 × 900). A shorter phone may show fewer labels.
    for (const [width, height] of [
      [375, 812],
      [1280, 900],
    ]) {
      it(`/${path} at ${width} px: every step labels its events in view, without overlap; the tree holds only what is seen`, async () => {
        const { page, context } = await open(path, { viewport: { width, height } });
        const steps = await page.$$eval(`${container} .step`, (nodes) =>
          nodes.map((node) => ({
            id: node.id,
            heading: node.querySelector("h2, h3")?.textContent ?? "",
            events: ((node as HTMLElement).dataset.events ?? "").split(" "),
          })),
        );
        for (const step of steps) {
          await scrollToStep(page, container, step.id);
          const state = await graphicState(page);
          if (width < 600)
            expect(state.graphicHeight, step.id).toBeLessThanOrEqual(state.viewport * 0.4 + 0.5);
          // One label per highlighted event, inside the graphic, overlapping no other.
          expect(state.labels.map((label) => label.id).sort(), step.id).toEqual([...step.events].sort());
          for (const label of state.labels) {
            expect(label.width, `${step.id} ${label.id}`).toBeGreaterThan(0);
            expect(label.x).toBeGreaterThanOrEqual(state.frame.x - 0.5);
            expect(label.x + label.width).toBeLessThanOrEqual(state.frame.x + state.frame.width + 0.5);
            expect(label.y).toBeGreaterThanOrEqual(state.frame.y - 0.5);
            expect(label.y + label.height).toBeLessThanOrEqual(state.frame.y + state.frame.height + 0.5);
            for (const other of state.labels)
              if (other !== label) {
                const apart =
                  label.x + label.width <= other.x ||
                  other.x + other.width <= label.x ||
                  label.y + label.height <= other.y ||
                  other.y + other.height <= label.y;
                expect(apart, `${step.id}: "${label.text}" overlaps "${other.text}"`).toBe(true);
              }
          }
          // Nor does a label or a leader line cross the band's labels or the row names; a leader crosses no other label.
          type Rect = { x: number; y: number; width: number; height: number };
          const apart = (a: Rect, b: Rect) =>
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          for (const text of state.texts) {
            for (const label of state.labels)
              expect(apart(label, text), `${step.id}: "${label.text}" overlaps "${text.text}"`).toBe(true);
            for (const tick of state.ticks)
              expect(apart(tick, text), `${step.id}: tick "${tick.text}" overlaps "${text.text}"`).toBe(true);
          }
          for (const leader of state.leaders) {
            const line = { x: leader.x - 0.5, y: leader.top, width: 1, height: leader.bottom - leader.top };
            for (const text of state.texts)
              expect(apart(line, text), `${step.id}: the leader of ${leader.id} crosses "${text.text}"`).toBe(
                true,
              );
            for (const label of state.labels)
              if (label.id !== leader.id)
                expect(
                  apart(line, label),
                  `${step.id}: the leader of ${leader.id} crosses "${label.text}"`,
                ).toBe(true);
          }
          // The axis carries the year at its first tick; its labels stay apart and inside the graphic.
          expect(state.ticks[0]?.text, step.id).toMatch(/\b2025$/);
          for (const [i, tick] of state.ticks.entries()) {
            expect(tick.x).toBeGreaterThanOrEqual(state.frame.x - 0.5);
            expect(tick.x + tick.width).toBeLessThanOrEqual(state.frame.x + state.frame.width + 0.5);
            if (i > 0) expect(state.ticks[i - 1].x + state.ticks[i - 1].width, step.id).toBeLessThan(tick.x);
          }
          // Focusable marks are the visible marks; the tab stop is the step's first event; highlighted marks say so.
          expect(state.focusable, step.id).toEqual(state.visible);
          for (const id of step.events) expect(state.visible, `${step.id} ${id}`).toContain(id);
          expect(state.tabStop).toBe(step.events[0]);
          expect(state.current.sort()).toEqual([...step.events].sort());
          // The accessibility tree of the graphic: a button per visible mark, named by label, date and headline.
          const tree = await page.locator(".sequence-svg").ariaSnapshot();
          const buttons = tree.split("\n").filter((line) => /^\s*- '?button /.test(line));
          expect(buttons, step.id).toHaveLength(state.visible.length);
          // A mark's name begins with its label (its lines joined; a shortened label without its ellipsis),
          // or, where a phone has room only for the date beside the mark, gives that date (a month may be short).
          const squeeze = (text: string) => text.replace(/[\s…]/g, "");
          for (const label of state.labels)
            expect(
              squeeze(state.names[label.id] ?? "").startsWith(squeeze(label.text ?? "")) ||
                // A date alone ("3. März", "3 Mar"): the name gives that date, its month in full.
                (/^\d/.test(label.text ?? "") &&
                  squeeze(state.names[label.id] ?? "").includes(
                    squeeze(label.text ?? "").replace(/\.$/, ""),
                  )),
              `${label.id}: "${state.names[label.id]}" / "${label.text}"`,
            ).toBe(true);
          // One sentence says what the graphic now shows.
          expect(state.announcement).toContain(step.heading);
          expect(state.announcement).toContain(lang === "de" ? "Die Grafik zeigt" : "The graphic shows");
        }
        await context.close();
      });
    }
  }

  for (const { path, steps: container, lang } of PAGES) {
    it(`/${path}: a keyboard-only walk from the top to the end of the story`, async () => {
      const { page, context } = await open(path, { viewport: { width: 1280, height: 900 } });
      const count = await page.locator(`${container} .step`).count();
      // Tab from the top of the page: the first stop in the graphic is the current step's first event.
      let focused: { mark?: string; current?: string | null; cls?: string } = {};
      for (let i = 0; i < 15 && !focused.mark; i++) {
        await page.keyboard.press("Tab");
        focused = await page.evaluate(() => {
          const node = document.activeElement as HTMLElement | null;
          return {
            mark: node?.dataset.event,
            current: node?.getAttribute("aria-current"),
            cls: node?.className,
          };
        });
      }
      expect(focused.mark).toBe(
        await page.$eval(
          `${container} .step.is-active`,
          (node) => (node as HTMLElement).dataset.events!.split(" ")[0],
        ),
      );
      expect(focused.current).toBe("true");
      // Enter opens the details; the live line says so briefly.
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.locator(".sequence [aria-live]").textContent())
        .toMatch(lang === "de" ? /^Details: / : /^Details: /);
      await page.keyboard.press("Escape");
      // On through the step buttons to the last step.
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(() => document.activeElement?.classList.contains("step-next"))) break;
      }
      expect(await page.evaluate(() => document.activeElement?.classList.contains("step-next"))).toBe(true);
      // Focus scrolls the buttons into view, which may bring on another step: once the page is
      // still, each Enter goes one step further than the step then current.
      await stillPage(page);
      const active = () =>
        page.$eval(container, (node) =>
          [...node.querySelectorAll(".step")].findIndex((step) => step.classList.contains("is-active")),
        );
      const current = await active();
      expect(current).toBeGreaterThanOrEqual(0);
      // Every step the graphic is given on the way, in order.
      await page.$eval(container, (node) => {
        const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
        new MutationObserver(() => seen.push((node as HTMLElement).dataset.step!)).observe(node, {
          attributeFilter: ["data-step"],
        });
      });
      for (let i = current + 1; i < count; i++) {
        await page.keyboard.press("Enter");
        await page.waitForFunction(
          ({ container, i }) =>
            document.querySelectorAll(`${container} .step`)[i]?.classList.contains("is-active"),
          { container, i },
        );
      }
      // Pressed quickly, "next" never went back: the steps passed on the way did not take over.
      await stillPage(page);
      expect(await active()).toBe(count - 1);
      const ids = await page.$$eval(`${container} .step`, (steps) => steps.map((step) => step.id));
      const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      expect(seen).toEqual(ids.slice(current + 1));
      const last = await page.$eval(`${container} .step:last-of-type`, (node) => node.id);
      expect(await page.$eval(container, (node) => (node as HTMLElement).dataset.step)).toBe(last);
      // And Tab leads on out of the story: nothing hidden takes focus on the way.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const where = await page.evaluate((container) => {
          const node = document.activeElement as HTMLElement;
          const style = getComputedStyle(node);
          return {
            inside: !!node.closest(container),
            hidden: style.visibility === "hidden" || node.getAttribute("aria-hidden") === "true",
          };
        }, container);
        expect(where.hidden).toBe(false);
        if (!where.inside) break;
      }
      expect(await page.evaluate((container) => !document.activeElement?.closest(container), container)).toBe(
        true,
      );
      await context.close();
    });
  }

  it("opens a linked step with the graphic in its state", async () => {
    const { page, context } = await open("#schritt-kehrtwende");
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>("#geschichte")?.dataset.step === "schritt-kehrtwende",
    );
    const focus = await page.$eval(".sequence-frame", (node) => (node as HTMLElement).dataset.focus);
    expect(focus).toBe(
      await page.$eval("#schritt-kehrtwende", (node) => (node as HTMLElement).dataset.events),
    );
    await context.close();
  });

  it("opens a linked event in the step that tells of it, with its details, and copies links", async () => {
    const { page, context } = await open("#ereignis-2025-07-07-reversal", {
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>("#geschichte")?.dataset.step === "schritt-kehrtwende",
    );
    const headline = await page.locator(".sequence .details-panel h3").textContent();
    expect(headline).toMatch(/Kehrtwende/);
    expect(new URL(page.url()).hash).toBe("#ereignis-2025-07-07-reversal");
    await page.locator(".step-share").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    // A link inside a chart's details panel leads to the event on the sources page.
    await loadCharts(page);
    await page.locator("#calls-chart [data-event='2025-07-03-trump-putin-call']").first().click();
    await page.locator("#calls-chart .event-details-link a").click();
    await page.waitForURL(`${site.url}quellen.html#ereignis-2025-07-03-trump-putin-call`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("ereignis-2025-07-03-trump-putin-call");
    await context.close();
  });

  it("says so when the full story cannot be loaded, and loads it when the reader tries again", async () => {
    const { page, context } = await open("");
    // The network drops the full story and each chart's data (not the first-load sequence data) until the reader retries.
    let offline = true;
    await page.route(/\/(story-de|charts\/\w+-de)\.[0-9a-f]+\.json$/, (route) =>
      offline ? route.abort() : route.continue(),
    );
    await page.locator(".sequence-mark.is-active").first().click();
    await expect
      .poll(() => page.locator(".sequence .details-loading").textContent())
      .toContain("Die Details konnten nicht geladen werden.");
    expect(await page.locator(".sequence .details-loading a").getAttribute("href")).toMatch(
      /^quellen\.html#ereignis-/,
    );
    const lazy = page.locator(".lazy-chart").first();
    await lazy.scrollIntoViewIfNeeded();
    await expect
      .poll(() => lazy.locator(".lazy-chart-error").textContent())
      .toContain("Die Grafik konnte nicht geladen werden.");
    offline = false;
    await lazy.locator(".lazy-chart-retry").click();
    await lazy.locator("figure.chart svg").first().waitFor();
    await page.locator(".sequence-mark.is-active").first().click();
    await expect.poll(() => page.locator(".sequence .details-panel h3").textContent()).toBeTruthy();
    await context.close();
  });

  it("can be read with the keyboard alone: next/back, chart marks, details, visible focus", async () => {
    const { page, context } = await open("", { viewport: { width: 375, height: 740 } });
    const next = page.locator(".step-next");
    await next.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>("#geschichte")?.dataset.step === "schritt-sechstes-telefonat",
    );
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>("#geschichte")?.dataset.step === "schritt-kreml-version",
    );
    await page.locator(".step-back").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>("#geschichte")?.dataset.step === "schritt-sechstes-telefonat",
    );

    // Into the calls chart: one tab stop, arrows between marks, Enter opens details.
    await loadCharts(page);
    const first = page.locator("#calls-chart [tabindex='0']").first();
    await first.focus();
    const before = await page.evaluate(() => document.activeElement?.getAttribute("data-event"));
    await page.keyboard.press("ArrowRight");
    const after = await page.evaluate(() => document.activeElement?.getAttribute("data-event"));
    expect(after).not.toBe(before);
    await page.keyboard.press("Enter");
    const figure = page.locator("figure", { has: page.locator(`[data-event="${after}"]`) }).first();
    await expect.poll(() => figure.locator(".details-panel h3").textContent()).toBeTruthy();

    // The focused mark is visible: outlined and not under the sticky graphic.
    const box = await page.evaluate(() => {
      const focused = document.activeElement as Element;
      const rect = focused.getBoundingClientRect();
      const sticky = document.querySelector(".scrolly-graphic")!.getBoundingClientRect();
      const style = getComputedStyle(focused.querySelector(".hit, path, circle") ?? focused);
      return {
        top: rect.top,
        bottom: rect.bottom,
        height: innerHeight,
        stickyBottom: sticky.bottom,
        stickyTop: sticky.top,
        outline: style.stroke + getComputedStyle(focused).outlineStyle,
      };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    expect(box.top >= box.stickyBottom || box.bottom <= box.stickyTop).toBe(true);
    await context.close();
  });

  for (const width of [375, 768, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`has no axe violations at ${width} px in ${colorScheme} mode`, async () => {
        // axe-core is injected as an inline script, which the page's Content-Security-Policy would block.
        const { page, context } = await open("", {
          viewport: { width, height: 900 },
          colorScheme,
          bypassCSP: true,
        });
        await loadCharts(page);
        // With every table open: the charts' text alternatives and the codebook are checked too.
        await openAllDetails(page);
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: {
                run: (
                  context: Document,
                  options: object,
                ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe.run(document, { resultTypes: ["violations"] });
          return result.violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes
                .slice(0, 3)
                .map((node) => node.target.join(" "))
                .join(", ")}`,
          );
        });
        expect(violations).toEqual([]);
        await context.close();
      });
    }
  }

  for (const { path } of PAGES) {
    it(`/${path} is complete without JavaScript: text with its facts, every chart, a link to every event`, async () => {
      const { page, context } = await open(path, { javaScriptEnabled: false });
      const seen = await page.evaluate(() => ({
        charts: [
          ...document.querySelectorAll(".static-chart > figure, .scrolly-graphic .sequence-svg"),
        ].filter((node) => node.getBoundingClientRect().width > 0).length,
        // Every event with its sources is on the sources page, linked from the method note.
        sourcesPage: document.querySelectorAll(
          "#quellen a[href='./quellen.html'], #sources a[href='./sources.html']",
        ).length,
        // Each fact check's verdict in its step, linking to the full check on the sources page.
        factchecks: document.querySelectorAll(".step .step-factcheck a[href*='#faktencheck-']").length,
        text: document.querySelector(".scrolly-steps")!.textContent!,
      }));
      expect(seen.charts).toBe(4);
      expect(seen.sourcesPage).toBe(1);
      expect(seen.factchecks).toBeGreaterThanOrEqual(4);
      expect(seen.text).toMatch(/\b(sechste|sixth)\b/);
      expect(seen.text).toMatch(/\b19\b/);
      await context.close();
    });
  }

  it("runs no transitions under prefers-reduced-motion", async () => {
    const { page, context } = await open("", { reducedMotion: "reduce" });
    const durations = await page.$$eval(".sequence-mark, .step", (nodes) => [
      ...new Set(nodes.map((node) => getComputedStyle(node).transitionDuration)),
    ]);
    expect(durations.every((duration) => duration.split(",").every((part) => parseFloat(part) === 0))).toBe(
      true,
    );
    await page
      .locator("#schritt-kehrtwende")
      .evaluate((node) => scrollBy(0, node.getBoundingClientRect().top - innerHeight * 0.4));
    const running = await page.evaluate(() => document.getAnimations().length);
    expect(running).toBe(0);
    await context.close();
  });

  it("prints the whole story", async () => {
    const { page, context } = await open("");
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => {
      const visible = (node: Element) => {
        const style = getComputedStyle(node);
        const rect = node.getBoundingClientRect();
        return style.display !== "none" && style.visibility !== "hidden" && rect.height > 0;
      };
      return {
        steps: [...document.querySelectorAll(".step")].map((node) => visible(node)),
        sticky: getComputedStyle(document.querySelector(".scrolly-graphic")!).position,
      };
    });
    expect(printed.steps.every(Boolean)).toBe(true);
    expect(printed.sticky).not.toBe("sticky");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await context.close();
  });

  for (const { path } of PAGES) {
    it(`/${path} reflows at 320 px: no horizontal scrolling, no clipped text`, async () => {
      const { page, context } = await open(path, { viewport: { width: 320, height: 640 } });
      await loadCharts(page);
      // The charts' text alternatives and the codebook open, as a reader on a phone would open them.
      await openAllDetails(page);
      expect(await page.locator(".chart-alternative table").count()).toBeGreaterThanOrEqual(3);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll("p, h1, h2, h3, li, dd, td, th, button, summary, figcaption")]
          .filter((node) => {
            const style = getComputedStyle(node);
            return (
              style.overflowX !== "visible" &&
              node.scrollWidth > node.clientWidth + 1 &&
              !node.closest(".event-table, .codebook")
            );
          })
          .map((node) => node.textContent?.slice(0, 40)),
      );
      expect(clipped).toEqual([]);
      await context.close();
    });
  }
});

/**
 * `npm run bench:page`: the German story page in Chromium, against the same
 * events in Knight Lab's TimelineJS, with the CPU throttled 4x.
 *
 * The built site is copied to bench/out/site/ (so that a build running in parallel
 * cannot change it mid-run) and served on 127.0.0.1 under the harness's sub-path.
 * Every run uses a fresh browser context (cold cache), with the page's
 * Content-Security-Policy bypassed: the probes are evaluated strings, which the
 * page's CSP (no 'unsafe-eval') would refuse. Printed are the medians of
 * RUNS runs (env RUNS, default 5) of:
 * - bytes of first load by type: the gzip size (zlib level 9) of each response
 *   body, because the local server sends them uncompressed (headers not counted);
 * - when the first `.sequence-svg` and the first `figure.chart svg` are in the
 *   document (a MutationObserver installed before any page script; performance.now()).
 *   A chart drawn only when scrolled near (lazy) is timed where it appears: during
 *   the scroll-through, or after the bench scrolls to it;
 * - LCP (the last 'largest-contentful-paint' entry before any scrolling) and CLS
 *   (the sum of 'layout-shift' entries without recent input, load plus scroll-through);
 * - the longest 'longtask' while every `.step` is scrolled to 40 % of the viewport
 *   (300 ms each), and every Long Animation Frame over 50 ms in that time with its
 *   attribution (scripts by invoker and source, style and layout, render);
 * - the time of one `CallsChart(...)` call for 100, 1k and 10k synthetic events;
 * and, for TimelineJS fed the story's events: bytes, first render, LCP, CLS.
 * axe-core runs once on each page, without throttling.
 *
 * Before that, the bench builds the site twice and times each build with its peak memory
 * (bench/build.ts): first with the real events plus synthetic ones, EVENTS in all (env EVENTS,
 * default 10,000; 0 leaves this part out; bench/synthetic.ts, withSyntheticEvents), then with
 * the real events, which leaves dist/ as `npm run build` would. On the large site it loads the
 * story RUNS_LARGE times (default 1) with the same throttling: the first load's bytes, the
 * longest task on load, while scrolling through the steps and then through the charts below them
 * (each drawn when near), with the scripts that ran in each long frame; and the sources pages'
 * first HTML and first load. Budgets are printed as PASS/FAIL; the exit code is 1 when one fails.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import type { Browser, Page, Request, Response } from "playwright-core";
import { launch, serveDist } from "../tests/browser/harness.js";
import { cachedDataset } from "../src/lib/build-cache.js";
import { measureBuild, type BuildRun } from "./build.js";
import { writeSyntheticDataDir } from "./synthetic.js";

const RUNS = Number(process.env.RUNS ?? 5);
/** Events in the large build (the real ones plus synthetic ones); 0 leaves it out. */
const EVENTS = Number(process.env.EVENTS ?? 10_000);
const RUNS_LARGE = Number(process.env.RUNS_LARGE ?? 1);
const CPU_THROTTLING = 4;
const VIEWPORT = { width: 1280, height: 900 };
const CALLS_SIZES = [100, 1_000, 10_000];
const CALLS_WIDTH = 1000;
const STEP_WAIT_MS = 300;
const KB = 1024;

const BUDGET = {
  jsKB: 40, // issue 10.8
  totalKB: 50, // issue 10.8
  cls: 0, // issue 10.8: CLS 0
  lcpMs: 1000,
  longTaskMs: 50,
  calls10kMs: 150,
};

/** Issue 20: the budgets with EVENTS events. */
const BUDGET_LARGE = {
  totalKB: 60,
  longTaskMs: 200,
  sourcesHtmlKB: 100,
  /** The large build's wall time, as a multiple of the real one's. */
  buildRatio: 1.5,
  buildPeakMB: 1024,
};
const MB = 1024 * 1024;

const root = join(dirname(new URL(import.meta.url).pathname), "..");
const out = join(root, "bench", "out");
const require = createRequire(import.meta.url);
const timelineDist = join(dirname(require.resolve("@knight-lab/timelinejs/package.json")), "dist");
const axePath = require.resolve("axe-core/axe.min.js");

// ---------------------------------------------------------------------------
// Bytes: every response of the first load, by type, as gzip would send it.

const KINDS = ["js", "css", "data", "html", "other"] as const;
type Kind = (typeof KINDS)[number];

interface FileBytes {
  url: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

function kindOf(url: string, contentType: string): Kind {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path) || contentType.includes("javascript")) return "js";
  if (path.endsWith(".css") || contentType.includes("text/css")) return "css";
  if (/\.(json|csv)$/.test(path) || contentType.includes("json") || contentType.includes("csv"))
    return "data";
  if (path.endsWith("/") || path.endsWith(".html") || contentType.includes("text/html")) return "html";
  return "other";
}

/** Records the body of every response until `stop()`; `files()` waits for all bodies. */
function recordResponses(page: Page): { stop: () => void; files: () => Promise<FileBytes[]> } {
  const bodies: Promise<FileBytes | undefined>[] = [];
  let recording = true;
  const onResponse = (response: Response) => {
    if (!recording) return;
    const contentType = response.headers()["content-type"] ?? "";
    bodies.push(
      response.body().then(
        (body) => ({
          url: response.url(),
          kind: kindOf(response.url(), contentType),
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        }),
        () => undefined, // redirects and aborted requests have no body
      ),
    );
  };
  page.on("response", onResponse);
  return {
    stop: () => {
      recording = false;
      page.off("response", onResponse);
    },
    files: async () => (await Promise.all(bodies)).filter((file): file is FileBytes => !!file),
  };
}

function bytesByKind(files: FileBytes[]): Record<Kind | "total", number> {
  const sums = Object.fromEntries([...KINDS, "total"].map((kind) => [kind, 0])) as Record<
    Kind | "total",
    number
  >;
  for (const file of files) {
    sums[file.kind] += file.gzip;
    sums.total += file.gzip;
  }
  return sums;
}

// ---------------------------------------------------------------------------
// In the page. Written as strings: tsx would add helpers (`__name`) to functions
// handed to page.evaluate, which do not exist in the page.

/**
 * Installed before any page script: when each selector first matches
 * (MutationObserver, performance.now()), LCP, layout shifts and long tasks.
 */
function probes(watch: Record<string, string>): string {
  return `(() => {
  const bench = (window.__bench = { marks: {}, lcp: null, shifts: [], longTasks: [], frames: [] });
  const describe = (node) => !node ? "?" : node.nodeName.toLowerCase() + (node.id ? "#" + node.id : "") +
    (node.classList && node.classList.length ? "." + [...node.classList].join(".") : "");
  const pending = Object.entries(${JSON.stringify(watch)});
  const observer = new MutationObserver(() => {
    for (const [name, selector] of [...pending]) {
      if (!document.querySelector(selector)) continue;
      bench.marks[name] = performance.now();
      pending.splice(pending.findIndex(([other]) => other === name), 1);
    }
    if (pending.length === 0) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  const observe = (type, record) => new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
  observe("largest-contentful-paint", (entry) => { bench.lcp = { time: entry.startTime, size: entry.size, element: describe(entry.element) }; });
  observe("layout-shift", (entry) => {
    if (!entry.hadRecentInput) bench.shifts.push({ time: entry.startTime, value: entry.value, sources: (entry.sources || []).map((source) => describe(source.node)) });
  });
  observe("longtask", (entry) => bench.longTasks.push({ time: entry.startTime, duration: entry.duration }));
  // Long Animation Frames: what a long frame spent its time on (scripts, style and layout, render).
  const file = (url) => (url || "").replace(location.origin, "");
  try {
    observe("long-animation-frame", (entry) => bench.frames.push({
      time: entry.startTime, duration: entry.duration, blocking: entry.blockingDuration,
      render: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0,
      styleAndLayout: entry.styleAndLayoutStart ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0,
      scripts: entry.scripts.map((script) => ({
        invoker: script.invoker, source: file(script.sourceURL) + (script.sourceFunctionName ? " " + script.sourceFunctionName : ""),
        duration: script.duration, forcedLayout: script.forcedStyleAndLayoutDuration,
      })),
    }));
  } catch {}
})();`;
}

interface Probes {
  marks: Record<string, number>;
  lcp: { time: number; size: number; element: string } | null;
  shifts: { time: number; value: number; sources: string[] }[];
  longTasks: { time: number; duration: number }[];
  frames: LongFrame[];
}

/** A Long Animation Frame entry, reduced to its attribution. */
interface LongFrame {
  time: number;
  duration: number;
  blocking: number;
  /** From renderStart (rAF callbacks, style, layout, paint) and from styleAndLayoutStart to the frame's end. */
  render: number;
  styleAndLayout: number;
  scripts: { invoker: string; source: string; duration: number; forcedLayout: number }[];
}

const readProbes = (page: Page) => page.evaluate("window.__bench") as Promise<Probes>;

/**
 * Imports the built CallsChart module and times one call for each size, on events
 * cloned from the story's calls and meetings (all have a counterpart, so all are
 * drawn), dates spread over 20 January to 29 July 2025, ids unique. Also times
 * appending the chart and forcing layout, as information.
 */
function timeCallsChart(modulePath: string, storyPath: string): string {
  return `(async () => {
  const { CallsChart } = await import(new URL(${JSON.stringify(modulePath)}, document.baseURI).href);
  const story = await (await fetch(new URL(${JSON.stringify(storyPath)}, document.baseURI))).json();
  const templates = story.events.filter((event) => event.counterpart);
  const start = Date.UTC(2025, 0, 20), days = 191; // 20 January to 29 July 2025, inclusive
  const synthetic = (n) => Array.from({ length: n }, (_, i) => {
    const date = new Date(start + Math.floor((i * days) / n) * 86400000).toISOString().slice(0, 10);
    return { ...templates[i % templates.length], id: date + "-synthetic-" + i, date, dateLabel: date };
  });
  const results = {};
  for (const n of ${JSON.stringify(CALLS_SIZES)}) {
    const events = synthetic(n);
    const t0 = performance.now();
    const node = CallsChart({ events, actors: story.actors, meta: story.meta }, { width: ${CALLS_WIDTH}, lang: "de" });
    const t1 = performance.now();
    document.body.append(node);
    node.getBoundingClientRect();
    const t2 = performance.now();
    const marks = [...node.querySelectorAll(".calls-overview .calls-mark")];
    // A bin mark stands for data-count events, any other mark for one.
    const counted = marks.reduce((sum, mark) => sum + Number(mark.getAttribute("data-count") ?? 1), 0);
    results[n] = { build: t1 - t0, withLayout: t2 - t0, marks: marks.length, counted };
    node.remove();
  }
  return results;
})()`;
}

// ---------------------------------------------------------------------------
// Browser contexts.

/** A fresh context (cold cache) with 4x CPU throttling; requests not to our server are aborted and listed. */
async function openThrottled(
  browser: Browser,
  origin: string,
  watch: Record<string, string>,
  throttle = true,
) {
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLING });
  }
  const blocked: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:"))
      return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  requests.set(page, pendingRequests(page));
  await page.addInitScript({ content: probes(watch) });
  return { context, page, blocked, errors };
}

/**
 * The requests a page has sent that have neither finished nor failed (aborted ones fail). Counted
 * from the page's first request: `settled()` waits until none is pending, a condition of the page's
 * own requests, where Playwright's "networkidle" (no request for 500 ms) can wait on past the
 * timeout while a throttled page keeps the network busy now and then.
 */
function pendingRequests(page: Page): { settled: (timeout?: number) => Promise<void> } {
  const pending = new Set<Request>();
  page.on("request", (request) => pending.add(request));
  page.on("requestfinished", (request) => pending.delete(request));
  page.on("requestfailed", (request) => pending.delete(request));
  return {
    settled: async (timeout = 120_000) => {
      for (const start = Date.now(); pending.size > 0; await page.waitForTimeout(50))
        if (Date.now() - start > timeout)
          throw new Error(
            `still loading after ${timeout} ms: ${[...pending].map((r) => r.url()).join(", ")}`,
          );
    },
  };
}

const requests = new WeakMap<Page, ReturnType<typeof pendingRequests>>();

/** Loads a page; returns when the load event has fired, the given selectors matched and no request is pending. */
async function load(page: Page, url: string, marks: string[]): Promise<void> {
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForFunction(
    `${JSON.stringify(marks)}.every((name) => window.__bench.marks[name] !== undefined)`,
    undefined,
    { timeout: 120_000 },
  );
  await requests.get(page)!.settled();
}

// ---------------------------------------------------------------------------
// Our page: one run.

interface OurRun {
  files: FileBytes[];
  sequenceMs: number;
  /** When the first figure.chart svg existed; if drawn lazily, how long after the bench scrolled to it. */
  chartMs: number;
  chartLazyMs: number;
  chartPhase: string;
  lcp: Probes["lcp"];
  clsLoad: number;
  cls: number;
  shifts: Probes["shifts"];
  longestScrollTask: number;
  scrollTasks: Probes["longTasks"];
  scrollFrames: LongFrame[];
  longestLoadTask: number;
  steps: number;
  activated: number;
  calls: Record<number, { build: number; withLayout: number; marks: number; counted: number }>;
  blocked: string[];
  errors: string[];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Scrolls each step's top to 40 % of the viewport, 300 ms per step. Returns
 * performance.now() at the start, and how many steps the page made current
 * (the scrolly container's data-step), as a check that the scrolling did its work.
 */
async function scrollThroughSteps(
  page: Page,
): Promise<{ scrollStart: number; steps: number; activated: number; chartStep?: number }> {
  const scrollStart = (await page.evaluate("performance.now()")) as number;
  const count = (await page.evaluate('document.querySelectorAll(".step").length')) as number;
  let activated = 0;
  let chartStep: number | undefined;
  for (let i = 0; i < count; i++) {
    const current = (await page.evaluate(
      `(() => { const step = document.querySelectorAll(".step")[${i}]; scrollBy(0, step.getBoundingClientRect().top - innerHeight * 0.4); return step.id; })()`,
    )) as string;
    await page.waitForTimeout(STEP_WAIT_MS);
    if ((await page.evaluate("document.querySelector('.scrolly')?.dataset.step")) === current) activated++;
    if (chartStep === undefined && (await page.evaluate("window.__bench.marks.chart !== undefined")))
      chartStep = i + 1;
  }
  return { scrollStart, steps: count, activated, chartStep };
}

/** Scrolls the first chart (or its lazy placeholder) into view and waits until its svg exists. */
async function scrollToFirstChart(page: Page): Promise<void> {
  await page.evaluate(
    `document.querySelector("figure.chart, .lazy-chart")?.scrollIntoView({ block: "center" })`,
  );
  await page.waitForFunction("window.__bench.marks.chart !== undefined", undefined, { timeout: 120_000 });
}

async function runOurPage(browser: Browser, site: Site): Promise<OurRun> {
  const { context, page, blocked, errors } = await openThrottled(browser, site.origin, {
    sequence: ".sequence-svg",
    chart: "figure.chart svg",
  });
  const responses = recordResponses(page);
  await load(page, site.url, ["sequence"]);
  responses.stop();
  const loaded = await readProbes(page);

  const { scrollStart, steps, activated, chartStep } = await scrollThroughSteps(page);
  const scrolled = await readProbes(page);
  let chartPhase =
    loaded.marks.chart !== undefined
      ? "on load"
      : chartStep !== undefined
        ? `lazy, drawn at step ${chartStep}`
        : "lazy, after the bench scrolled to it";
  let chartLazyMs = NaN;
  if (chartStep === undefined && loaded.marks.chart === undefined) {
    const before = (await page.evaluate("performance.now()")) as number;
    await scrollToFirstChart(page);
    chartLazyMs = (await readProbes(page)).marks.chart - before;
    // Loaded by the last steps' scrolling, drawn just after them.
    if (chartLazyMs < 0) [chartLazyMs, chartPhase] = [NaN, "lazy, drawn after the last step"];
  }
  const chartMs = (await readProbes(page)).marks.chart;
  const scrollTasks = scrolled.longTasks.filter((task) => task.time >= scrollStart);
  const loadTasks = scrolled.longTasks.filter((task) => task.time < scrollStart);

  const calls = (await page.evaluate(timeCallsChart(site.callsChart, site.storyJson))) as OurRun["calls"];
  const files = await responses.files();
  await context.close();
  return {
    files,
    sequenceMs: loaded.marks.sequence,
    chartMs,
    chartLazyMs,
    chartPhase,
    lcp: loaded.lcp,
    clsLoad: sum(loaded.shifts.map((shift) => shift.value)),
    cls: sum(scrolled.shifts.map((shift) => shift.value)),
    shifts: scrolled.shifts,
    longestScrollTask: Math.max(0, ...scrollTasks.map((task) => task.duration)),
    scrollTasks,
    scrollFrames: scrolled.frames.filter(
      (frame) => frame.time >= scrollStart && frame.duration > BUDGET.longTaskMs,
    ),
    longestLoadTask: Math.max(0, ...loadTasks.map((task) => task.duration)),
    steps,
    activated,
    calls,
    blocked,
    errors,
  };
}

// ---------------------------------------------------------------------------
// TimelineJS: the same events, from node_modules, no CDN.

interface StoryEvent {
  date: string;
  headline: string;
  summary: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The story's events as a TimelineJS JSON object: date → start_date, headline, summary as text. */
function timelineJson(story: { events: StoryEvent[] }) {
  return {
    title: { text: { headline: "Telefonate, Waffen, Positionen", text: "" } },
    events: story.events.map((event) => {
      const [year, month, day] = event.date.split("-").map(Number);
      return {
        start_date: { year, month, day },
        text: { headline: escapeHtml(event.headline), text: `<p>${escapeHtml(event.summary)}</p>` },
      };
    }),
  };
}

/**
 * bench/out/site/timelinejs/: TimelineJS's script, stylesheet, icon font and German
 * locale, laid out as in its dist/ (the CSS points to ../js/../css/icons/), a
 * timeline.json and a page. font: null stops the web-font stylesheet, script_path
 * points the locale at our copy; analytics and sheets are off by default.
 */
function prepareTimelineJS(siteDir: string, story: { events: StoryEvent[] }): void {
  const dir = join(siteDir, "timelinejs");
  mkdirSync(join(dir, "js", "locale"), { recursive: true });
  for (const file of [
    "js/timeline.js",
    "js/timeline.js.LICENSE.txt",
    "js/locale/de.json",
    "css/timeline.css",
    "css/icons",
  ]) {
    cpSync(join(timelineDist, file), join(dir, file), { recursive: true });
  }
  writeFileSync(join(dir, "timeline.json"), JSON.stringify(timelineJson(story)));
  writeFileSync(
    join(dir, "index.html"),
    `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Telefonate, Waffen, Positionen – TimelineJS</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="css/timeline.css">
<script src="js/timeline.js"></script>
</head>
<body>
<main>
<h1>Telefonate, Waffen, Positionen</h1>
<div id="timeline" style="width: 100%; height: 650px"></div>
</main>
<script>
new TL.Timeline("timeline", "timeline.json", {
  language: "de",
  font: null,
  script_path: new URL("js/", document.baseURI).href,
  hash_bookmark: false,
});
</script>
</body>
</html>
`,
  );
}

interface TimelineRun {
  files: FileBytes[];
  renderMs: number;
  timenavMs: number;
  lcp: Probes["lcp"];
  cls: number;
  blocked: string[];
  errors: string[];
}

/** TimelineJS puts .tl-timeline on its container at once; it has rendered when a slide has its headline. */
const TIMELINE_WATCH = { slide: ".tl-slide .tl-headline", timenav: ".tl-timemarker" };

async function runTimelineJS(browser: Browser, site: Site): Promise<TimelineRun> {
  const { context, page, blocked, errors } = await openThrottled(browser, site.origin, TIMELINE_WATCH);
  const responses = recordResponses(page);
  await load(page, `${site.url}timelinejs/`, ["slide", "timenav"]);
  responses.stop();
  const probes = await readProbes(page);
  const files = await responses.files();
  await context.close();
  return {
    files,
    renderMs: probes.marks.slide,
    timenavMs: probes.marks.timenav,
    lcp: probes.lcp,
    cls: sum(probes.shifts.map((shift) => shift.value)),
    blocked,
    errors,
  };
}

// ---------------------------------------------------------------------------
// axe-core, once per page, unthrottled, default rules, after everything lazy has been drawn.

/** Scrolls down one viewport at a time to the end of the page, so that lazy content is drawn, then back to the top. */
async function scrollToEnd(page: Page): Promise<void> {
  for (
    let i = 0;
    i < 200 &&
    (await page.evaluate(
      "scrollBy(0, innerHeight), scrollY + innerHeight < document.documentElement.scrollHeight - 1",
    ));
    i++
  ) {
    await page.waitForTimeout(100);
  }
  await requests.get(page)!.settled();
  await page.evaluate("scrollTo(0, 0)");
}

async function axeViolations(
  browser: Browser,
  origin: string,
  url: string,
  watch: Record<string, string>,
): Promise<{ id: string; nodes: number }[]> {
  const { context, page } = await openThrottled(browser, origin, watch, false);
  await load(page, url, Object.keys(watch));
  await scrollToEnd(page);
  await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(
    "axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.length })))",
  )) as {
    id: string;
    nodes: number;
  }[];
  await context.close();
  return violations;
}

// ---------------------------------------------------------------------------
// The builds, and the site with EVENTS events.

const loadNow = () =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(" ");

type TimedBuild = BuildRun & { loadBefore: string; loadAfter: string };

interface Builds {
  real: TimedBuild;
  /** With EVENTS events, copied to `dir`. */
  large?: TimedBuild & { dir: string };
}

async function timedBuild(env: Record<string, string> = {}): Promise<TimedBuild> {
  const loadBefore = loadNow();
  const run = await measureBuild(env, root);
  return { ...run, loadBefore, loadAfter: loadNow() };
}

const buildLine = (run: TimedBuild) =>
  `${(run.ms / 1000).toFixed(1)} s (CPU ${((run.cpuMs ?? NaN) / 1000).toFixed(1)} s), peak ${(run.peakBytes / MB).toFixed(0)} MB ` +
  `(largest process ${(run.peakProcessBytes / MB).toFixed(0)} MB: ${run.peakProcess.replace(root, ".")}); load average ${run.loadBefore} → ${run.loadAfter}`;

/** Builds the large site (copied aside), then the real one, which stays in dist/ as npm run build leaves it. */
async function buildSites(): Promise<Builds> {
  for (const dir of ["site", "site-large"]) rmSync(join(out, dir), { recursive: true, force: true });
  let large: Builds["large"];
  if (EVENTS > 0) {
    const real = cachedDataset().events.rows.length;
    const dataDir = join(out, `data-${EVENTS}`);
    rmSync(dataDir, { recursive: true, force: true });
    writeSyntheticDataDir(dataDir, EVENTS - real);
    console.log(`bench:page: building with ${EVENTS} events (${real} real, ${EVENTS - real} synthetic) …`);
    const run = await timedBuild({ DATA_DIR: dataDir });
    const dir = join(out, "site-large");
    cpSync(join(root, "dist"), dir, { recursive: true });
    large = { ...run, dir };
    console.log(`  ${buildLine(large)}`);
  }
  console.log("bench:page: building with the real events …");
  const real = await timedBuild();
  console.log(`  ${buildLine(real)}`);
  return { real, large };
}

interface LargeStoryRun {
  files: FileBytes[];
  sequenceMs: number;
  loadTasks: Probes["longTasks"];
  stepTasks: Probes["longTasks"];
  chartTasks: Probes["longTasks"];
  /** Long animation frames over 100 ms, with the phase they fell in. */
  frames: (LongFrame & { phase: string })[];
  charts: number;
  drawn: number;
  steps: number;
  activated: number;
  errors: string[];
  blocked: string[];
}

/** Scrolls each chart below the steps to the middle of the viewport and waits until it is drawn. */
async function scrollThroughCharts(page: Page): Promise<{ charts: number; drawn: number }> {
  const charts = (await page.evaluate('document.querySelectorAll(".story-chart").length')) as number;
  let drawn = 0;
  for (let i = 0; i < charts; i++) {
    const chart = `document.querySelectorAll(".story-chart")[${i}]`;
    await page.evaluate(`${chart}.scrollIntoView({ block: "center" })`);
    try {
      await page.waitForFunction(`!!${chart}.querySelector("figure svg")`, undefined, { timeout: 120_000 });
      drawn++;
    } catch {
      // Counted as not drawn.
    }
    await page.waitForTimeout(STEP_WAIT_MS);
  }
  return { charts, drawn };
}

async function runLargeStory(browser: Browser, origin: string, url: string): Promise<LargeStoryRun> {
  const { context, page, blocked, errors } = await openThrottled(browser, origin, {
    sequence: ".sequence-svg",
  });
  const responses = recordResponses(page);
  await load(page, url, ["sequence"]);
  responses.stop();
  const { scrollStart, steps, activated } = await scrollThroughSteps(page);
  const chartsStart = (await page.evaluate("performance.now()")) as number;
  const { charts, drawn } = await scrollThroughCharts(page);
  const probes = await readProbes(page);
  const files = await responses.files();
  await context.close();
  const phase = (time: number) =>
    time < scrollStart ? "load" : time < chartsStart ? "steps" : "charts below the steps";
  return {
    files,
    sequenceMs: probes.marks.sequence,
    loadTasks: probes.longTasks.filter((task) => phase(task.time) === "load"),
    stepTasks: probes.longTasks.filter((task) => phase(task.time) === "steps"),
    chartTasks: probes.longTasks.filter((task) => phase(task.time) === "charts below the steps"),
    frames: probes.frames
      .filter((frame) => frame.duration > 100)
      .map((frame) => ({ ...frame, phase: phase(frame.time) })),
    charts,
    drawn,
    steps,
    activated,
    errors,
    blocked,
  };
}

/** A sources page's built HTML (gzip -9) and its first load in the throttled browser. */
async function runSourcesPage(browser: Browser, origin: string, url: string, file: string) {
  const body = readFileSync(file);
  const { context, page, errors } = await openThrottled(browser, origin, {});
  const responses = recordResponses(page);
  await load(page, url, []);
  responses.stop();
  const probes = await readProbes(page);
  const files = await responses.files();
  await context.close();
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    firstLoad: bytesByKind(files).total,
    longestTask: Math.max(0, ...probes.longTasks.map((task) => task.duration)),
    errors,
  };
}

interface LargeResult {
  build: NonNullable<Builds["large"]>;
  runs: LargeStoryRun[];
  sources: Record<string, Awaited<ReturnType<typeof runSourcesPage>>>;
  loadBefore: string;
  loadAfter: string;
}

/** The story and the sources pages of the large site. */
async function runLarge(browser: Browser, build: NonNullable<Builds["large"]>): Promise<LargeResult> {
  const { server, origin, url } = await serveDist(build.dir);
  const loadBefore = loadNow();
  const runs: LargeStoryRun[] = [];
  for (let run = 1; run <= RUNS_LARGE; run++) {
    runs.push(await runLargeStory(browser, origin, url));
    const last = runs.at(-1)!;
    console.log(
      `  ${EVENTS} events, run ${run}/${RUNS_LARGE}: first load ${kb(bytesByKind(last.files).total)}, ` +
        `longest task on load ${longTask(longest(last.loadTasks))}, steps ${longTask(longest(last.stepTasks))}, ` +
        `charts ${longTask(longest(last.chartTasks))}; load average ${loadNow()}`,
    );
  }
  const sources: LargeResult["sources"] = {};
  for (const path of SOURCES_PAGES)
    sources[path] = await runSourcesPage(browser, origin, url + path, join(build.dir, path));
  server.close();
  return { build, runs, sources, loadBefore, loadAfter: loadNow() };
}

const SOURCES_PAGES = ["quellen.html", "en/sources.html"];
const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((task) => task.duration));

/** Prints the large site's figures; returns its budgets. */
function reportLarge(large: LargeResult, real: TimedBuild): [string, boolean, string][] {
  const m = (pick: (run: LargeStoryRun) => number) => median(large.runs.map(pick));
  const bytes = Object.fromEntries(
    [...KINDS, "total"].map((kind) => [kind, m((run) => bytesByKind(run.files)[kind as Kind])]),
  ) as Record<Kind | "total", number>;
  const load = m((run) => longest(run.loadTasks));
  const steps = m((run) => longest(run.stepTasks));
  const charts = m((run) => longest(run.chartTasks));
  const last = large.runs.at(-1)!;
  console.log(
    `\nWith ${EVENTS} events (median of ${large.runs.length} run${large.runs.length === 1 ? "" : "s"}; load average ${large.loadBefore} → ${large.loadAfter})`,
  );
  console.log(`  build: ${buildLine(large.build)}`);
  console.log(`  build with the real events: ${buildLine(real)}`);
  console.log(
    `  first load: ${KINDS.map((kind) => `${kind} ${kb(bytes[kind])}`).join(", ")}; total ${kb(bytes.total)}`,
  );
  console.log(`  sticky graphic drawn at ${ms(m((run) => run.sequenceMs))}`);
  console.log(
    `  longest task: on load ${longTask(load)}, scrolling the steps ${longTask(steps)}, scrolling the charts below ${longTask(charts)}`,
  );
  console.log(
    `  long tasks (last run): load ${last.loadTasks.length} (${ms(sum(last.loadTasks.map((t) => t.duration)))} in all), ` +
      `steps ${last.stepTasks.length} (${ms(sum(last.stepTasks.map((t) => t.duration)))}), ` +
      `charts ${last.chartTasks.length} (${ms(sum(last.chartTasks.map((t) => t.duration)))}); ` +
      `steps made current ${last.activated} of ${last.steps}, charts drawn ${last.drawn} of ${last.charts}`,
  );
  console.log("  long animation frames > 100 ms (last run), with the scripts that ran in them:");
  for (const frame of last.frames)
    console.log(
      `    ${frame.phase}: ${ms(frame.duration)} (style+layout ${ms(frame.styleAndLayout)}): ${
        frame.scripts.map((s) => `${s.invoker} ${s.source} ${ms(s.duration)}`).join("; ") || "no script"
      }`,
    );
  fileList(`Files with ${EVENTS} events`, last.files, "");
  console.log(`  story HTML: ${htmlComposition(readFileSync(join(large.build.dir, "index.html"), "utf8"))}`);
  for (const [path, page] of Object.entries(large.sources))
    console.log(
      `  ${path}: HTML ${kb(page.gzip)} gzip (${kb(page.raw)} raw), first load ${kb(page.firstLoad)} gzip, longest task ${longTask(page.longestTask)}`,
    );
  const errors = [
    ...large.runs.flatMap((run) => run.errors),
    ...Object.values(large.sources).flatMap((page) => page.errors),
  ];
  if (errors.length) console.log(`  page errors: ${listUnique(errors)}`);
  const sourcesHtml = Math.max(...Object.values(large.sources).map((page) => page.gzip));
  const ratio = large.build.ms / real.ms;
  const peak = large.build.peakBytes / MB;
  return [
    [
      `${EVENTS} events: first load ≤ ${BUDGET_LARGE.totalKB} KB gzip`,
      bytes.total <= BUDGET_LARGE.totalKB * KB,
      kb(bytes.total),
    ],
    [
      `${EVENTS} events: no long task > ${BUDGET_LARGE.longTaskMs} ms on load`,
      load <= BUDGET_LARGE.longTaskMs,
      longTask(load),
    ],
    [
      `${EVENTS} events: none > ${BUDGET_LARGE.longTaskMs} ms scrolling (steps, charts)`,
      Math.max(steps, charts) <= BUDGET_LARGE.longTaskMs,
      `${longTask(steps)}, ${longTask(charts)}`,
    ],
    [
      `${EVENTS} events: sources page's HTML ≤ ${BUDGET_LARGE.sourcesHtmlKB} KB gzip`,
      sourcesHtml <= BUDGET_LARGE.sourcesHtmlKB * KB,
      kb(sourcesHtml),
    ],
    [
      `${EVENTS} events: build ≤ ${BUDGET_LARGE.buildRatio}x the real one's time`,
      ratio <= BUDGET_LARGE.buildRatio,
      `${ratio.toFixed(2)}x (${(large.build.ms / 1000).toFixed(0)} s / ${(real.ms / 1000).toFixed(0)} s; CPU ${((large.build.cpuMs ?? NaN) / (real.cpuMs ?? NaN)).toFixed(2)}x)`,
    ],
    [
      `${EVENTS} events: build peaks at ≤ ${BUDGET_LARGE.buildPeakMB} MB`,
      peak <= BUDGET_LARGE.buildPeakMB,
      `${peak.toFixed(0)} MB`,
    ],
  ];
}

// ---------------------------------------------------------------------------
// The site.

interface Site {
  server: Server;
  html: string;
  origin: string;
  url: string;
  callsChart: string;
  storyJson: string;
}

/** The one file in a folder whose name matches, as a path relative to the site; undefined if none or several. */
function onlyFile(dir: string, name: RegExp, prefix: string): string | undefined {
  const matches = readdirSync(dir).filter((file) => name.test(file));
  return matches.length === 1 ? prefix + matches[0] : undefined;
}

/** Copies dist/ to bench/out/site/, adds TimelineJS, serves it; finds the hashed CallsChart bundle and the story's path. */
async function prepareSite(
  siteDir = join(out, "site"),
): Promise<{ site: Site; story: { events: StoryEvent[] } }> {
  if (!existsSync(siteDir)) cpSync(join(root, "dist"), siteDir, { recursive: true });
  const html = readFileSync(join(siteDir, "index.html"), "utf8");
  // The German chart's bundle (scripts/bundle.ts), which the page loads only when the reader nears it.
  const callsChart = onlyFile(
    join(siteDir, "_js", "de", "components"),
    /^CallsChart-\w+\.js$/,
    "./_js/de/components/",
  );
  const storyJson = html.match(/\.\/_file\/data\/story-de\.[0-9a-f]+\.json/)?.[0];
  if (!callsChart || !storyJson)
    throw new Error("dist/index.html names no CallsChart module or story-de JSON; run npm run build");
  const story = JSON.parse(readFileSync(join(siteDir, storyJson), "utf8"));
  prepareTimelineJS(siteDir, story);
  const { server, origin, url } = await serveDist(siteDir);
  return { site: { server, html, origin, url, callsChart, storyJson }, story };
}

// ---------------------------------------------------------------------------
// Report.

const median = (values: number[]) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : "–");
/** A longtask duration; the API reports only tasks over 50 ms, so 0 means none as long. */
const longTask = (value: number) => (value > 0 ? ms(value) : "none > 50 ms");
const ratio = (ours: number, theirs: number) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}x` : "–");
const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);

const LABEL_WIDTH = 48;

function table(rows: [string, string, string, string][]): void {
  console.log(
    `${pad("", LABEL_WIDTH)}${padLeft("ours", 20)}${padLeft("TimelineJS", 12)}${padLeft("ours/TL", 10)}`,
  );
  for (const [label, ours, theirs, r] of rows)
    console.log(`${pad(label, LABEL_WIDTH)}${padLeft(ours, 20)}${padLeft(theirs, 12)}${padLeft(r, 10)}`);
}

/** The page's HTML: how much of its gzip size are <noscript> fallbacks and inline module scripts. */
function htmlComposition(html: string): string {
  const gzip = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
  const noscript = html.match(/<noscript>[\s\S]*?<\/noscript>/g) ?? [];
  const scripts = html.match(/<script type="module">[\s\S]*?<\/script>/g) ?? [];
  return (
    `${kb(gzip(html))} gzip (${kb(Buffer.byteLength(html))} raw); <noscript> fallbacks ${kb(gzip(noscript.join("")))} gzip in ${noscript.length} blocks, ` +
    `inline module scripts ${kb(gzip(scripts.join("")))} gzip, the rest ${kb(gzip(html.replace(/<noscript>[\s\S]*?<\/noscript>/g, "")))} gzip`
  );
}

function fileList(title: string, files: FileBytes[], origin: string): void {
  console.log(`\n${title} (first load, gzip -9 of each body, largest first)`);
  for (const file of [...files].sort((a, b) => b.gzip - a.gzip)) {
    console.log(
      `  ${padLeft(kb(file.gzip), 10)} ${padLeft(`(${kb(file.raw)} raw)`, 16)}  ${pad(file.kind, 6)}${file.url.replace(origin, "")}`,
    );
  }
}

async function main() {
  const builds = await buildSites();
  const { site } = await prepareSite();
  const browser = await launch();
  console.log(
    `bench:page: median of ${RUNS} runs, Chromium ${browser.version()}, ${CPU_THROTTLING}x CPU throttling, ${VIEWPORT.width}x${VIEWPORT.height}, cold cache`,
  );
  console.log(
    `  load average at start: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")} (other processes on the machine slow every timing)`,
  );
  console.log(
    `  bytes are the gzip -9 size of each response body (the local server sends them uncompressed; headers not counted); KB = ${KB} bytes`,
  );

  const ours: OurRun[] = [];
  const timeline: TimelineRun[] = [];
  for (let run = 1; run <= RUNS; run++) {
    // Alternate the two pages so that both see the same machine load.
    ours.push(await runOurPage(browser, site));
    timeline.push(await runTimelineJS(browser, site));
    const [o, t] = [ours.at(-1)!, timeline.at(-1)!];
    console.log(
      `  run ${run}/${RUNS}: ours first chart ${ms(o.sequenceMs)}, LCP ${ms(o.lcp?.time ?? NaN)}, CLS ${o.cls.toFixed(4)}, CallsChart 10k ${ms(o.calls[10_000].build)}; ` +
        `TimelineJS first slide ${ms(t.renderMs)}, LCP ${ms(t.lcp?.time ?? NaN)}`,
    );
  }
  const axeOurs = await axeViolations(browser, site.origin, site.url, { sequence: ".sequence-svg" });
  const axeTimeline = await axeViolations(browser, site.origin, `${site.url}timelinejs/`, TIMELINE_WATCH);
  site.server.close();
  const large = builds.large ? await runLarge(browser, builds.large) : undefined;
  await browser.close();
  console.log(
    `  load average at end: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}`,
  );

  // Medians.
  const m = <T>(runs: T[], pick: (run: T) => number) => median(runs.map(pick));
  const ourBytes = Object.fromEntries(
    [...KINDS, "total"].map((kind) => [kind, m(ours, (run) => bytesByKind(run.files)[kind as Kind])]),
  ) as Record<Kind | "total", number>;
  const tlBytes = Object.fromEntries(
    [...KINDS, "total"].map((kind) => [kind, m(timeline, (run) => bytesByKind(run.files)[kind as Kind])]),
  ) as Record<Kind | "total", number>;
  const ourFirst = m(ours, (run) => run.sequenceMs);
  const ourChart = m(ours, (run) => run.chartMs);
  const tlFirst = m(timeline, (run) => run.renderMs);
  const ourLcp = m(ours, (run) => run.lcp?.time ?? NaN);
  const tlLcp = m(timeline, (run) => run.lcp?.time ?? NaN);
  const ourClsLoad = m(ours, (run) => run.clsLoad);
  const ourCls = m(ours, (run) => run.cls);
  const tlCls = m(timeline, (run) => run.cls);
  const longest = m(ours, (run) => run.longestScrollTask);
  const calls = Object.fromEntries(
    CALLS_SIZES.map((n) => [
      n,
      { build: m(ours, (run) => run.calls[n].build), withLayout: m(ours, (run) => run.calls[n].withLayout) },
    ]),
  );

  console.log("");
  const byKind = KINDS.map((kind): [string, string, string, string] => [
    `  ${kind === "data" ? "json/data" : kind} (gzip)`,
    kb(ourBytes[kind]),
    kb(tlBytes[kind]),
    ratio(ourBytes[kind], tlBytes[kind]),
  ]);
  table([
    ["First load, bytes by type", "", "", ""],
    ...byKind,
    ["  total (gzip)", kb(ourBytes.total), kb(tlBytes.total), ratio(ourBytes.total, tlBytes.total)],
    [
      "  requests",
      String(m(ours, (run) => run.files.length)),
      String(m(timeline, (run) => run.files.length)),
      "",
    ],
    ["First render (ours: .sequence-svg; TL: slide)", ms(ourFirst), ms(tlFirst), ratio(ourFirst, tlFirst)],
    ["First figure.chart svg (ours) / TL timenav", ms(ourChart), ms(m(timeline, (run) => run.timenavMs)), ""],
    [`  ours drawn: ${ours.at(-1)!.chartPhase}`, "", "", ""],
    ["  lazy chart: svg after scrolling to it", ms(m(ours, (run) => run.chartLazyMs)), "–", ""],
    ["LCP", ms(ourLcp), ms(tlLcp), ratio(ourLcp, tlLcp)],
    ["CLS, load", ourClsLoad.toFixed(4), tlCls.toFixed(4), ""],
    ["CLS, load + scroll through the steps", ourCls.toFixed(4), "–", ""],
    ["Longest task on load", longTask(m(ours, (run) => run.longestLoadTask)), "–", ""],
    ["Longest task while scrolling", longTask(longest), "–", ""],
    ...CALLS_SIZES.map((n): [string, string, string, string] => [
      `CallsChart(), ${n} events (with append+layout)`,
      `${ms(calls[n].build)} (${ms(calls[n].withLayout)})`,
      "–",
      "",
    ]),
    ["axe-core violations", String(axeOurs.length), String(axeTimeline.length), ""],
  ]);
  console.log(`  axe ours: ${axeOurs.map((v) => `${v.id} (${v.nodes})`).join(", ") || "none"}`);
  console.log(`  axe TimelineJS: ${axeTimeline.map((v) => `${v.id} (${v.nodes})`).join(", ") || "none"}`);
  console.log(
    `  blocked requests (not to 127.0.0.1): ours ${listUnique(ours.flatMap((run) => run.blocked))}; TimelineJS ${listUnique(timeline.flatMap((run) => run.blocked))}`,
  );
  const pageErrors = [...ours, ...timeline].flatMap((run) => run.errors);
  if (pageErrors.length) console.log(`  page errors: ${listUnique(pageErrors)}`);

  // What lies behind the figures, from the last run.
  const last = ours.at(-1)!;
  fileList("Our files", last.files, site.url);
  fileList("TimelineJS files", timeline.at(-1)!.files, site.url);
  console.log(`\nOur HTML: ${htmlComposition(site.html)}`);
  console.log(
    `LCP element (ours, last run): ${last.lcp ? `${last.lcp.element}, ${Math.round(last.lcp.size)} px², at ${ms(last.lcp.time)}` : "none"}`,
  );
  console.log(
    `Layout shifts (ours, last run): ${last.shifts.map((s) => `${s.value.toFixed(4)} at ${ms(s.time)} [${s.sources.join(", ")}]`).join("; ") || "none"}`,
  );
  console.log(
    `Long tasks while scrolling (ours, last run): ${last.scrollTasks.map((t) => `${ms(t.duration)} at ${ms(t.time)}`).join(", ") || "none"}`,
  );
  console.log("Long animation frames > 50 ms while scrolling (ours, all runs; attribution):");
  for (const frame of ours.flatMap((run) => run.scrollFrames).sort((a, b) => b.duration - a.duration)) {
    const scripts = frame.scripts
      .map(
        (s) =>
          `${s.invoker} ${s.source} ${ms(s.duration)}${s.forcedLayout ? ` (forced layout ${ms(s.forcedLayout)})` : ""}`,
      )
      .join("; ");
    console.log(
      `  ${ms(frame.duration)} (blocking ${ms(frame.blocking)}, style+layout ${ms(frame.styleAndLayout)}, render ${ms(frame.render)}): ${scripts || "no script"}`,
    );
  }
  console.log(`Steps made current by scrolling (last run): ${last.activated} of ${last.steps}`);
  console.log(
    `CallsChart overview, synthetic events → marks (events they count): ${CALLS_SIZES.map((n) => `${n} → ${last.calls[n].marks} (${last.calls[n].counted})`).join(", ")}; above three rows per lane the chart counts events in bins of days`,
  );

  const largeBudgets = large ? reportLarge(large, builds.real) : [];
  const failed = budgets([
    [`JavaScript on first load ≤ ${BUDGET.jsKB} KB gzip`, ourBytes.js <= BUDGET.jsKB * KB, kb(ourBytes.js)],
    [
      `Everything on first load ≤ ${BUDGET.totalKB} KB gzip`,
      ourBytes.total <= BUDGET.totalKB * KB,
      kb(ourBytes.total),
    ],
    [`CLS ≤ ${BUDGET.cls} (load + scroll)`, ourCls <= BUDGET.cls, ourCls.toFixed(4)],
    [
      `LCP ≤ ${BUDGET.lcpMs / 1000} s (loopback, ${CPU_THROTTLING}x throttling)`,
      ourLcp <= BUDGET.lcpMs,
      ms(ourLcp),
    ],
    [
      `No long task > ${BUDGET.longTaskMs} ms while scrolling`,
      longest <= BUDGET.longTaskMs,
      longest > 0 ? `longest ${ms(longest)}` : "none > 50 ms",
    ],
    [
      `CallsChart with 10k events < ${BUDGET.calls10kMs} ms`,
      calls[10_000].build < BUDGET.calls10kMs,
      ms(calls[10_000].build),
    ],
    [
      "Fewer bytes than TimelineJS",
      ourBytes.total < tlBytes.total,
      `${kb(ourBytes.total)} vs ${kb(tlBytes.total)}`,
    ],
    ["Faster first render than TimelineJS", ourFirst < tlFirst, `${ms(ourFirst)} vs ${ms(tlFirst)}`],
    ...largeBudgets,
  ]);
  if (failed > 0) {
    console.error(`bench:page: ${failed} budget${failed === 1 ? "" : "s"} missed`);
    process.exitCode = 1;
  }
}

function listUnique(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts.size ? [...counts].map(([value, n]) => `${value} (${n}x)`).join(", ") : "none";
}

/** Prints each budget as PASS or FAIL; returns how many failed. */
function budgets(rows: [string, boolean, string][]): number {
  console.log("\nBUDGETS");
  for (const [label, pass, value] of rows)
    console.log(`  ${pass ? "PASS" : "FAIL"}  ${pad(label, 60)} ${value}`);
  return rows.filter(([, pass]) => !pass).length;
}

await main();

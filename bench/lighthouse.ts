/**
 * `npm run bench:lighthouse`: Lighthouse's mobile performance run (its default: a mid-range phone,
 * simulated slow 4G, 4x CPU slowdown) on the built story pages, RUNS times each (env RUNS,
 * default 5), printing each run's LCP, FCP, TBT, CLS and score with the load average, then the
 * medians; exits 1 when the median LCP of a page is over BUDGET_LCP_MS (issue 20: 1.0 s).
 *
 * dist/ is served on 127.0.0.1 under the harness's sub-path, compressed with gzip as a static
 * host serves it (Lighthouse simulates the network from the bytes it receives; uncompressed
 * HTML would cost it four times the time a reader waits for). Lighthouse is not a dependency
 * of the project (some 200 packages for one bench): the bench runs `npx lighthouse@VERSION`,
 * which npm fetches into its own cache once, or the lighthouse binary named by env LIGHTHOUSE.
 * Chromium as the browser tests find it (CHROMIUM_PATH, /usr/bin/chromium …).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { findChromium, SUB_PATH } from "../tests/browser/harness.js";

const RUNS = Number(process.env.RUNS ?? 5);
const VERSION = "12.8.2";
const BUDGET_LCP_MS = 1000;
const PAGES = ["", "en/"];
/** The built site (env DIST, default dist/). */
const dist = process.env.DIST ?? join(process.cwd(), "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};
const COMPRESSED = new Set([".html", ".js", ".css", ".json", ".svg"]);

/** dist/ under SUB_PATH, gzip where the client accepts it. */
async function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(dist, path.slice(SUB_PATH.length)));
    if (!path.startsWith(SUB_PATH) || !file.startsWith(dist)) return void response.writeHead(404).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void response.writeHead(404).end();
    const body = readFileSync(file);
    const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    response
      .writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        ...(gzip ? { "content-encoding": "gzip" } : {}),
      })
      .end(gzip ? gzipSync(body, { level: 6 }) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${SUB_PATH}` };
}

interface Run {
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  score: number;
  lcpElement: string;
  load: string;
}

async function lighthouse(url: string): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), "bench-lighthouse-"));
  const report = join(dir, "report.json");
  const [command, prefix] = process.env.LIGHTHOUSE
    ? [process.env.LIGHTHOUSE, []]
    : ["npx", ["--yes", `lighthouse@${VERSION}`]];
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
  try {
    await promisify(execFile)(
      command,
      [
        ...prefix,
        url,
        "--only-categories=performance",
        "--output=json",
        `--output-path=${report}`,
        "--quiet",
        "--chrome-flags=--headless --no-sandbox --disable-gpu",
      ],
      { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 64 * 1024 * 1024 },
    );
    const result = JSON.parse(readFileSync(report, "utf8"));
    const audit = (id: string) => result.audits[id]?.numericValue as number;
    const element = result.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
    return {
      lcp: audit("largest-contentful-paint"),
      fcp: audit("first-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
      score: Math.round(result.categories.performance.score * 100),
      lcpElement: element?.selector ?? element?.nodeLabel ?? "?",
      load,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value: number) => `${Math.round(value)} ms`;

async function main() {
  if (!existsSync(join(dist, "index.html"))) throw new Error("dist/index.html is missing: run npm run build");
  const { server, url } = await serve();
  console.log(
    `bench:lighthouse: Lighthouse ${VERSION} mobile (simulated), ${RUNS} runs per page, gzip from 127.0.0.1`,
  );
  let failed = 0;
  try {
    for (const page of PAGES) {
      const runs: Run[] = [];
      for (let i = 1; i <= RUNS; i++) {
        const run = await lighthouse(`${url}${page}`);
        runs.push(run);
        console.log(
          `  /${page} run ${i}/${RUNS}: LCP ${ms(run.lcp)}, FCP ${ms(run.fcp)}, TBT ${ms(run.tbt)}, CLS ${run.cls.toFixed(4)}, score ${run.score}; LCP element ${run.lcpElement}; load average ${run.load}`,
        );
      }
      const lcp = median(runs.map((run) => run.lcp));
      const pass = lcp <= BUDGET_LCP_MS;
      if (!pass) failed++;
      console.log(
        `  ${pass ? "PASS" : "FAIL"}  /${page}: median LCP ${ms(lcp)} ≤ ${BUDGET_LCP_MS} ms (FCP ${ms(median(runs.map((run) => run.fcp)))}, TBT ${ms(median(runs.map((run) => run.tbt)))}, score ${median(runs.map((run) => run.score))})`,
      );
    }
  } finally {
    server.close();
  }
  if (failed) {
    console.error(`bench:lighthouse: ${failed} page${failed === 1 ? "" : "s"} over the LCP budget`);
    process.exitCode = 1;
  }
}

await main();

/**
 * The built site in real Chromium: serves dist/ on 127.0.0.1 under a sub-path,
 * as a publisher would deploy it, and launches the system's Chromium through
 * playwright-core. Without a browser the tests are skipped loudly; with CI set,
 * they fail instead.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const SUB_PATH = "/zeitung/telefonate/";

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

export function findChromium(): string | undefined {
  return CANDIDATES.find((path): path is string => !!path && existsSync(path));
}

/** Whether the browser tests run; prints why not, and throws under CI. */
export function browserAvailable(): boolean {
  if (findChromium()) return true;
  const message = `No Chromium found (looked at ${CANDIDATES.filter(Boolean).join(", ")}); install it with 'apt-get install -y chromium' or set CHROMIUM_PATH.`;
  if (process.env.CI) throw new Error(`${message} CI must run the browser tests.`);
  console.warn(`\n*** BROWSER TESTS SKIPPED: ${message} ***\n`);
  return false;
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** A static server for dist/ under SUB_PATH; anything outside it is a 404. */
export async function serveDist(
  dist = join(process.cwd(), "dist"),
): Promise<{ server: Server; origin: string; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!path.startsWith(SUB_PATH)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(dist, path.slice(SUB_PATH.length)));
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { server, origin, url: `${origin}${SUB_PATH}` };
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests that would have left the local server (aborted). */
  foreign: string[];
}

/** A page in a fresh context that records console errors and aborts, and lists, every request that leaves `origin`. */
export async function watchedPage(
  browser: Browser,
  origin: string,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await context.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested.startsWith(origin) || requested.startsWith("data:") || requested.startsWith("blob:"))
      return route.continue();
    foreign.push(requested);
    return route.abort();
  });
  return { page, context, errors, foreign };
}

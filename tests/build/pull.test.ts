// npm run pull-data against a local HTTP server on 127.0.0.1: good, bad, slow and wrong-type
// responses, conditional requests, and nothing written unless every table passes.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatError } from "../../src/lib/errors.js";
import { pullData } from "../../src/lib/pull.js";
import { BROKEN_FILES, HELD_BACK } from "../broken-files.js";
import { FIXTURE_DIR } from "../helpers.js";

const run = promisify(execFile);
const fixture = (table: string) => readFileSync(join(FIXTURE_DIR, `${table}.csv`), "utf8");
const CALL = "2025-02-12-trump-putin-call";
const edited = () => fixture("events").replace("Erstes Telefonat", "Erstes Telefonat (aus der Tabelle)");

/** Requests seen, with their conditional headers. */
const seen: { path: string; ifNoneMatch?: string }[] = [];
let server: Server;
let base: string;

const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  "/events.csv": (request, response) => {
    if (request.headers["if-none-match"] === '"v1"') return void response.writeHead(304).end();
    response.writeHead(200, { "content-type": "text/csv; charset=utf-8", etag: '"v1"' }).end(edited());
  },
  "/sources.csv": (_request, response) =>
    response.writeHead(200, { "content-type": "text/csv" }).end(fixture("sources")),
  "/not-published": (_request, response) =>
    response
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end("<!DOCTYPE html><html><body>Sign in</body></html>"),
  "/slow.csv": (_request, response) => {
    setTimeout(() => response.writeHead(200, { "content-type": "text/csv" }).end(fixture("events")), 3000);
  },
  "/german.csv": (_request, response) =>
    response
      .writeHead(200, { "content-type": "text/csv" })
      .end(fixture("events").replace(`${CALL},2025-02-12,`, `${CALL},12.02.2025,`)),
  "/bad-row.csv": (_request, response) =>
    response
      .writeHead(200, { "content-type": "text/csv" })
      .end(fixture("events").replace(`${CALL},2025-02-12,`, `${CALL},2025-02-30,`)),
};

beforeAll(async () => {
  BROKEN_FILES.forEach((broken, index) => {
    routes[`/broken/${index}.csv`] = (_request, response) =>
      response.writeHead(200, { "content-type": "text/csv" }).end(broken.break(fixture("events")));
  });
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    seen.push({ path, ifNoneMatch: request.headers["if-none-match"] as string | undefined });
    (routes[path] ?? ((_q, r) => r.writeHead(404).end("not found")))(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server?.close());

function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "pull-"));
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  return dir;
}

const messages = (errors: Parameters<typeof formatError>[0][]) => errors.map(formatError);

describe("npm run pull-data", () => {
  it("writes the sheets to data/ when all pass, then asks only whether they changed", async () => {
    const dir = dataCopy();
    const config = { tables: { events: `${base}/events.csv`, sources: `${base}/sources.csv` }, retries: 0 };
    const first = await pullData(config, dir);
    expect(messages(first.errors)).toEqual([]);
    expect(first.written).toEqual(["events", "sources"]);
    expect(readFileSync(join(dir, "events.csv"), "utf8")).toContain("Erstes Telefonat (aus der Tabelle)");
    const second = await pullData(config, dir);
    expect(second.unchanged).toEqual(["events"]);
    expect(seen.filter((request) => request.path === "/events.csv").at(-1)?.ifNoneMatch).toBe('"v1"');
  });

  it("names a sheet that is not published (an HTML page instead of CSV) and a 404, and writes nothing", async () => {
    const dir = dataCopy();
    const before = readFileSync(join(dir, "sources.csv"), "utf8");
    const result = await pullData(
      {
        tables: {
          events: `${base}/not-published`,
          sources: `${base}/gone.csv`,
          actors: `${base}/events.csv`,
        },
        retries: 0,
      },
      dir,
    );
    expect(messages(result.errors)).toEqual([
      `events from ${base}/not-published:1: is an HTML page, not CSV: the sheet is probably not published as CSV, or the link opens the editor; allowed: the link from File > Share > Publish to web with 'Comma-separated values (.csv)' chosen; it ends in output=csv`,
      `sources from ${base}/gone.csv:1: answers 404 Not Found: the sheet is not published, or the link is wrong; allowed: the link from File > Share > Publish to web, with the table's tab and CSV chosen`,
    ]);
    expect(result.written).toEqual([]);
    expect(readFileSync(join(dir, "sources.csv"), "utf8")).toBe(before);
  });

  it("gives up on a sheet that does not answer in time, after the retries", async () => {
    const result = await pullData(
      { tables: { events: `${base}/slow.csv` }, timeoutMs: 300, retries: 1 },
      dataCopy(),
    );
    expect(messages(result.errors)).toEqual([
      `events from ${base}/slow.csv:1: did not answer within 0.3 s (tried 2 times); allowed: a reachable URL: check the network and the link, then run npm run pull-data again`,
    ]);
  });

  it("validates as check-data does: each error names the table, its URL and the row", async () => {
    const dir = dataCopy();
    const before = readFileSync(join(dir, "events.csv"), "utf8");
    const bad = await pullData({ tables: { events: `${base}/bad-row.csv` }, retries: 0 }, dir);
    expect(messages(bad.errors)).toEqual([
      `events from ${base}/bad-row.csv:2:2: date "2025-02-30" is not a date that exists; allowed: an ISO date that exists, YYYY-MM-DD, e.g. 2025-07-03`,
    ]);
    const german = await pullData({ tables: { events: `${base}/german.csv` }, retries: 0 }, dir);
    expect(messages(german.errors)).toEqual([
      `events from ${base}/german.csv:2:2: date "12.02.2025" is a German date (TT.MM.JJJJ), as a spreadsheet saves it: write 2025-02-12; format the column as text before saving; allowed: an ISO date that exists, YYYY-MM-DD, e.g. 2025-07-03`,
    ]);
    expect(readFileSync(join(dir, "events.csv"), "utf8")).toBe(before);
  });

  it.for(BROKEN_FILES.map((broken, index) => ({ ...broken, index })))(
    "gives a sheet broken as a whole one message and one line for the checks that wait: $name",
    async (broken) => {
      const dir = dataCopy();
      const url = `${base}/broken/${broken.index}.csv`;
      const result = await pullData({ tables: { events: url }, retries: 0 }, dir);
      const all = messages(result.errors);
      expect(all).toHaveLength(2);
      expect(all[0]).toMatch(broken.cause);
      expect(all[0].startsWith(`events from ${url}:`)).toBe(true);
      expect(all[1]).toMatch(HELD_BACK);
      expect(result.written).toEqual([]);
    },
  );

  it("runs from the command line with a config file, exiting 1 on an error", async () => {
    const dir = dataCopy();
    writeFileSync(
      join(dir, "sheets.json"),
      JSON.stringify({ tables: { events: `${base}/gone.csv` }, retries: 0 }),
    );
    const failure = await run(join(process.cwd(), "node_modules/.bin/tsx"), [
      "scripts/pull-data.ts",
      "--config",
      join(dir, "sheets.json"),
    ]).then(
      () => undefined,
      (error) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`events from ${base}/gone.csv:1: answers 404 Not Found`);
    expect(failure?.stderr).toContain("nothing written");
    const { stdout } = await run(join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/pull-data.ts"]);
    expect(stdout).toContain("data/sheets.json names no tables: nothing to pull");
  });
});

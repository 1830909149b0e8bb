/**
 * `npm run pull-data`: the data tables from a shared spreadsheet (a Google Sheet published
 * as CSV, or any https CSV), named in data/sheets.json. Every table is fetched (with a
 * timeout, retries and conditional requests), validated exactly as the local files are,
 * and only when all pass are they written to data/: the build stays offline and
 * reproducible, and a bad sheet never half-updates the story. Node only.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DataError } from "./errors.js";
import { readDataFiles } from "./files.js";
import { TABLE_NAMES, type TableName } from "./schema.js";
import { validateDataset } from "./validate.js";

export interface SheetsConfig {
  /** Per table, the URL of its published CSV. Tables not named here stay as they are in data/. */
  tables: Partial<Record<TableName, string>>;
  timeoutMs?: number;
  retries?: number;
}

/** What the last pull received, for conditional requests (data/sheets.lock.json). */
type Validators = Partial<Record<TableName, { url: string; etag?: string; lastModified?: string }>>;

type Fetched =
  | { table: TableName; url: string; status: "changed"; text: string; etag?: string; lastModified?: string }
  | { table: TableName; url: string; status: "unchanged" }
  | { table: TableName; url: string; status: "failed"; error: DataError };

export interface PullResult {
  errors: DataError[];
  /** The tables written to data/ (empty when any error stopped the pull). */
  written: TableName[];
  unchanged: TableName[];
}

const where = (table: TableName, url: string) => `${table} from ${url}`;

async function fetchOnce(url: string, timeoutMs: number, headers: Record<string, string>): Promise<Response> {
  return fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
}

/** One table: retried on timeouts, network errors and server errors; a clear message for each failure. */
export async function fetchTable(
  table: TableName,
  url: string,
  {
    timeoutMs = 15_000,
    retries = 2,
    previous,
  }: { timeoutMs?: number; retries?: number; previous?: Validators[TableName] },
): Promise<Fetched> {
  const file = where(table, url);
  const fail = (message: string, allowed: string): Fetched => ({
    table,
    url,
    status: "failed",
    error: { file, line: 1, message, allowed },
  });
  const headers: Record<string, string> = { accept: "text/csv, text/plain;q=0.9, */*;q=0.1" };
  if (previous?.url === url && previous.etag) headers["if-none-match"] = previous.etag;
  if (previous?.url === url && previous.lastModified) headers["if-modified-since"] = previous.lastModified;
  let last = "";
  for (let attempt = 0; attempt <= retries; attempt++) {
    let response: Response;
    try {
      response = await fetchOnce(url, timeoutMs, headers);
    } catch (error) {
      const name = (error as Error).name;
      last =
        name === "TimeoutError" || name === "AbortError"
          ? `did not answer within ${timeoutMs / 1000} s`
          : `could not be reached (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`;
      continue;
    }
    if (response.status === 304) return { table, url, status: "unchanged" };
    if (response.status === 404 || response.status === 410)
      return fail(
        `answers ${response.status} Not Found: the sheet is not published, or the link is wrong`,
        "the link from File > Share > Publish to web, with the table's tab and CSV chosen",
      );
    if (response.status === 401 || response.status === 403)
      return fail(
        `answers ${response.status}: the sheet needs a login`,
        "a sheet published to the web as CSV (File > Share > Publish to web)",
      );
    if (!response.ok) {
      last = `answers HTTP ${response.status}`;
      await response.body?.cancel();
      continue;
    }
    const text = await response.text();
    const type = response.headers.get("content-type") ?? "";
    if (/html/i.test(type) || /^\s*<(!doctype|html)/i.test(text))
      return fail(
        "is an HTML page, not CSV: the sheet is probably not published as CSV, or the link opens the editor",
        "the link from File > Share > Publish to web with 'Comma-separated values (.csv)' chosen; it ends in output=csv",
      );
    return {
      table,
      url,
      status: "changed",
      text,
      etag: response.headers.get("etag") ?? undefined,
      lastModified: response.headers.get("last-modified") ?? undefined,
    };
  }
  return fail(
    `${last} (tried ${retries + 1} time${retries === 0 ? "" : "s"})`,
    "a reachable URL: check the network and the link, then run npm run pull-data again",
  );
}

/** Fetches every table named in the config, validates the whole set and writes it to `dataDir` only if all pass. */
export async function pullData(config: SheetsConfig, dataDir: string): Promise<PullResult> {
  const lockPath = join(dataDir, "sheets.lock.json");
  const validators: Validators = existsSync(lockPath) ? JSON.parse(readFileSync(lockPath, "utf8")) : {};
  const named = TABLE_NAMES.filter((table) => config.tables[table]);
  const fetched = await Promise.all(
    named.map((table) =>
      fetchTable(table, config.tables[table]!, {
        timeoutMs: config.timeoutMs,
        retries: config.retries,
        previous: validators[table],
      }),
    ),
  );
  const errors: DataError[] = fetched.flatMap((result) => (result.status === "failed" ? [result.error] : []));
  const files = readDataFiles(dataDir);
  for (const result of fetched) {
    if (result.status !== "changed") continue;
    files[result.table] = { file: where(result.table, result.url), text: result.text };
  }
  // The sheets that arrived are validated once none failed to arrive (a missing one would cascade),
  // as check-data validates: a sheet broken as a whole (exported with German locale settings,
  // a header alone, a wrong encoding) gives one message.
  if (!fetched.some((result) => result.status === "failed")) errors.push(...validateDataset(files).errors);
  const unchanged = fetched.filter((result) => result.status === "unchanged").map((result) => result.table);
  if (errors.length > 0) return { errors, written: [], unchanged };
  const written: TableName[] = [];
  for (const result of fetched) {
    if (result.status !== "changed") continue;
    // Written beside the file and renamed over it, so that no reader sees half a file.
    const path = join(dataDir, `${result.table}.csv`);
    writeFileSync(`${path}.pulling`, result.text.endsWith("\n") ? result.text : `${result.text}\n`);
    renameSync(`${path}.pulling`, path);
    validators[result.table] = { url: result.url, etag: result.etag, lastModified: result.lastModified };
    written.push(result.table);
  }
  writeFileSync(lockPath, `${JSON.stringify(validators, null, 2)}\n`);
  return { errors, written, unchanged };
}

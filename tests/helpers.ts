import { readdirSync } from "node:fs";
import { csvFormatRows, csvParseRows } from "d3-dsv";
import { join } from "node:path";
import { readDataFiles } from "../src/lib/files.js";
import { formatError } from "../src/lib/errors.js";
import type { TableName } from "../src/lib/schema.js";
import { validateDataset, type DataFiles } from "../src/lib/validate.js";

export const FIXTURE_DIR = new URL("./fixtures/valid/", import.meta.url).pathname;

export function fixtureFiles(): DataFiles {
  return readDataFiles(FIXTURE_DIR);
}

/** The fixture data with one file's text changed. */
export function withText(table: TableName, change: (text: string) => string): DataFiles {
  const files = fixtureFiles();
  files[table] = { ...files[table], text: change(files[table].text) };
  return files;
}

/** Replaces the cell `column` of the row whose first cell is `key`. */
export function setCell(text: string, key: string, column: string, value: string): string {
  const lines = text.split("\n");
  const header = lines[0].split(",");
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  return lines
    .map((line) => {
      if (!line.startsWith(`${key},`)) return line;
      const cells = line.split(",");
      cells[index] = value;
      return cells.join(",");
    })
    .join("\n");
}

/** A new row for a CSV text: the given cells in the order of its header, every other cell empty. */
export function rowFor(text: string, cells: Record<string, string>): string {
  const [header] = csvParseRows(text.slice(0, text.indexOf("\n")));
  const unknown = Object.keys(cells).filter((column) => !header.includes(column));
  if (unknown.length > 0) throw new Error(`no column ${unknown.join(", ")}`);
  return csvFormatRows([header.map((column) => cells[column] ?? "")]);
}

/** A CSV text without one of its columns. */
export function withoutColumn(text: string, column: string): string {
  const [header, ...rows] = csvParseRows(text);
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  return `${csvFormatRows([header, ...rows].map((row) => row.filter((_, at) => at !== index)))}\n`;
}

/** Validation messages of changed fixture data, formatted as editors see them. */
export function messages(files: DataFiles): string[] {
  return validateDataset(files).errors.map(formatError);
}

/** Every TypeScript file under a folder, at any depth. */
export function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? tsFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The content of each <meta property|name="…">, by property or name. */
export function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const match of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g))
    tags.set(
      match[1],
      match[2]
        .replace(/&quot;/g, '"')
        .replace(/&nbsp;/g, "\u00a0")
        .replace(/&amp;/g, "&"),
    );
  return tags;
}

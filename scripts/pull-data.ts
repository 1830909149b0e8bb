/**
 * `npm run pull-data`: fetches the tables named in data/sheets.json (published spreadsheet
 * CSVs), validates them with the local data exactly as check-data does, and writes them to
 * data/ only when all pass. `--config path` reads another config file.
 */
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { formatErrors } from "../src/lib/errors.js";
import { dataDir } from "../src/lib/files.js";
import { pullData, type SheetsConfig } from "../src/lib/pull.js";

const { values } = parseArgs({ options: { config: { type: "string", default: "data/sheets.json" } } });
const config: SheetsConfig = JSON.parse(readFileSync(values.config!, "utf8"));
const named = Object.keys(config.tables ?? {});
if (named.length === 0) {
  console.log(`${values.config} names no tables: nothing to pull (data/ stays as it is)`);
  process.exit(0);
}
const dir =
  process.env.DATA_DIR ?? (values.config === "data/sheets.json" ? dataDir() : dirname(values.config!));
const { errors, written, unchanged } = await pullData(config, dir);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  console.error(`pull-data: nothing written; data/ stays as it was`);
  process.exit(1);
}
console.log(
  `pull-data: wrote ${written.length ? written.map((table) => `${table}.csv`).join(", ") : "nothing"}${unchanged.length ? `; unchanged since the last pull: ${unchanged.join(", ")}` : ""}`,
);

/**
 * `npm run bench:data`: validation plus derivation of synthetic tables of 1k,
 * 10k and 100k events, printed as rows per second against the budget.
 */
import { csvFormatRows } from "d3-dsv";
import { formatErrors } from "../src/lib/errors.js";
import { readDataFiles } from "../src/lib/files.js";
import { columns, type TableName } from "../src/lib/schema.js";
import { buildStory } from "../src/lib/story.js";
import { validateDataset, type DataFiles } from "../src/lib/validate.js";

const BUDGET_MS_100K = 1000;
const SIZES = [1_000, 10_000, 100_000];
const RUNS = 5;

const fixture = readDataFiles(new URL("../tests/fixtures/valid/", import.meta.url).pathname);
const types = ["call", "meeting", "weapons_decision", "statement", "talks", "attack"] as const;

/** n events in the style of the real ones, each with one source. */
function synthetic(n: number): DataFiles {
  const eventColumns = Object.keys(columns.events);
  const start = Date.UTC(2025, 0, 20);
  const events: string[][] = [];
  const sources: string[][] = [];
  for (let i = 0; i < n; i++) {
    const date = new Date(start + Math.floor((i / n) * 190) * 86_400_000).toISOString().slice(0, 10);
    const type = types[i % types.length];
    const id = `${date}-event-${i}`;
    const row: Record<string, string> = {
      id,
      date,
      date_precision: "day",
      type,
      status: "occurred",
      actors: i % 3 === 0 ? "trump;putin" : "trump;zelensky",
      topic: "weapons",
      headline_de: `Ereignis ${i}: Telefonat, Waffen, Positionen`,
      headline_en: `Event ${i}: calls, weapons, positions`,
      summary_de: `Zusammenfassung des Ereignisses ${i}, mit Komma, und "Zitat".`,
      summary_en: `Summary of event ${i}, with a comma, and a "quote".`,
      delivery_status: type === "weapons_decision" ? ["halted_partly", "flowing"][i % 2] : "",
      confidence: "high",
      time: i % 5 === 0 ? "10:00" : "",
      tz: i % 5 === 0 ? "America/New_York" : "",
    };
    events.push(eventColumns.map((name) => row[name] ?? ""));
    const source: Record<string, string> = {
      event_id: id,
      outlet: "Example Wire",
      url: `https://example.org/${id}`,
      kind: "wire",
      language: "en",
    };
    sources.push(Object.keys(columns.sources).map((name) => source[name] ?? ""));
  }
  const csv = (table: TableName, rows: string[][]) =>
    `${csvFormatRows([Object.keys(columns[table]), ...rows])}\n`;
  return {
    ...fixture,
    events: { file: "events.csv", text: csv("events", events) },
    sources: { file: "sources.csv", text: csv("sources", sources) },
    // The fixture's systems and fact checks point to fixture events.
    systems: { file: "systems.csv", text: csv("systems", []) },
    factchecks: { file: "factchecks.csv", text: csv("factchecks", []) },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`bench:data: median of ${RUNS} runs, Node ${process.version}`);
console.log("rows      validate ms  derive ms  total ms  rows/s");
for (const n of SIZES) {
  const files = synthetic(n);
  const validate: number[] = [];
  const derive: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const { data, errors } = validateDataset(files);
    const t1 = performance.now();
    if (errors.length > 0) throw new Error(`synthetic data invalid: ${formatErrors(errors.slice(0, 5))}`);
    buildStory(data, "de");
    const t2 = performance.now();
    validate.push(t1 - t0);
    derive.push(t2 - t1);
  }
  const total = median(validate) + median(derive);
  const row = [
    String(n).padEnd(9),
    median(validate).toFixed(0).padStart(11),
    median(derive).toFixed(0).padStart(10),
    total.toFixed(0).padStart(9),
    Math.round((n / total) * 1000)
      .toLocaleString("en")
      .padStart(9),
  ];
  const verdict =
    n === 100_000 ? `  budget < ${BUDGET_MS_100K} ms: ${total < BUDGET_MS_100K ? "PASS" : "FAIL"}` : "";
  console.log(row.join(" ") + verdict);
}

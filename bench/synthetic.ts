/** Synthetic data in the style of the real data, for bench:data and its profile. */
import { csvFormatRows } from "d3-dsv";
import { readDataFiles } from "../src/lib/files.js";
import { columns, type TableName } from "../src/lib/schema.js";
import type { DataFiles } from "../src/lib/validate.js";

const fixture = readDataFiles(new URL("../tests/fixtures/valid/", import.meta.url).pathname);
const types = ["call", "meeting", "weapons_decision", "statement", "talks", "attack"] as const;

/** n events in the style of the real ones, each with one source. */
export function synthetic(n: number): DataFiles {
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

/**
 * Synthetic data in the style of the real data, the one generator for benches and tests:
 * `synthetic(n)` as CSV files (bench:data validates and derives them), `syntheticStory(story, n)`
 * as a story's data (bench:explorer, the calls chart's tests with thousands of events).
 */
import { csvFormatRows } from "d3-dsv";
import { DAY_MS, daysBetween, parseDate } from "../src/lib/dates.js";
import { readDataFiles } from "../src/lib/files.js";
import { formatDate } from "../src/lib/format.js";
import { columns, type TableName } from "../src/lib/schema.js";
import type { StoryData, StoryEvent } from "../src/lib/story-types.js";
import type { DataFiles } from "../src/lib/validate.js";
import { TERM_START } from "../src/lib/story-window.js";

const fixture = readDataFiles(new URL("../tests/fixtures/valid/", import.meta.url).pathname);
const types = ["call", "meeting", "weapons_decision", "statement", "talks", "attack"] as const;

/** n events in the style of the real ones, each with one source. */
export function synthetic(n: number): DataFiles {
  const eventColumns = Object.keys(columns.events);
  const start = parseDate(TERM_START).getTime();
  const events: string[][] = [];
  const sources: string[][] = [];
  for (let i = 0; i < n; i++) {
    const date = new Date(start + Math.floor((i / n) * 190) * DAY_MS).toISOString().slice(0, 10);
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

/**
 * A story of n events cloned in turn from `templates` (the story's events unless given), with
 * unique ids and dates spread evenly from `from` to `until`, both included (the term's start and
 * the last day of the data unless given), in order of date as the loader orders them.
 */
export function syntheticStory(
  story: StoryData,
  n: number,
  {
    templates = story.events,
    from = story.meta.termStart,
    until = story.meta.dataUntil,
  }: { templates?: readonly StoryEvent[]; from?: string; until?: string } = {},
): StoryData {
  const start = parseDate(from).getTime();
  const days = daysBetween(from, until) + 1;
  const events = Array.from({ length: n }, (_, i): StoryEvent => {
    const date = new Date(start + Math.floor((i * days) / n) * DAY_MS).toISOString().slice(0, 10);
    const dateLabel = formatDate(date, story.lang);
    return {
      ...templates[i % templates.length],
      id: `${date}-synthetic-${i}`,
      date,
      endDate: undefined,
      dateLabel,
    };
  });
  return { ...story, events, meta: { ...story.meta, eventCount: n } };
}

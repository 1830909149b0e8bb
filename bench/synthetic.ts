/**
 * Synthetic data in the style of the real data, the one generator for benches and tests:
 * `synthetic(n)` as CSV files (bench:data validates and derives them), `withSyntheticEvents(files, n)`
 * as the project's data with n events added (bench:page's large build), `syntheticStory(story, n)`
 * as a story's data (bench:explorer, the calls chart's tests with thousands of events).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvFormatRows, csvParse, csvParseRows } from "d3-dsv";
import { DAY_MS, daysBetween, parseDate } from "../src/lib/dates.js";
import { readDataFiles } from "../src/lib/files.js";
import { formatDate } from "../src/lib/format.js";
import { columns, type TableName } from "../src/lib/schema.js";
import type { StoryData, StoryEvent } from "../src/lib/story-types.js";
import type { DataFiles } from "../src/lib/validate.js";
import { TERM_START } from "../src/lib/story-window.js";

const fixture = readDataFiles(new URL("../tests/fixtures/valid/", import.meta.url).pathname);
const types = ["call", "meeting", "weapons_decision", "statement", "talks", "attack"] as const;
type EventType = (typeof types)[number];

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface RowOptions {
  /** The first day (ISO) and how many days the events spread over. */
  from: string;
  days: number;
  /** The kinds of event, taken in turn. */
  types: readonly EventType[];
}

/** n events in the style of the real ones and one source each, as records by column name. */
function syntheticRows(n: number, { from, days, types }: RowOptions) {
  const start = parseDate(from).getTime();
  const events: Record<string, string>[] = [];
  const sources: Record<string, string>[] = [];
  for (let i = 0; i < n; i++) {
    const date = isoDay(start + Math.floor((i / n) * days) * DAY_MS);
    const type = types[i % types.length];
    const id = `${date}-event-${i}`;
    events.push({
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
    });
    sources.push({
      event_id: id,
      // A newspaper: a wire source must link to a host that data/hosts.csv lists as a wire (source-policy.ts).
      outlet: "Example Daily",
      url: `https://example.org/${id}`,
      kind: "press",
      language: "en",
    });
  }
  return { events, sources };
}

const cells = (header: string[], rows: Record<string, string>[]) =>
  rows.map((row) => header.map((name) => row[name] ?? ""));

const csv = (table: TableName, rows: Record<string, string>[]) => {
  const header = Object.keys(columns[table]);
  return `${csvFormatRows([header, ...cells(header, rows)])}\n`;
};

/** n events in the style of the real ones, each with one source. */
export function synthetic(n: number): DataFiles {
  const { events, sources } = syntheticRows(n, { from: TERM_START, days: 190, types });
  return {
    ...fixture,
    events: { file: "events.csv", text: csv("events", events) },
    sources: { file: "sources.csv", text: csv("sources", sources) },
    // The fixture's systems and fact checks point to fixture events.
    systems: { file: "systems.csv", text: csv("systems", []) },
    factchecks: { file: "factchecks.csv", text: csv("factchecks", []) },
  };
}

/** A CSV file's text with rows appended, their cells in the order of the file's own header. */
function appendRows(text: string, rows: Record<string, string>[]): string {
  const header = csvParseRows(text.slice(0, text.search(/\r?\n/)).replace(/^\uFEFF/, ""))[0];
  return `${text.replace(/(\r?\n)?$/, "\n")}${csvFormatRows(cells(header, rows))}\n`;
}

/**
 * The project's data with n synthetic events (one source each) added: the real events stay, so
 * that the story, its steps and the facts its prose states still hold. The added events lie
 * within the real events' period and change none of those facts: no Trump–Putin call (the
 * calls are numbered) and no weapons decision (the halts).
 */
export function withSyntheticEvents(files: DataFiles, n: number): DataFiles {
  const dates = csvParse(files.events.text.replace(/^\uFEFF/, "")).map((row) => row.date!);
  const from = dates.reduce((a, b) => (b < a ? b : a));
  const until = dates.reduce((a, b) => (b > a ? b : a));
  const days = (Date.parse(until) - Date.parse(from)) / DAY_MS + 1;
  const { events, sources } = syntheticRows(n, {
    from,
    days,
    types: ["statement", "talks", "attack", "meeting"],
  });
  for (const event of events) if (event.type === "meeting") event.actors = "trump;zelensky";
  return {
    ...files,
    events: { ...files.events, text: appendRows(files.events.text, events) },
    sources: { ...files.sources, text: appendRows(files.sources.text, sources) },
  };
}

/** Writes the project's data plus `added` synthetic events to `dir` (a DATA_DIR for a build); returns it. */
export function writeSyntheticDataDir(dir: string, added: number, from = readDataFiles()): string {
  mkdirSync(dir, { recursive: true });
  for (const { file, text } of Object.values(withSyntheticEvents(from, added)))
    writeFileSync(join(dir, file.split("/").at(-1)!), text);
  return dir;
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

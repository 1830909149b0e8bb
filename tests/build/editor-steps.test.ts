// The README's editor steps, performed on a copy of the project: add an event, its
// source and a corrections row; check-data, the loaders and the build must all pass,
// and the page must show the new event. A correct edit must never turn the tests red.
import { execFile } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { csvFormatRow } from "d3-dsv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoryData } from "../../src/lib/story.js";
import { projectCopy } from "../project-copy.js";

const run = promisify(execFile);
const ROOT = process.cwd();

const EVENT = {
  id: "2025-07-10-rome-recovery-conference",
  headline_de: "Wiederaufbaukonferenz in Rom: Selenskyj bittet um Patriot-Systeme",
  headline_en: "Recovery conference in Rome: Zelensky asks for Patriot systems",
};

let copy: string;

/** The day after the latest correction in the real data: an editor's new row is always the latest. */
const CORRECTION_DATE = (() => {
  const dates = readFileSync(join(ROOT, "data/corrections.csv"), "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.slice(0, 10))
    .filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))
    .sort();
  const next = new Date(`${dates.at(-1)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
})();

/** A row for events.csv in the order of its header, from the README's columns. */
function eventRow(header: string[]): string {
  const row: Record<string, string> = {
    id: EVENT.id,
    date: "2025-07-10",
    date_precision: "day",
    type: "statement",
    status: "occurred",
    actors: "zelensky",
    topic: "weapons",
    headline_de: EVENT.headline_de,
    headline_en: EVENT.headline_en,
    summary_de: "Auf der Konferenz in Rom bat Selenskyj die Verbündeten um weitere Flugabwehr.",
    summary_en: "At the conference in Rome, Zelensky asked the allies for more air defence.",
    confidence: "medium",
  };
  return csvFormatRow(header.map((name) => row[name] ?? ""));
}

const npm = (script: string) =>
  run("npm", ["run", "--silent", script], {
    cwd: copy,
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1" },
  });

let remove: () => void;

beforeAll(() => {
  ({ dir: copy, remove } = projectCopy("editor-steps-"));
  // README, "adding or correcting an event": steps 1, 2 and 5.
  const header = readFileSync(join(copy, "data/events.csv"), "utf8").split("\n")[0].split(",");
  appendFileSync(join(copy, "data/events.csv"), `${eventRow(header)}\n`);
  // Its source, in the order of sources.csv's header (the optional columns left empty).
  const source: Record<string, string> = {
    event_id: EVENT.id,
    outlet: "Example News",
    url: "https://example.org/rome-conference",
    kind: "press",
    language: "en",
  };
  const sourceHeader = readFileSync(join(copy, "data/sources.csv"), "utf8").split("\n")[0].split(",");
  appendFileSync(
    join(copy, "data/sources.csv"),
    `${csvFormatRow(sourceHeader.map((name) => source[name] ?? ""))}\n`,
  );
  appendFileSync(
    join(copy, "data/corrections.csv"),
    `${CORRECTION_DATE},Ereignis ergänzt: Wiederaufbaukonferenz in Rom.,Event added: the recovery conference in Rome.\n`,
  );
});

afterAll(() => remove?.());

describe("the README's editor steps on a copy of the data", () => {
  it("npm run check-data passes and counts the new event", async () => {
    const { stdout } = await npm("check-data");
    const before = readFileSync(join(ROOT, "data/events.csv"), "utf8").trim().split("\n").length - 1;
    expect(stdout).toContain(`data ok: ${before + 1} events`);
  });

  it("the story loader carries the new event and the new date of the last correction", async () => {
    const { stdout } = await run(
      join(ROOT, "node_modules/.bin/tsx"),
      ["src/data/story-[lang].json.ts", "--lang", "de"],
      {
        cwd: copy,
        maxBuffer: 1 << 26,
      },
    );
    const story: StoryData = JSON.parse(stdout);
    expect(story.events.find((event) => event.id === EVENT.id)?.headline).toBe(EVENT.headline_de);
    expect(story.meta.updated).toBe(CORRECTION_DATE);
  });

  it(
    "npm run build passes and the pages and the download show the new event",
    { timeout: 600_000 },
    async () => {
      await npm("build");
      // Every event is listed on the sources-and-data page of each language.
      const de = readFileSync(join(copy, "dist/quellen.html"), "utf8");
      const en = readFileSync(join(copy, "dist/en/sources.html"), "utf8");
      expect(de).toContain(EVENT.headline_de);
      expect(en).toContain(EVENT.headline_en);
      expect(readFileSync(join(copy, "dist/data/events.csv"), "utf8")).toContain(EVENT.id);
    },
  );
});

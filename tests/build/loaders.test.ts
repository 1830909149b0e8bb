// The data loaders run for real (as Framework runs them) on fixture CSVs.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import type { StoryData } from "../../src/lib/story.js";
import { FIXTURE_DIR, rowFor } from "../helpers.js";

const run = promisify(execFile);
const TSX = join(process.cwd(), "node_modules/.bin/tsx");

async function runLoader(loader: string, dataDir: string, args: string[] = []) {
  return run(TSX, [join("src/data", loader), ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    maxBuffer: 1 << 26,
  });
}

/** A copy of the fixture data to change. */
function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "data-"));
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  return dir;
}

describe("story loader", () => {
  it("emits the story with numbered calls, days between them and the halt periods", async () => {
    const { stdout } = await runLoader("story-[lang].json.ts", FIXTURE_DIR, ["--lang", "de"]);
    const story: StoryData = JSON.parse(stdout);
    const calls = story.events.filter((event) => event.callNumber !== undefined);
    expect(calls.map((call) => [call.date, call.callNumber, call.daysSincePreviousCall])).toEqual([
      ["2025-02-12", 1, undefined],
      ["2025-03-18", 2, 34],
      ["2025-05-19", 3, 62],
      ["2025-06-04", 4, 16],
      ["2025-06-14", 5, 10],
      ["2025-07-03", 6, 19],
    ]);
    expect(story.haltPeriods.map(({ status, start, end, days }) => ({ status, start, end, days }))).toEqual([
      { status: "halted_all", start: "2025-03-03", end: "2025-03-12", days: 9 },
      { status: "halted_partly", start: "2025-07-01", end: "2025-07-07", days: 6 },
    ]);
    const call = story.events.find((event) => event.id === "2025-07-03-trump-putin-call")!;
    expect(call.dateLabel).toBe("3.\u00a0Juli 2025");
    expect(call.timeLabel).toBe(
      "10\u00a0Uhr in Washington, 16\u00a0Uhr in Berlin, 17\u00a0Uhr in Kyjiw und Moskau",
    );
    expect(call.sources).toHaveLength(1);
    expect(story.meta).toMatchObject({
      dataUntil: "2025-07-14",
      updated: "2025-08-01",
      updatedLabel: "1.\u00a0August 2025",
      eventCount: 14,
    });
  });

  it("emits English text, names and dates from the same data", async () => {
    const story: StoryData = JSON.parse(
      (await runLoader("story-[lang].json.ts", FIXTURE_DIR, ["--lang", "en"])).stdout,
    );
    expect(story.lang).toBe("en");
    expect(story.actors.zelensky.name).toBe("Volodymyr Zelensky");
    const call = story.events.find((event) => event.id === "2025-07-04-trump-zelensky-call")!;
    expect(call).toMatchObject({
      headline: "Call with Zelensky",
      dateLabel: "4 July 2025",
      counterpart: "zelensky",
    });
    expect(call.quote).toMatchObject({
      lang: "uk",
      translation: "We are ready for direct projects with America",
      speaker: "zelensky",
    });
  });

  it("makes a Trump–Putin call added on 18 August call 7, with no code change", async () => {
    const dir = fixtureCopy();
    const events = readFileSync(join(dir, "events.csv"), "utf8");
    const august = rowFor(events, {
      id: "2025-08-18-trump-putin-call",
      date: "2025-08-18",
      date_precision: "day",
      type: "call",
      status: "occurred",
      actors: "putin;trump",
      topic: "negotiations",
      headline_de: "Siebtes Telefonat",
      headline_en: "Seventh call",
      summary_de: "Während des Gipfels.",
      summary_en: "During the summit.",
      confidence: "high",
    });
    writeFileSync(join(dir, "events.csv"), `${events}${august}\n`);
    writeFileSync(
      join(dir, "sources.csv"),
      `${readFileSync(join(dir, "sources.csv"), "utf8")}2025-08-18-trump-putin-call,Example Wire,,https://example.org/2025/08/18/trump-putin-call,wire,en,\n`,
    );
    const story: StoryData = JSON.parse(
      (await runLoader("story-[lang].json.ts", dir, ["--lang", "de"])).stdout,
    );
    const added = story.events.find((event) => event.id === "2025-08-18-trump-putin-call")!;
    expect(added.callNumber).toBe(7);
    expect(added.daysSincePreviousCall).toBe(46);
    expect(story.meta.dataUntil).toBe("2025-08-18");
  });

  it("stops with every error, located, when the data is wrong", async () => {
    const dir = fixtureCopy();
    const events = readFileSync(join(dir, "events.csv"), "utf8");
    writeFileSync(join(dir, "events.csv"), events.replace("2025-02-12,,,,day", "2025-02-30,,,,daily"));
    const failure = await runLoader("story-[lang].json.ts", dir, ["--lang", "de"]).then(
      () => undefined,
      (error) => error as { code: number; stderr: string; stdout: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toBe("");
    expect(failure?.stderr).toContain("2 errors in the data:");
    expect(failure?.stderr).toContain('events.csv:2:2: date "2025-02-30" is not a date that exists');
    expect(failure?.stderr).toContain(
      'events.csv:2:6: date_precision "daily" is not one of the allowed values; allowed: one of day, overnight, range, approximate, reported',
    );
  });
});

describe("download loader", () => {
  it("writes the cleaned CSV of each table, with every row", async () => {
    const { stdout } = await runLoader("[table].csv.ts", FIXTURE_DIR, ["--table", "events"]);
    const rows = csvParse(stdout);
    expect(rows).toHaveLength(14);
    expect(rows.columns.slice(0, 3)).toEqual(["id", "date", "end_date"]);
    expect(rows.find((row) => row.id === "2025-07-01-halt-confirmed")?.quote_de).toBe(
      "Diese Entscheidung wurde getroffen, um Amerikas Interessen an erste Stelle zu setzen.",
    );
  });

  it("neutralises cells that a spreadsheet would run as a formula", async () => {
    const dir = fixtureCopy();
    const actors = readFileSync(join(dir, "actors.csv"), "utf8");
    writeFileSync(
      join(dir, "actors.csv"),
      actors.replace("US-Präsident,US President", '"=HYPERLINK(""http://evil.example"")",@SUM(A1)'),
    );
    const { stdout } = await runLoader("[table].csv.ts", dir, ["--table", "actors"]);
    const trump = csvParse(stdout).find((row) => row.id === "trump")!;
    expect(trump.role_de).toBe('\'=HYPERLINK("http://evil.example")');
    expect(trump.role_en).toBe("'@SUM(A1)");
  });
});

describe("page loaders", () => {
  const page = async (loader: string) =>
    (
      await run(TSX, [join("src", loader)], {
        env: { ...process.env, DATA_DIR: FIXTURE_DIR },
        maxBuffer: 1 << 26,
      })
    ).stdout;

  it("draw the codebook in the page's language", async () => {
    // The codebook is on the sources-and-data page of each language.
    const [de, en] = await Promise.all([page("quellen.md.ts"), page(join("en", "sources.md.ts"))]);
    expect(de).toContain("Überschrift auf Deutsch.");
    expect(de).toContain("Text mit höchstens 120 Zeichen");
    expect(de).not.toContain("Headline in German.");
    expect(en).toContain("Headline in German.");
    expect(en).toContain("text of at most 120 characters");
    expect(en).not.toContain("Überschrift auf Deutsch.");
  });
});

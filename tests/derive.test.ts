// The derived facts of the story, computed from the real data in data/.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Codebook } from "../src/components/sections.js";
import { codebook, codebookMarkdown } from "../src/lib/codebook.js";
import { withDom } from "../src/lib/dom.js";
import { deliveryPhases, haltPeriods, lastEventDate, trumpPutinCalls } from "../src/lib/derive.js";
import { loadDataset } from "../src/lib/files.js";
import { buildStory } from "../src/lib/story.js";

const data = loadDataset();
const events = data.events.rows;

describe("the real data", () => {
  it("holds all 52 researched events, each with a source", () => {
    expect(events).toHaveLength(52);
    const sourced = new Set(data.sources.rows.map((source) => source.event_id));
    expect(events.filter((event) => !sourced.has(event.id))).toEqual([]);
  });

  it("counts six Trump–Putin calls by 3 July, the sixth on 3 July", () => {
    const calls = trumpPutinCalls(events);
    expect(calls.map((call) => call.date)).toEqual([
      "2025-02-12",
      "2025-03-18",
      "2025-05-19",
      "2025-06-04",
      "2025-06-14",
      "2025-07-03",
    ]);
    expect(calls.at(-1)).toMatchObject({
      id: "2025-07-03-trump-putin-call",
      callNumber: 6,
      daysSincePrevious: 19,
    });
    expect(calls.map((call) => call.daysSincePrevious)).toEqual([undefined, 34, 62, 16, 10, 19]);
  });

  it("puts the Putin call (3 July) before the Zelensky call (4 July)", () => {
    const story = buildStory(data, "de");
    const order = story.events.map((event) => event.id);
    expect(order.indexOf("2025-07-03-trump-putin-call")).toBeLessThan(
      order.indexOf("2025-07-04-trump-zelensky-call"),
    );
    expect(story.events.find((event) => event.id === "2025-07-03-trump-putin-call")?.timeLabel).toBe(
      "10\u00a0Uhr in Washington, 16\u00a0Uhr in Berlin, 17\u00a0Uhr in Kyjiw und Moskau",
    );
  });

  it("agrees with the ordinal in every call headline (Erstes … Sechstes)", () => {
    const ordinals = ["Erstes", "Zweites", "Drittes", "Viertes", "Fünftes", "Sechstes", "Siebtes", "Achtes"];
    const headlines = new Map(events.map((event) => [event.id, event.headline_de]));
    for (const call of trumpPutinCalls(events)) {
      const ordinal = ordinals.find((word) => headlines.get(call.id)!.includes(word));
      if (ordinal) expect(ordinals.indexOf(ordinal) + 1, call.id).toBe(call.callNumber);
    }
  });

  it("derives the halt periods from the decisions: all aid in March, part in July", () => {
    const halts = haltPeriods(deliveryPhases(events, lastEventDate(events)));
    expect(
      halts.map(({ status, start, end, startEvent, endEvent, days }) => ({
        status,
        start,
        end,
        startEvent,
        endEvent,
        days,
      })),
    ).toEqual([
      {
        status: "halted_all",
        start: "2025-03-03",
        end: "2025-03-12",
        startEvent: "2025-03-03-aid-paused",
        endEvent: "2025-03-12-deliveries-resume",
        days: 9,
      },
      {
        status: "halted_partly",
        start: "2025-07-01",
        end: "2025-07-07",
        startEvent: "2025-07-01-halt-confirmed",
        endEvent: "2025-07-07-reversal",
        days: 6,
      },
    ]);
    expect(deliveryPhases(events, lastEventDate(events)).at(-1)).toMatchObject({
      status: "nato_purchases",
      start: "2025-07-14",
      end: "2025-07-29",
    });
  });

  it("names the systems reported halted, as reported", () => {
    const story = buildStory(data, "de");
    expect(story.systems.map((system) => system.system).join(" ")).toMatch(/PAC-3/);
    expect(story.systems.every((system) => system.reportedBy !== "")).toBe(true);
  });
});

describe("the codebook", () => {
  it("in data/README.md is the one the schema generates", () => {
    expect(readFileSync("data/README.md", "utf8")).toBe(codebookMarkdown());
  });

  it("speaks German on the German page: every column's meaning and allowed values translated", () => {
    const german = codebook("de").flatMap(({ file, columns }) =>
      columns.map((column) => ({ file, ...column })),
    );
    const english = codebook("en").flatMap(({ columns }) => columns);
    expect(german).toHaveLength(english.length);
    german.forEach((column, index) => {
      const where = `${column.file} ${column.name}`;
      expect(column.description, where).not.toBe("");
      expect(column.description, where).not.toBe(english[index].description);
      expect(column.allowed, where).not.toBe(english[index].allowed);
    });
    const byName = (name: string) =>
      german.find((column) => column.file === "events.csv" && column.name === name)!;
    expect(byName("date").allowed).toBe(
      "ein gültiges Kalenderdatum im ISO-Format JJJJ-MM-TT, z. B. 2025-07-03",
    );
    expect(byName("headline_de").allowed).toBe("Text mit höchstens 120 Zeichen");
    expect(byName("actors").allowed).toBe("ids von Zeilen in actors.csv, getrennt durch „;“");
  });

  it("is drawn in the page's language", () =>
    withDom(() => {
      const de = Codebook(codebook("de"), "de").textContent!;
      const en = Codebook(codebook("en"), "en").textContent!;
      expect(de).toContain("Überschrift auf Deutsch.");
      expect(de).toContain("Pflicht");
      expect(de).not.toContain("Headline in German.");
      expect(en).toContain("Headline in German.");
      expect(en).not.toContain("Überschrift auf Deutsch.");
    }));
});

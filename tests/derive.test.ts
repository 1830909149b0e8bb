// The derived facts of the story, computed from the real data in data/.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Codebook } from "../src/components/sections.js";
import { codebook, codebookMarkdown } from "../src/lib/codebook.js";
import { withDom } from "../src/render/dom.js";
import {
  callsZoom,
  coverage,
  deliveryPhases,
  haltPeriods,
  keyStatements,
  lastEventDate,
  trumpPutinCalls,
} from "../src/lib/derive.js";
import { daysBetween } from "../src/lib/dates.js";
import { cardinal, ordinal } from "../src/lib/format.js";
import { TERM_START } from "../src/lib/story-window.js";
import { storyFacts } from "../src/lib/placeholders.js";
import { sequenceData } from "../src/lib/story.js";
import { loadDataset } from "../src/lib/files.js";
import { buildStory } from "../src/lib/story.js";

const data = loadDataset();
const events = data.events.rows;

describe("the real data", () => {
  it("holds the researched events, each with a unique id and a source", () => {
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    const sourced = new Set(data.sources.rows.map((source) => source.event_id));
    expect(events.filter((event) => !sourced.has(event.id))).toEqual([]);
  });

  it("counts six Trump–Putin calls by 3 July, the sixth on 3 July", () => {
    const calls = trumpPutinCalls(events).filter((call) => call.date <= "2025-07-03");
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
    // After the announced reversal (7 July) deliveries are only reported, to the end of the data: neither
    // the NATO purchases announced on 14 July nor the first package paid on 4 August changes the state.
    expect(deliveryPhases(events, lastEventDate(events)).at(-1)).toMatchObject({
      status: "flowing",
      start: "2025-07-07",
      end: lastEventDate(events),
      reported: { date: "2025-07-09", event: "2025-07-09-deliveries-partly-resume" },
    });
    for (const id of ["2025-07-14-nato-patriots-deadline", "2025-08-04-purl-first-package"])
      expect(events.find((event) => event.id === id)?.delivery_status, id).toBeUndefined();
  });

  it("gives every delivery phase its days and whether it is a halt; the halts are those phases", () => {
    const phases = deliveryPhases(events, lastEventDate(events));
    for (const phase of phases) {
      expect(phase.days).toBe(daysBetween(phase.start, phase.end));
      expect(phase.halted).toBe(phase.status.startsWith("halted"));
    }
    // Phases tile the period without gaps.
    for (const [i, phase] of phases.slice(1).entries()) expect(phase.start).toBe(phases[i].end);
    expect(haltPeriods(phases)).toEqual(phases.filter((phase) => phase.halted));
  });

  it("marks a phase after a halt as announced when only a less than certain report says it was carried out", () => {
    const phases = deliveryPhases(events, lastEventDate(events));
    const byId = new Map(events.map((event) => [event.id, event]));
    for (const [i, phase] of phases.entries()) {
      if (!phase.reported) continue;
      // It follows a halt, and its report lies within it, dated by the report and not certain.
      expect(phases[i - 1].halted).toBe(true);
      const report = byId.get(phase.reported.event)!;
      expect(report.date > phase.start && report.date < phase.end).toBe(true);
      expect(report.date_precision).toBe("reported");
      expect(report.confidence).not.toBe("high");
    }
    // July 2025: the reversal was announced on 7 July, deliveries reported again from 9 July (D12);
    // March: Poland confirmed the resumption on 12 March, so that phase carries no such mark.
    expect(phases.find((phase) => phase.start === "2025-07-07")?.reported?.event).toBe(
      "2025-07-09-deliveries-partly-resume",
    );
    expect(phases.find((phase) => phase.start === "2025-03-12")?.reported).toBeUndefined();
  });

  it("enlarges in the calls chart the July halt, the calls within it and the decisions until deliveries changed again", () => {
    const phases = deliveryPhases(events, lastEventDate(events));
    const [start, end] = callsZoom(events, phases)!;
    const july = haltPeriods(phases).at(-1)!;
    expect(start).toBe(july.start);
    expect(end >= july.end).toBe(true);
    const story = buildStory(data, "en");
    const inZoom = (id: string) => {
      const event = story.events.find((one) => one.id === id)!;
      return event.date >= start && event.date <= end;
    };
    expect(inZoom("2025-07-03-trump-putin-call") && inZoom("2025-07-04-trump-zelensky-call")).toBe(true);
    // It ends with a weapons decision, and any later change in deliveries lies outside it.
    expect(events.some((event) => event.type === "weapons_decision" && event.date === end)).toBe(true);
    expect(phases.filter((phase) => phase.start > july.end && phase.start <= end)).toEqual([]);
    expect(story.callsZoom).toEqual([start, end]);
  });

  it("hands the start of the term and the period covered to charts and pages through the story's data", () => {
    const story = buildStory(data, "de");
    expect(story.meta.termStart).toBe(TERM_START);
    expect(sequenceData(story).meta).toEqual({ termStart: TERM_START, dataUntil: story.meta.dataUntil });
    expect(coverage(events)).toEqual({ from: story.meta.dataFrom, until: story.meta.dataUntil });
    expect(
      events.every((event) => event.date >= story.meta.dataFrom && event.date <= story.meta.dataUntil),
    ).toBe(true);
    expect(story.deliveryPhases[0].start).toBe(story.meta.termStart);
  });

  it("fills the story's fact placeholders from the data, in the page's language", () => {
    for (const lang of ["de", "en"] as const) {
      const story = buildStory(data, lang);
      const facts = storyFacts(story);
      const call = story.events.find((event) => event.id === "2025-07-03-trump-putin-call")!;
      const [march, july] = story.haltPeriods;
      expect(facts["sixthCall.ordinal"]).toBe(ordinal(call.callNumber!, lang));
      expect(facts["sixthCall.daysSincePrevious"]).toBe(String(call.daysSincePreviousCall));
      expect(facts["marchHalt.days"]).toBe(cardinal(march.days, lang));
      expect(facts["julyHalt.days"]).toBe(cardinal(july.days, lang));
      expect(facts.dataUntil).toBe(story.meta.dataUntilLabel);
    }
    expect(storyFacts(buildStory(data, "de"))["sixthCall.ordinal"]).not.toBe(
      storyFacts(buildStory(data, "en"))["sixthCall.ordinal"],
    );
  });

  it("counts in the method the statements and those that rest on one source, from the data", () => {
    for (const lang of ["de", "en"] as const) {
      const story = buildStory(data, lang);
      const statements = story.events.filter((event) => event.type === "statement");
      const facts = storyFacts(story);
      expect(facts["statements.count"]).toBe(String(statements.length));
      expect(facts["statements.singleSource"]).toBe(
        String(statements.filter((event) => event.sources.length === 1).length),
      );
    }
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

describe("the key statements of the positions chart", () => {
  type Quoted = Parameters<typeof keyStatements>[0][number];
  const actors = [
    { id: "trump", side: "us" },
    { id: "peskov", side: "russia" },
    { id: "zelensky", side: "ukraine" },
    { id: "rutte", side: "nato" },
    { id: "merz", side: "europe" },
  ] as const;
  const said = (id: string, date: string, speaker: string, time?: string): Quoted => ({
    id,
    date,
    time,
    quote: "…",
    quote_speaker: speaker,
  });

  it("are, for each halt, each side's first word after it began and after it ended (Europe and NATO as one)", () => {
    const statements = [
      said("early", "2025-06-20", "trump"),
      said("before", "2025-06-28", "zelensky"),
      said("t1", "2025-07-02", "trump", "09:00"),
      said("p1", "2025-07-02", "peskov"),
      said("t2", "2025-07-03", "trump"),
      said("r1", "2025-07-03", "rutte"),
      said("m1", "2025-07-04", "merz"),
      said("z2", "2025-07-09", "zelensky"),
      said("m2", "2025-07-10", "merz"),
    ];
    const groups = keyStatements(
      statements,
      actors,
      [{ start: "2025-07-01", end: "2025-07-09" }],
      "2025-06-25",
    );
    expect(groups).toEqual([
      { moment: "halt_start", date: "2025-07-01", ids: ["p1", "t1", "r1"] },
      { moment: "halt_end", date: "2025-07-09", ids: ["z2", "m2"] },
    ]);
  });

  it("are each side's latest word when no halt begins among the statements shown", () => {
    const statements = [
      said("t1", "2025-07-02", "trump"),
      said("p1", "2025-07-03", "peskov"),
      said("t2", "2025-07-05", "trump"),
    ];
    expect(
      keyStatements(statements, actors, [{ start: "2025-03-03", end: "2025-03-11" }], "2025-06-25"),
    ).toEqual([{ moment: "latest", date: "2025-07-05", ids: ["p1", "t2"] }]);
    expect(keyStatements([], actors, [], "2025-06-25")).toEqual([]);
  });

  it("reach the chart through the story's data, each an event with a quote since the chart's first day", () => {
    const story = buildStory(data, "de");
    const byId = new Map(story.events.map((event) => [event.id, event]));
    const ids = story.keyStatements.flatMap((group) => group.ids);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(byId.get(id)?.quote).toBeDefined();
      expect(byId.get(id)!.date >= story.meta.positionsSince).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});

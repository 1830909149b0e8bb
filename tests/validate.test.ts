// Each validation rule, asserted by the message an editor reads.
import { describe, expect, it } from "vitest";
import { formatError } from "../src/lib/errors.js";
import { columns } from "../src/lib/schema.js";
import { validateDataset } from "../src/lib/validate.js";
import { fixtureFiles, messages, setCell, withoutColumn, withText } from "./helpers.js";

const CALL = "2025-02-12-trump-putin-call"; // line 2 of the fixture events.csv
const F = "tests/fixtures/valid/events.csv";

describe("validation", () => {
  it("accepts the fixture data", () => {
    const { data, errors } = validateDataset(fixtureFiles());
    expect(errors).toEqual([]);
    expect(data.events.rows).toHaveLength(14);
  });

  it("reports a broken header once, with each name that is wrong, the nearest column and the columns allowed", () => {
    const header = fixtureFiles().events.text.split("\n")[0].split(",");
    const files = withText("events", (text) =>
      text
        .replace("confidence,notes_de", "confidence,remarks")
        .replace(",date_precision,", ",date precision,"),
    );
    const required = Object.entries(columns.events).filter(([, spec]) => spec.required);
    expect(messages(files)).toEqual([
      `${F}:1:${header.indexOf("date_precision") + 1}: has a header that is not this table's: "date precision" is not a column of this file (did you mean "date_precision"?); "remarks" is not a column of this file; "date_precision" is missing; allowed: the columns ${required.map(([name]) => name).join(", ")}, in any order, and any of the optional columns end_date, time, tz, ${"timing_de"}, timing_en, quote, quote_lang, quote_speaker, quote_source, quote_original_lang, quote_translator, quote_de, quote_en, delivery_status, deadline_days, deadline_until, figure_confidence, notes_de, notes_en`,
      `${F}:1: is not read, so the checks of sources.csv, systems.csv, factchecks.csv against it wait until it is fixed`,
    ]);
  });

  it("reports a column that appears twice, in the same one message", () => {
    const files = withText("actors", (text) => text.replace("id,name_de,name_en", "id,name_de,name_de"));
    expect(messages(files)).toEqual([
      expect.stringMatching(
        /actors\.csv:1:3: has a header that is not this table's: "name_de" appears twice; "name_en" is missing; allowed: /,
      ),
      expect.stringMatching(/actors\.csv:1: is not read, so the checks of events\.csv against it wait/),
    ]);
  });

  it("takes a file without an optional column: an editor adds it when it is needed", () => {
    const { rows } = validateDataset(fixtureFiles()).data.events;
    // The optional columns no row of the fixture fills in.
    const unused = Object.entries(columns.events)
      .filter(
        ([name, spec]) => !spec.required && rows.every((row) => row[name as keyof typeof row] === undefined),
      )
      .map(([name]) => name);
    expect(unused.length).toBeGreaterThan(0);
    for (const name of unused) {
      const { data, errors } = validateDataset(withText("events", (text) => withoutColumn(text, name)));
      expect(errors.map(formatError), name).toEqual([]);
      expect(data.events.header, name).not.toContain(name);
      expect(data.events.rows, name).toHaveLength(rows.length);
    }
    // A required column is another matter.
    expect(messages(withText("events", (text) => withoutColumn(text, "headline_en")))[0]).toMatch(
      /events\.csv:1: has a header that is not this table's: "headline_en" is missing;/,
    );
  });

  it("reports an empty required value in either language", () => {
    expect(messages(withText("events", (text) => setCell(text, CALL, "headline_en", "")))).toContain(
      `${F}:2:14: headline_en "" is empty but required; allowed: text of at most 120 characters`,
    );
    expect(messages(withText("events", (text) => setCell(text, CALL, "summary_de", " ")))).toContain(
      `${F}:2:15: summary_de " " is empty but required; allowed: any text`,
    );
  });

  it("reports dates that do not exist or are not ISO", () => {
    expect(messages(withText("events", (text) => setCell(text, CALL, "date", "2025-02-30")))).toContain(
      `${F}:2:2: date "2025-02-30" is not a date that exists; allowed: an ISO date that exists, YYYY-MM-DD, e.g. 2025-07-03`,
    );
    expect(messages(withText("events", (text) => setCell(text, CALL, "date", "2025/02/12")))).toContain(
      `${F}:2:2: date "2025/02/12" is not an ISO date (YYYY-MM-DD); allowed: an ISO date that exists, YYYY-MM-DD, e.g. 2025-07-03`,
    );
  });

  it("recognises a German spreadsheet's date and names the fix, once per cell", () => {
    const german = messages(withText("events", (text) => setCell(text, CALL, "date", "12.02.2025")));
    expect(german.filter((message) => message.startsWith(`${F}:2:2:`))).toEqual([
      `${F}:2:2: date "12.02.2025" is a German date (TT.MM.JJJJ), as a spreadsheet saves it: write 2025-02-12; format the column as text before saving; allowed: an ISO date that exists, YYYY-MM-DD, e.g. 2025-07-03`,
    ]);
    expect(messages(withText("events", (text) => setCell(text, CALL, "date", "31.02.2025")))).toContain(
      `${F}:2:2: date "31.02.2025" is a German date (TT.MM.JJJJ) that does not exist; allowed: an ISO date that exists, YYYY-MM-DD, e.g. 2025-07-03`,
    );
  });

  it("reports a date outside the story's window, naming where the window is set", () => {
    expect(messages(withText("events", (text) => setCell(text, CALL, "date", "2052-02-12")))).toContain(
      `${F}:2:2: date "2052-02-12" is after the story's period (2025-01-20 to 2025-12-31); the window is set in src/lib/story-window.ts; allowed: an ISO date that exists, YYYY-MM-DD, e.g. 2025-07-03`,
    );
    expect(messages(withText("events", (text) => setCell(text, CALL, "date", "2024-02-12")))[0]).toMatch(
      /date "2024-02-12" is before the story's period/,
    );
  });

  it("gives a too-long value's length", () => {
    const long = "x".repeat(125);
    expect(messages(withText("events", (text) => setCell(text, CALL, "headline_de", long)))).toContain(
      `${F}:2:13: headline_de "${long}" is 125 characters long, 5 more than the 120 allowed; allowed: text of at most 120 characters`,
    );
  });

  it("shows an invisible character escaped, once per cell", () => {
    const all = messages(withText("events", (text) => setCell(text, CALL, "actors", "trump;putin\u200b")));
    expect(all).toEqual([
      `${F}:2:11: actors "trump;putin\\u200B" contains an invisible character, U+200B (zero width space), at position 12; allowed: the text without it: retype the value, or delete the character shown as \\u200B`,
    ]);
  });

  it("reports an end_date before date", () => {
    expect(messages(withText("events", (text) => setCell(text, CALL, "end_date", "2025-02-11")))).toContain(
      `${F}:2:3: end_date "2025-02-11" is before date 2025-02-12; allowed: an ISO date that exists, YYYY-MM-DD, e.g. 2025-07-03`,
    );
  });

  it("reports an unknown enum value with the values allowed", () => {
    expect(messages(withText("events", (text) => setCell(text, CALL, "type", "phone")))).toContain(
      `${F}:2:9: type "phone" is not one of the allowed values; allowed: one of call, meeting, weapons_decision, statement, talks, attack`,
    );
  });

  it("reports duplicate ids with the line of the first", () => {
    const files = withText("events", (text) => text.replace("2025-03-03-aid-paused,", `${CALL},`));
    expect(messages(files)).toContain(
      `${F}:3:1: id "${CALL}" is a duplicate of line 2; allowed: a value not used by another row`,
    );
  });

  it("reports references to unknown actors and events", () => {
    expect(messages(withText("events", (text) => setCell(text, CALL, "actors", "trump;putn")))).toContain(
      `${F}:2:11: actors "putn" is not an id in actors.csv; did you mean "putin"?; allowed: one of the 7 ids in actors.csv`,
    );
    const sources = withText("sources", (text) =>
      text.replace(`${CALL},Example`, "2025-02-13-trump-putin-call,Example"),
    );
    const all = messages(sources);
    expect(all).toContain(
      'tests/fixtures/valid/sources.csv:2:1: event_id "2025-02-13-trump-putin-call" is not an id in events.csv; did you mean "2025-02-12-trump-putin-call"?; allowed: one of the 14 ids in events.csv',
    );
    expect(all).toContain(
      `${F}:2:1: id "${CALL}" has no row in sources.csv; allowed: an event with at least one source`,
    );
  });

  it("reports links that are not http(s)", () => {
    const files = withText("sources", (text) =>
      text.replace(`https://example.org/${CALL}`, "javascript:alert(1)"),
    );
    expect(messages(files)).toContain(
      'tests/fixtures/valid/sources.csv:2:4: url "javascript:alert(1)" is not an http(s) link; allowed: an http:// or https:// link',
    );
  });

  it("reports rules between columns", () => {
    const eventsHeader = fixtureFiles().events.text.split("\n")[0].split(",");
    const timeWithoutZone = messages(withText("events", (text) => setCell(text, CALL, "time", "10:00")));
    expect(timeWithoutZone).toContain(
      `${F}:2:5: tz "" is empty but required when time is given; allowed: an IANA time zone, e.g. America/New_York, Europe/Moscow, Europe/Kyiv`,
    );
    const badZone = messages(
      withText("events", (text) => setCell(setCell(text, CALL, "time", "10:00"), CALL, "tz", "Washington")),
    );
    expect(badZone).toContain(
      `${F}:2:5: tz "Washington" is not an IANA time zone; allowed: an IANA time zone, e.g. America/New_York, Europe/Moscow, Europe/Kyiv`,
    );
    const status = messages(withText("events", (text) => setCell(text, CALL, "delivery_status", "flowing")));
    expect(status).toContain(
      `${F}:2:25: delivery_status "flowing" is only allowed for type weapons_decision, not call; allowed: one of flowing, halted_all, halted_partly, nato_purchases`,
    );
    const unnamedDays = messages(withText("events", (text) => setCell(text, CALL, "deadline_days", "50")));
    expect(unnamedDays).toContain(
      `${F}:2:${eventsHeader.indexOf("deadline_days") + 1}: deadline_days "50" gives 50 days, which headline_de does not name; allowed: whole numbers of days (1 or more), separated by ";", e.g. 50 or 10;12`,
    );
    const callDate = fixtureFiles().events.text.split("\n")[1].split(",")[1];
    const untilBefore = messages(
      withText("events", (text) =>
        setCell(setCell(text, CALL, "deadline_until", callDate), CALL, "deadline_days", "50"),
      ),
    );
    expect(untilBefore.join("\n")).toContain(
      `${F}:2:${eventsHeader.indexOf("deadline_until") + 1}: deadline_until "${callDate}" is not after the event's date ${callDate}`,
    );
    const commaDays = messages(
      withText("events", (text) => setCell(text, CALL, "deadline_days", "10 oder 12")),
    );
    expect(commaDays).toContain(
      `${F}:2:${eventsHeader.indexOf("deadline_days") + 1}: deadline_days "10 oder 12" is not a whole number of days (1 or more); allowed: whole numbers of days (1 or more), separated by ";", e.g. 50 or 10;12`,
    );
    const oneLanguage = messages(
      withText("events", (text) => setCell(text, CALL, "notes_de", "Nur deutsch")),
    );
    expect(oneLanguage).toContain(
      `${F}:2:28: notes_en "" is empty but required because notes_de is given; allowed: any text`,
    );
    const untranslated = messages(
      withText("events", (text) =>
        setCell(
          setCell(setCell(text, CALL, "quote", "Hello"), CALL, "quote_lang", "en"),
          CALL,
          "quote_speaker",
          "trump",
        ),
      ),
    );
    expect(untranslated).toContain(
      `${F}:2:23: quote_de "" is empty but required: the quote is in en, German readers need a translation; allowed: any text`,
    );
  });

  it("collects every error at once instead of stopping at the first", () => {
    const files = withText("events", (text) =>
      setCell(setCell(text, CALL, "type", "phone"), "2025-03-03-aid-paused", "date", "2025-13-01"),
    );
    const all = messages(files);
    expect(all.filter((message) => message.startsWith(F))).toHaveLength(2);
  });

  it("reports a row with a value too many once, not again as an unknown id in sources.csv", () => {
    const width = Object.keys(columns.events).length;
    const files = withText("events", (text) => text.replace(`${CALL},2025-02-12,`, `${CALL},2025-02-12,,`));
    expect(messages(files)).toEqual([
      `${F}:2: has ${width + 1} values but the header has ${width} columns; allowed: one value per column; a value that contains "," or a line break must stand in double quotes`,
    ]);
  });

  it("puts a file's own problem first and does not cascade it into the tables that refer to it", () => {
    const files = withText("events", (text) => text.replace("id,date,", "ident,date,"));
    files.actors = { ...files.actors, text: files.actors.text.replace("trump,", "trump,\u200b") };
    const all = messages(files);
    expect(all[0]).toMatch(
      /^tests\/fixtures\/valid\/events\.csv:1:1: has a header that is not this table's: "ident" is not a column of this file \(did you mean "id"\?\); "id" is missing;/,
    );
    // sources.csv names events by id: with events.csv unreadable, that waits, said in one line.
    expect(all[1]).toBe(
      `${F}:1: is not read, so the checks of sources.csv, systems.csv, factchecks.csv against it wait until it is fixed`,
    );
    expect(all.filter((message) => message.includes("sources.csv:"))).toEqual([]);
    expect(all.slice(2).every((message) => message.includes("actors.csv"))).toBe(true);
  });
});

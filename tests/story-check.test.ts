// The story's text checked against the data, the facts its prose relies on, and the grammar of counts.
import { describe, expect, it } from "vitest";
import { formatError } from "../src/lib/errors.js";
import { changedFacts, proseFacts } from "../src/lib/facts.js";
import { loadDataset, readConfirmedFacts, readDataFiles, readStories } from "../src/lib/files.js";
import { count, duration, NOUNS } from "../src/lib/grammar.js";
import { checkStoryText, STORY_PLACEHOLDERS } from "../src/lib/story-check.js";
import { storyFacts } from "../src/lib/placeholders.js";
import { publishedDate } from "../src/lib/publisher.js";
import { buildStory } from "../src/lib/story.js";
import { validateDataset } from "../src/lib/validate.js";
import { FIXTURE_DIR } from "./helpers.js";

const data = loadDataset();
const eventIds = new Set(data.events.rows.map((event) => event.id));
const factcheckIds = new Set(data.factchecks.rows.map((check) => check.id));
const stories = readStories();
const check = (file: string, text: string) =>
  checkStoryText(text, file, { eventIds, factcheckIds }).map(formatError);
const lineOf = (text: string, part: string) => text.slice(0, text.indexOf(part)).split("\n").length;

describe("the story's text", () => {
  it("passes as it stands, in both languages", () => {
    for (const [file, text] of Object.entries(stories)) expect(check(file, text), file).toEqual([]);
  });

  for (const file of ["story/de.md", "story/en.md"]) {
    it(`${file}: names a step's unknown event id with its line and the nearest known id`, () => {
      const text = stories[file];
      const step = /data-events="([^" ]+)/.exec(text)!;
      const id = step[1];
      const typo = id.slice(0, -1);
      const changed = text.replace(`data-events="${id}`, `data-events="${typo}`);
      const line = lineOf(changed, `data-events="${typo}`);
      expect(check(file, changed)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^${file}:${line}:\\d+: data-events "${typo}" is not an id in events\\.csv; did you mean "${id}"\\?; allowed: ids of rows in data/events\\.csv, separated by spaces$`,
          ),
        ),
      ]);
    });
  }

  it("names a sticky-graphic label whose event id is unknown, with its line and the nearest known id", () => {
    for (const file of ["story/de.md", "story/en.md"]) {
      const text = stories[file];
      const block = text.slice(text.indexOf('id="sequence-labels"'));
      const id = /"([^"]+)":/.exec(block)![1];
      const typo = `${id}x`;
      const changed = text.replace(`"${id}":`, `"${typo}":`);
      expect(check(file, changed)).toEqual([
        `${file}:${lineOf(changed, `"${typo}":`)}: sequence-labels "${typo}" is not an id in events.csv; did you mean "${id}"?; allowed: ids of rows in data/events.csv, or step-id/event-id for a step of this file`,
      ]);
    }
  });

  it("says so when the labels block is not JSON, at the line where it stops (a comma missing above)", () => {
    const file = "story/de.md";
    const text = stories[file];
    const block = text.indexOf('id="sequence-labels"');
    const comma = text.indexOf('",\n', block);
    const broken = text.slice(0, comma + 1) + text.slice(comma + 2);
    const errors = check(file, broken);
    expect(errors).toHaveLength(1);
    const stop = text.slice(0, comma).split("\n").length + 1; // the next label's line
    expect(errors[0]).toMatch(new RegExp(`^${file}:${stop}: "sequence-labels" is not a JSON object \\(`));
  });

  it("names an unknown placeholder with its line and the nearest allowed one", () => {
    const text = stories["story/en.md"].replace("{{julyHalt.days}}", "{{julyHalt.day}}");
    const [message] = check("story/en.md", text);
    expect(message).toMatch(
      new RegExp(
        `^story/en\\.md:${lineOf(text, "{{julyHalt.day}}")}:\\d+: "\\{\\{julyHalt\\.day\\}\\}" is not a placeholder the page fills in; did you mean "julyHalt\\.days"\\?; allowed: \\{\\{eventCount\\}\\}`,
      ),
    );
  });

  it("finds a heading swallowed by a missing blank line after an HTML line", () => {
    const text = stories["story/de.md"].replace(/(<section class="step"[^\n]*>)\n\n(## )/, "$1\n$2");
    const line = lineOf(text, "\n## ") + 1;
    expect(check("story/de.md", text)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^story/de\\.md:${line}: "## .+" is a heading directly under an HTML line, so Markdown prints it as plain text; allowed: a blank line before the heading$`,
        ),
      ),
    ]);
  });

  it("knows exactly the placeholders the page loaders fill in", async () => {
    const story = buildStory(loadDataset(FIXTURE_DIR), "de");
    const { withDom } = await import("../src/render/dom.js");
    const parts = await withDom(async () =>
      (await import("../src/render/static.js")).storyTemplateParts(story),
    );
    const values = { ...storyFacts(story), ...parts };
    // Each quoted event's quote comes as {{quote.<event-id>}}, one per quote of the data.
    const quotes = Object.keys(values).filter((name) => name.startsWith("quote."));
    expect(quotes.sort()).toEqual(
      story.events
        .filter((event) => event.quote)
        .map((event) => `quote.${event.id}`)
        .sort(),
    );
    expect([...STORY_PLACEHOLDERS].sort()).toEqual(
      Object.keys(values)
        .filter((name) => !quotes.includes(name))
        .sort(),
    );
  });
});

describe("the facts the prose relies on", () => {
  it("are confirmed as they stand in story/facts.json", () => {
    expect(changedFacts(proseFacts(data), readConfirmedFacts(), stories)).toEqual([]);
  });

  it("tell the editor when a new row changes one, naming the lines that use it", () => {
    const files = readDataFiles();
    // A plausible new decision: deliveries flowing again the day after the July halt.
    const halt = files.events.text.split("\n").find((line) => line.startsWith("2025-07-01-halt-confirmed,"))!;
    const resumed = halt
      .replace("2025-07-01-halt-confirmed,2025-07-01", "2025-07-02-deliveries-flowing,2025-07-02")
      .replace(/,halted_partly,/, ",flowing,");
    files.events.text = files.events.text.replace(`${halt}\n`, `${halt}\n${resumed}\n`);
    // Its quote printed by a source of its own, as check-data requires.
    const printedBy = resumed.match(/,(https:\/\/[^,]+),en,/)![1];
    // (The link printedBy is cited as the halt's source row already describes it: one link, one source.)
    const printer = files.sources.text.split("\n").find((line) => line.includes(`,${printedBy},`))!;
    files.sources.text += `2025-07-02-deliveries-flowing,Example News,,https://example.org/a,press,en,,\n${printer.replace(/^[^,]+,/, "2025-07-02-deliveries-flowing,")}\n`;
    const { data: changed, errors } = validateDataset(files);
    expect(errors.map(formatError)).toEqual([]);
    const messages = changedFacts(proseFacts(changed), readConfirmedFacts(), stories).map(formatError);
    const uses = ["story/de.md", "story/en.md"].flatMap((file) =>
      stories[file]
        .split("\n")
        .flatMap((line, index) => (line.includes("{{julyHalt.days}}") ? [`${file}:${index + 1}`] : [])),
    );
    expect(messages).toContain(
      `story/facts.json:1: julyHalt.days "1" was 6, is now 1: the prose may no longer fit (${uses.join(", ")}); allowed: read those sentences in the preview, change the text if needed, then run npm run confirm-facts`,
    );
  });
});

describe("counts in sentences", () => {
  it("agree in number and German case", () => {
    expect(count(1, NOUNS.day, "de", "dative")).toBe("einem Tag");
    expect(count(6, NOUNS.day, "de", "dative")).toBe("sechs Tagen");
    expect(count(1, NOUNS.day, "de")).toBe("ein Tag");
    expect(count(1, NOUNS.week, "de", "dative")).toBe("einer Woche");
    expect(count(2, NOUNS.call, "de", "dative")).toBe("zwei Telefonaten");
    expect(count(14, NOUNS.day, "de", "dative")).toBe("14 Tagen");
    expect(count(1, NOUNS.day, "en")).toBe("one day");
    expect(count(6, NOUNS.day, "en")).toBe("six days");
    expect(count(0, NOUNS.source, "en")).toBe("zero sources");
    expect(duration(1, "de")).toBe("einen Tag lang");
    expect(duration(9, "en")).toBe("for nine days");
  });
});

describe("the publisher block", () => {
  it("dates the first publication by the earliest correction, whatever a newer one says", () => {
    const story = buildStory(data, "de");
    const first = [...data.corrections.rows].map((row) => row.date).sort()[0];
    expect(publishedDate(story)).toBe(first);
    const newer = {
      ...story,
      corrections: [{ date: "2099-01-01", dateLabel: "", text: "" }, ...story.corrections],
    };
    expect(publishedDate(newer)).toBe(first);
    expect(publishedDate({ ...story, corrections: [] })).toBe(story.meta.updated);
  });
});

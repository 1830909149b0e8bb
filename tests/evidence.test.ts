import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { composeStory, markerIds, unmarkedSentences, unsupportedSentences } from "../src/lib/evidence.js";
import { loadDataset } from "../src/lib/files.js";
import type { Lang } from "../src/lib/format.js";
import { buildStory } from "../src/lib/story.js";

const data = loadDataset();
const story = (lang: Lang) => buildStory(data, lang);
const file = (lang: Lang) => `story/${lang}.md`;
const CALL = "2025-07-03-trump-putin-call";

describe("evidence markers", () => {
  it("report an unknown event id and link only known ones", () => {
    const { text, unknown } = composeStory(
      `Am 3. Juli sprach Trump mit Putin.[[2025-07-03-no-such-call ${CALL}]]`,
      story("de"),
    );
    expect(unknown).toEqual(["2025-07-03-no-such-call"]);
    expect(text).not.toContain("no-such-call");
    expect(text).toContain(`href="quellen.html#ereignis-${CALL}"`);
  });

  it("render as numbered links to the events' entries on the sources page, numbered in order of first use", () => {
    const { text } = composeStory(
      `Erst Putin.[[${CALL}]] Dann Selenskyj.[[2025-07-04-trump-zelensky-call ${CALL}]]`,
      story("de"),
    );
    const links = [...text.matchAll(/<a href="([^"]+)"[^>]*>(\d+)<\/a>/g)].map((match) => [
      match[1],
      match[2],
    ]);
    expect(links).toEqual([
      [`quellen.html#ereignis-${CALL}`, "1"],
      ["quellen.html#ereignis-2025-07-04-trump-zelensky-call", "2"],
      [`quellen.html#ereignis-${CALL}`, "1"],
    ]);
    expect(text).not.toContain("[[");
    const en = composeStory(`Putin first.[[${CALL}]]`, story("en")).text;
    expect(en).toContain(`href="sources.html#event-${CALL}"`);
  });

  it("carry the event's date and headline as text, never as markup", () => {
    const { text } = composeStory(`Erst Putin.[[${CALL}]]`, story("de"));
    const event = story("de").events.find((e) => e.id === CALL)!;
    expect(text).toContain(`title="${event.dateLabel}: ${event.headline}"`);
  });

  it("accept ids separated by spaces or semicolons", () => {
    expect(markerIds(" a b;c ")).toEqual(["a", "b", "c"]);
  });

  it("list sentences with a figure or a date that name no event, and only those", () => {
    const unsupported = unsupportedSentences(
      [
        "Am 3. Juli sprach Trump mit Putin.[[x]] Am 4. Juli folgte Selenskyj. Beide sprachen lange.",
        "",
        "Es ging um 539 Drohnen. Das ist viel.",
        "",
        "```js",
        "const year = 2025;",
        "```",
      ].join("\n"),
      "de",
    );
    expect(unsupported).toEqual(["Am 4. Juli folgte Selenskyj.", "Es ging um 539 Drohnen."]);
  });

  it.each(["de", "en"] as const)(
    "in story/%s.md name only known events, and every dated or numbered sentence names one",
    (lang) => {
      const markdown = readFileSync(file(lang), "utf8");
      const { unknown, unsupported } = composeStory(markdown, story(lang));
      expect(unknown).toEqual([]);
      expect(unsupported).toEqual([]);
      expect(markdown.match(/\[\[/g)?.length ?? 0).toBeGreaterThan(10);
    },
  );

  it("list the narrative's sentences that name no event: steps and the closing section, not the rest", () => {
    const markdown = [
      '<section class="step" id="a">',
      "",
      "## Ein Schritt",
      "",
      "Trump rief an.[[x]] Putin schwieg.",
      "",
      '<blockquote lang="de"><p>„Ein Zitat ohne Beleg.“</p></blockquote>',
      "",
      "{{factcheck.a}}",
      "",
      "</section>",
      "",
      "Ein Satz zwischen den Abschnitten.",
      "",
      '<section id="danach">',
      "",
      "Danach geschah etwas.",
      "",
      "</section>",
    ].join("\n");
    expect(unmarkedSentences(markdown, "de")).toEqual(["Putin schwieg.", "Danach geschah etwas."]);
  });

  it.each(["de", "en"] as const)(
    "in story/%s.md every sentence of the steps and of what happened next names its events",
    (lang) => {
      expect(unmarkedSentences(readFileSync(file(lang), "utf8"), lang)).toEqual([]);
    },
  );

  it("both editions rest each step on the same events", () => {
    const ids = (lang: Lang) =>
      readFileSync(file(lang), "utf8")
        .split(/<section class="step"/)
        .slice(1)
        .map((step) =>
          [...new Set([...step.matchAll(/\[\[([^\]]*)\]\]/g)].flatMap((m) => markerIds(m[1])))].sort(),
        );
    expect(ids("en")).toEqual(ids("de"));
  });
});

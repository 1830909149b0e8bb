// Each language's words in one dictionary (src/lib/i18n/): the type makes a missing word a
// type error; these tests check what the type cannot. That no code outside the dictionaries
// picks words by language is a lint rule (house/word-table, house/lang-branch in eslint.config.js).
import { describe, expect, it } from "vitest";
import { LANGS, MESSAGES } from "../src/lib/i18n/index.js";
import { formatLocalTimes, ordinal } from "../src/lib/format.js";

/** Every leaf of a dictionary: its path and its value (functions are called with 3). */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (typeof value === "function") return [[path, value(3, 7, "Jul")]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  return [[path, value]];
}

describe("the dictionaries", () => {
  it("have the same words in every language, none empty", () => {
    const [first, ...others] = LANGS;
    const paths = leaves(MESSAGES[first]).map(([path]) => path);
    for (const lang of others) expect(leaves(MESSAGES[lang]).map(([path]) => path)).toEqual(paths);
    for (const lang of LANGS)
      for (const [path, value] of leaves(MESSAGES[lang]))
        expect(String(value).trim(), `${lang} ${path}`).not.toBe("");
  });

  it("differ where the languages differ (no copy of another language's words)", () => {
    expect(MESSAGES.de.story.title).not.toBe(MESSAGES.en.story.title);
    expect(MESSAGES.de.chart.retry).not.toBe(MESSAGES.en.chart.retry);
    expect(new Set(LANGS.map((lang) => MESSAGES[lang].edition)).size).toBe(LANGS.length);
  });

  it("give the formats their words", () => {
    expect(ordinal(13, "de")).toBe("13.");
    expect(ordinal(13, "en")).toBe("13th");
    expect(ordinal(22, "en")).toBe("22nd");
    expect(formatLocalTimes("2025-07-03", "10:30", "America/New_York", "de")).toMatch(
      /^10\.30 Uhr in Washington/,
    );
    expect(formatLocalTimes("2025-07-03", "10:30", "America/New_York", "en")).toMatch(/^10:30 in Washington/);
    expect(formatLocalTimes("2025-07-03", "10:00", "Asia/Tokyo", "en")).toMatch(/^10:00 in Asia\/Tokyo, /);
  });
});

describe("short dates", () => {
  it("are written as Intl writes them, without loading Intl's locale data in the browser", async () => {
    const { formatShortDate } = await import("../src/lib/format.js");
    const { parseDate } = await import("../src/lib/dates.js");
    for (const iso of ["2025-01-20", "2025-07-03", "2025-09-30", "2025-12-01"]) {
      expect(formatShortDate(parseDate(iso), "de")).toBe(
        new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "numeric", timeZone: "UTC" }).format(
          parseDate(iso),
        ),
      );
      expect(formatShortDate(parseDate(iso), "en")).toBe(
        new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(
          parseDate(iso),
        ),
      );
    }
  });
});

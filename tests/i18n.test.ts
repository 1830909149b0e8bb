// Each language's words in one dictionary (src/lib/i18n/): the type makes a missing word a
// type error; these tests check what the type cannot, and that no code outside the
// dictionaries picks words by language.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGS, MESSAGES } from "../src/lib/i18n/index.js";
import { formatLocalTimes, ordinal } from "../src/lib/format.js";
import { tsFiles } from "./helpers.js";

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

  /**
   * Files that may still keep words per language, and why. Everything else in src/components,
   * src/render and src/lib takes its words from the dictionaries (src/lib/i18n/).
   */
  const ALLOWED: Record<string, string> = {
    "src/lib/grammar.ts":
      "a grammar table by design (nouns with gender and cases, counts, durations); typed Record<Lang, …>, so a new language without its rules fails to type-check",
    "src/lib/typography.ts":
      "each language's typesetting rules (code, not words), in a Record<Lang, …> that a new language must complete",
    "src/lib/schema.ts":
      "the codebook's column descriptions: bilingual documentation of the data's schema, beside the rules it describes",
    "src/lib/codebook.ts":
      "picks a codebook description from schema.ts's bilingual documentation (see schema.ts)",
  };
  const code = () =>
    [...tsFiles("src/lib"), ...tsFiles("src/render"), ...tsFiles("src/components")]
      .map((file) => file.replace(/\\/g, "/"))
      .filter((file) => !file.startsWith("src/lib/i18n/") && !(file in ALLOWED));
  const matching = (pattern: RegExp) =>
    code().flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => [line, i + 1] as const)
        .filter(([line]) => pattern.test(line))
        .map(([line, n]) => `${file}:${n}: ${line.trim()}`),
    );

  it("are the only place that picks words by language: no lang === branch in src/lib, src/render or src/components", () => {
    expect(matching(/\blang\s*[!=]==?\s*["'`]|["'`]\w\w["'`]\s*[!=]==?\s*lang\b/)).toEqual([]);
  });

  it("are the only word tables: no { de: …, en: … } outside src/lib/i18n (but the allowed files)", () => {
    // A key named after a language, as an object literal or a type writes it: `de: {`, `{ en: "…" }`.
    const keys = LANGS.join("|");
    expect(matching(new RegExp(`(?:^|[{,])\\s*["']?(?:${keys})["']?\\s*:`))).toEqual([]);
  });

  it("allow only files that exist and still need it", () => {
    const keys = LANGS.join("|");
    for (const [file, reason] of Object.entries(ALLOWED)) {
      expect(reason.length, file).toBeGreaterThan(20);
      expect(readFileSync(file, "utf8"), file).toMatch(
        new RegExp(`(?:^|[{,])\\s*["']?(?:${keys})["']?\\s*:`, "m"),
      );
    }
  });

  it("catch a word table and a branch where one is written", () => {
    const keys = LANGS.join("|");
    const table = new RegExp(`(?:^|[{,])\\s*["']?(?:${keys})["']?\\s*:`);
    expect(table.test('const WORDS = { de: "Zurück", en: "Back" };')).toBe(true);
    expect(table.test("  de: {")).toBe(true);
    expect(table.test("  mode: {")).toBe(false);
    expect(/\blang\s*[!=]==?\s*["'`]/.test('lang === "de" ? a : b')).toBe(true);
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

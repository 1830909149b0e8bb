// Each edition in its own language and its own newsroom's typography, checked on the built pages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../src/lib/format.js";
import { NBSP } from "../../src/lib/typography.js";
import { ensureBuild } from "../build-once.js";

const dist = join(process.cwd(), "dist");
const page = (lang: Lang) =>
  readFileSync(join(dist, lang === "de" ? "index.html" : join("en", "index.html")), "utf8");

/** The story's JSON as built for the reader's browser (the details panel reads it). */
function storyJson(lang: Lang): unknown {
  const name = readdirSync(join(dist, "_file", "data"), { encoding: "utf8" }).find((file) =>
    new RegExp(`^story-${lang}\\.[0-9a-f]+\\.json$`).test(file),
  );
  return JSON.parse(readFileSync(join(dist, "_file", "data", name!), "utf8"));
}

/**
 * The text a reader of this edition reads in its language: without the codebook
 * (it describes both languages' columns), elements set in another language
 * (quotes, the link to the other edition), scripts and styles.
 */
function readerText(html: string, lang: Lang, selector = "body"): string[] {
  const { document } = new JSDOM(html).window;
  for (const node of document.querySelectorAll(".codebook, script, style, noscript, template")) node.remove();
  for (const node of document.querySelectorAll("[lang]"))
    if (node.getAttribute("lang") !== lang && node !== document.documentElement) node.remove();
  return [...document.querySelectorAll(selector)].map((node) => node.textContent ?? "");
}

/** The texts of the story JSON a reader sees, without quotes in another language and outlet names. */
function jsonTexts(value: unknown, lang: Lang, key = "", verbatim = true): string[] {
  if (typeof value === "string")
    return [
      "outlet",
      "url",
      "id",
      "date",
      "endDate",
      "speaker",
      "lang",
      "kind",
      "language",
      "precision",
      "type",
      "status",
      "topic",
      "category",
      "confidence",
      "figureConfidence",
      "deliveryStatus",
      "counterpart",
      "verdict",
      "side",
      "updated",
      "dataUntil",
      "eventId",
      "start",
      "end",
      "name",
    ].includes(key)
      ? []
      : [value];
  if (Array.isArray(value)) return value.flatMap((item) => jsonTexts(item, lang, key, verbatim));
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("speaker" in record && (record.lang !== lang || !verbatim))
      return jsonTexts(record.translation, lang, "translation", verbatim);
    return Object.entries(record).flatMap(([name, item]) => jsonTexts(item, lang, name, verbatim));
  }
  return [];
}

/** Text without what it quotes: a quoted word stays in the language it was said in. */
const unquoted = (text: string) => text.replace(/[“„‚‘][^“”„‘’‚]*[”“’‘]/g, "");

const GERMAN_ONLY = [
  /\blaut\b/,
  /\banonyme\b/,
  /\bRegierungsvertreter/,
  /\bQuellen\b/,
  /\bStand:/,
  /\beigene Auswertung\b/,
  /\bDaten bis\b/,
  /\bu\.\s?a\./,
  /\bBelegt\b/,
  /\bund\b/,
  /\bnicht\b/,
  /\bSelenskyj\b/,
  /\bKyjiw\b/,
  /ministerium\b/,
  /\bAgenturen\b/,
];
const ENGLISH_ONLY = [
  /\band others\b/,
  /\banonymous\b/,
  /\bofficials\b/,
  /\bmirror domain\b/,
  /\bSources:/,
  /\bUpdated\b/,
  /\breported by\b/i,
  /\bown analysis\b/,
  /\bData until\b/,
  /\bConfidence\b/,
  /\baccording to\b/,
  /\bZelensky\b/,
  /\bKyiv\b(?! Independent| Daily)/,
  /\bState Department\b/,
  /\bnews agencies\b/,
];

beforeAll(ensureBuild);

describe("each edition in its own language", () => {
  for (const [lang, patterns, what] of [
    ["en", GERMAN_ONLY, "German-only words"],
    ["de", ENGLISH_ONLY, "English labels"],
  ] as const)
    it(`the ${lang === "en" ? "English" : "German"} page and its data carry no ${what}`, () => {
      const texts = [...readerText(page(lang), lang), ...jsonTexts(storyJson(lang), lang)].map(unquoted);
      for (const pattern of patterns) {
        const found = texts.filter((text) => pattern.test(text));
        expect(
          found
            .map((text) => text.slice(Math.max(0, text.search(pattern) - 60), text.search(pattern) + 60))
            .join("\n"),
          String(pattern),
        ).toBe("");
      }
    });
});

/** The story's prose on the built page: header, steps, fact check, conclusion, method note, footer. */
const PROSE = ".story-header, .step, .factcheck-box, #fazit, #conclusion, .method > p, .story-footer, h1, h2";

function prose(lang: Lang, verbatim = true): string[] {
  const { document } = new JSDOM(page(lang)).window;
  // The conclusion is the paragraph after its heading.
  for (const heading of document.querySelectorAll("h2"))
    if (/^(Fazit|Conclusion)$/.test(heading.textContent ?? ""))
      heading.nextElementSibling?.setAttribute("id", lang === "de" ? "fazit" : "conclusion");
  if (!verbatim) for (const node of document.querySelectorAll("blockquote")) node.remove();
  return readerText(document.documentElement.outerHTML, lang, PROSE).concat(
    jsonTexts(storyJson(lang), lang, "", verbatim),
  );
}

const hits = (texts: string[], pattern: RegExp) =>
  texts.flatMap((text) =>
    [...text.matchAll(new RegExp(pattern, "g"))].map((m) =>
      text.slice(Math.max(0, m.index! - 30), m.index! + 40),
    ),
  );

describe("German typography on the built page", () => {
  const texts = () => prose("de");

  it("keeps day and month, hour and Uhr, a number and its unit, and abbreviations together", () => {
    const all = texts();
    expect(
      hits(
        all,
        /\d{1,2}\. (?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/,
      ).join("\n"),
    ).toBe("");
    expect(hits(all, /\d (?:Uhr|Prozent|Minuten|Stunden|Tage|Tagen)\b/).join("\n")).toBe("");
    expect(hits(all, /\b(?:z\. B\.|u\. a\.|d\. h\.|v\. a\.)/).join("\n")).toBe("");
    expect(all.some((text) => text.includes(`3.${NBSP}Juli`))).toBe(true);
  });

  it("writes percent one way, and sets German quotation marks", () => {
    const all = texts();
    expect(hits(all, /\d\s?%/).join("\n")).toBe("");
    expect(hits(all, /["']/).join("\n")).toBe("");
    for (const text of all)
      expect((text.match(/„/g) ?? []).length, text.slice(0, 120)).toBe((text.match(/“/g) ?? []).length);
  });
});

describe("English typography on the built page", () => {
  const texts = () => prose("en");

  it("uses curly quotes and apostrophes throughout", () => {
    expect(hits(texts(), /["']/).join("\n")).toBe("");
  });

  it("writes clock times one way (10am, 6.30pm)", () => {
    const all = texts();
    expect(hits(all, /\b[ap]\.m\./).join("\n")).toBe("");
    expect(hits(all, /\b(?:[01]?\d|2[0-3]):[0-5]\d\b/).join("\n")).toBe("");
    expect(all.some((text) => /\b10am in Washington\b/.test(text))).toBe(true);
  });

  it("spells the British way outside quotes and proper names", () => {
    const ours = prose("en", false).map((text) => unquoted(text).replace(/\bof Defense\b/g, ""));
    expect(
      hits(
        ours,
        /\b(?:defense|Defense|program|center|honor|labor|color|favor|organiz|realiz|recogniz|analyz)/,
      ).join("\n"),
    ).toBe("");
  });
});

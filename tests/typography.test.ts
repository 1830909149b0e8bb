// The typesetting of each edition; the rules written without regular expressions give what the
// expressions give. (The built pages' typography: tests/build/editions.test.ts.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { germanQuotes, NBSP, typeset, typesetMarkdown } from "../src/lib/typography.js";

describe("German quotation marks", () => {
  it('turn each "…" within one line into „…“, as /"([^"\\n]*)"/g does', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom('"', '"', "\n", " ", "a", "„", "“", "$1", "''"),
          fc.string({ maxLength: 4 }),
        ),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (input) => {
        expect(germanQuotes(input)).toBe(input.replace(/"([^"\n]*)"/g, "„$1“"));
      }),
      { numRuns: 5000 },
    );
    expect(germanQuotes('Er sagte "ja" und "nein"')).toBe("Er sagte „ja“ und „nein“");
    expect(germanQuotes('"offen\nzu" "zu"')).toBe('"offen\nzu„ “zu"');
  });
});

describe("typeset", () => {
  it("German: non-breaking spaces, quotation marks, percent", () => {
    expect(typeset(`Am 3. Juli um 10 Uhr, z. B. 100 % und "offen" mit 'innen'`, "de")).toBe(
      `Am 3.${NBSP}Juli um 10${NBSP}Uhr, z.${NBSP}B. 100${NBSP}Prozent und „offen“ mit ‚innen‘`,
    );
  });

  it("English: curly quotes and apostrophes, one time format", () => {
    expect(typeset(`Trump's call at 10 a.m. and 18:30, "very good" and 'fine'`, "en")).toBe(
      "Trump’s call at 10am and 6.30pm, “very good” and ‘fine’",
    );
  });

  it("is idempotent", () => {
    for (const [text, lang] of [
      [`Am 3. Juli, "offen", 100 %`, "de"],
      [`It's 10 a.m., "fine"`, "en"],
    ] as const)
      expect(typeset(typeset(text, lang), lang)).toBe(typeset(text, lang));
  });

  it("leaves markup, code, expressions and placeholders of a Markdown page alone", () => {
    const markdown = [
      '<p class="standfirst">Am 3. Juli "sprach" er.[[a-b]]</p>',
      '${LazyChart("x")}',
      "```js",
      'const s = "3. Juli";',
      "```",
      "Nach {{julyHalt.days}} Tagen.",
    ].join("\n");
    const out = typesetMarkdown(markdown, "de");
    expect(out).toContain('<p class="standfirst">');
    expect(out).toContain(`Am 3.${NBSP}Juli „sprach“ er.[[a-b]]`);
    expect(out).toContain('${LazyChart("x")}');
    expect(out).toContain('const s = "3. Juli";');
    expect(out).toContain(`{{julyHalt.days}}${NBSP}Tagen`);
  });
});

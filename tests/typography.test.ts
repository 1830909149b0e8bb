// The typesetting rules written without regular expressions give what the expressions give.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { germanQuotes } from "../src/lib/typography.js";

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

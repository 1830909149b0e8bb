// No input crashes the validator: it returns rows or errors, and never throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv } from "../src/lib/csv.js";
import { TABLE_NAMES } from "../src/lib/schema.js";
import { validateDataset, validateTable } from "../src/lib/validate.js";
import { fixtureFiles } from "./helpers.js";

const csvish = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(",", ";", '"', "\n", "\r\n", "\uFEFF", "", " ", "id", "date", "2025-02-30", "trump"),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join("")),
);

describe("the validator never throws", () => {
  it("reads arbitrary text as rows or errors", () => {
    fc.assert(
      fc.property(csvish, (text) => {
        const { table, errors } = readCsv(text, "x.csv");
        expect(table !== undefined || errors.length > 0).toBe(true);
        for (const error of errors) expect(error.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it("validates arbitrary text under a real header, for every table", () => {
    const files = fixtureFiles();
    fc.assert(
      fc.property(fc.constantFrom(...TABLE_NAMES), csvish, (table, body) => {
        const header = files[table].text.split("\n")[0];
        const { table: result, errors } = validateTable(table, `${header}\n${body}`, `${table}.csv`);
        expect(result.rows.length + errors.length).toBeGreaterThanOrEqual(0);
        for (const error of errors) expect(error.message).not.toBe("");
      }),
      { numRuns: 1000 },
    );
  });

  it("validates a whole data set with one file replaced by arbitrary text", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TABLE_NAMES), csvish, (table, text) => {
        const files = fixtureFiles();
        files[table] = { ...files[table], text };
        expect(() => validateDataset(files)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

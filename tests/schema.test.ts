// The quick tests that let validation skip zod accept only what zod accepts, unchanged.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv } from "../src/lib/csv.js";
import { columns, count, integer, TABLE_NAMES, type ColumnSpec } from "../src/lib/schema.js";

/** Every trimmed, non-empty cell of the project's data and fixtures, by table and column. */
function cellsOf(table: string, column: string): string[] {
  const dirs = [new URL("../data/", import.meta.url), new URL("./fixtures/valid/", import.meta.url)];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name === `${table}.csv`)
      .flatMap((name) => {
        const { table: csv } = readCsv(readFileSync(new URL(name, dir), "utf8"), name);
        const index = csv?.header.indexOf(column) ?? -1;
        return index < 0
          ? []
          : csv!.rows.map(({ cells }) => cells[index].trim()).filter((cell) => cell !== "");
      }),
  );
}

const specs = TABLE_NAMES.flatMap((table) =>
  (Object.entries(columns[table]) as [string, ColumnSpec][])
    .filter(([, spec]) => spec.accepts)
    .map(([name, spec]) => ({ table, name, spec })),
);

/** What a cell could hold: arbitrary text, and the column's real values, cut and changed. */
function valuesFor(table: string, column: string, spec: ColumnSpec) {
  const real = [...cellsOf(table, column), ...(spec.values ?? []), "x"];
  const near = fc
    .tuple(fc.constantFrom(...real), fc.nat(), fc.string({ maxLength: 3 }), fc.boolean())
    .map(([value, at, insert, upper]) => {
      const cut = at % (value.length + 1);
      const changed = value.slice(0, cut) + insert + value.slice(cut + (insert ? 0 : 1));
      return upper ? changed.toUpperCase() : changed;
    });
  const long = fc.constantFrom(...real).map((value) => value.repeat(1 + Math.ceil(200 / value.length)));
  return fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom(...real), near, long);
}

describe("the columns' quick tests", () => {
  it("exist for the columns whose values hardly repeat (ids, texts, links)", () => {
    const named = specs.map(({ table, name }) => `${table}.${name}`);
    for (const column of [
      "events.id",
      "events.headline_de",
      "events.summary_en",
      "sources.url",
      "sources.event_id",
    ])
      expect(named).toContain(column);
  });

  for (const { table, name, spec } of specs) {
    it(`accept in ${table}.${name} only values its schema returns unchanged`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(valuesFor(table, name, spec), (value) => {
          if (!spec.accepts!(value)) return;
          accepted++;
          const parsed = spec.schema.safeParse(value);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toBe(value);
        }),
        { numRuns: 400 },
      );
      expect(accepted).toBeGreaterThan(0);
    });
  }
});

describe("number columns (integer, count)", () => {
  const words = { en: "Drones launched in the night.", de: "In der Nacht gestartete Drohnen." };
  const parse = (spec: ColumnSpec, value: string) => {
    const parsed = spec.schema.safeParse(value);
    return parsed.success ? parsed.data : parsed.error.issues[0]?.message;
  };

  it("parse whole numbers to numbers, and say what is wrong with anything else", () => {
    const drones = count(words);
    expect(parse(drones, "539")).toBe(539);
    expect(parse(drones, "0")).toBe(0);
    expect(parse(drones, "-1")).toBe("is less than 0");
    expect(parse(drones, "viele")).toBe("is not a whole number");
    expect(parse(drones, "1.234")).toMatch(/thousands separator or a decimal comma/);
    expect(parse(integer(words), "-12")).toBe(-12);
    expect(parse(count(words, { required: false }), undefined as unknown as string)).toBeUndefined();
  });

  it("describe themselves for the codebook and the data package, and know a German spreadsheet's numbers", () => {
    const drones = count(words);
    expect(drones).toMatchObject({ type: "integer", minimum: 0, required: true });
    expect(drones.allowed).toBe("a whole number of at least 0, in digits, e.g. 12");
    expect(drones.local!.test("1.234")).toBe(true);
    expect(drones.local!.test("2,5")).toBe(true);
    expect(drones.local!.test("1234")).toBe(false);
  });
});

// What editors' spreadsheet programs write: BOM, CRLF, quoted commas and newlines, semicolons.
import { readdirSync, readFileSync } from "node:fs";
import { csvFormatRows, dsvFormat } from "d3-dsv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv } from "../src/lib/csv.js";
import { formatError } from "../src/lib/errors.js";
import { validateDataset } from "../src/lib/validate.js";
import { fixtureFiles, messages, withText } from "./helpers.js";

describe("reading CSV", () => {
  it("accepts a UTF-8 BOM and CRLF line endings", () => {
    const files = withText("events", (text) => `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    const { data, errors } = validateDataset(files);
    expect(errors).toEqual([]);
    expect(data.events.rows[0].id).toBe("2025-02-12-trump-putin-call");
    expect(data.events.rows.map((row) => row.summary_en).join("")).not.toMatch(/\r/);
  });

  it("reads quoted commas, quotes and line breaks, and counts lines as an editor does", () => {
    const { table, errors } = readCsv('a,b\n1,"x, y"\n2,"line one\nline two"\n\n3,"say ""hi"""\n', "t.csv");
    expect(errors).toEqual([]);
    expect(table!.rows).toEqual([
      { line: 2, cells: ["1", "x, y"] },
      { line: 3, cells: ["2", "line one\nline two"] },
      { line: 6, cells: ["3", 'say "hi"'] },
    ]);
  });

  it("reads a semicolon-delimited file as a German spreadsheet program saves it", () => {
    const files = withText("actors", (text) =>
      text
        .split("\n")
        .map((line) => line.replace(/,/g, ";"))
        .join("\n")
        .replace("US-Präsident;US President", '"US-Präsident; 47. Amtsinhaber";US President'),
    );
    const { data, errors } = validateDataset(files);
    expect(errors).toEqual([]);
    expect(data.actors.rows.find((actor) => actor.id === "trump")?.role_de).toBe(
      "US-Präsident; 47. Amtsinhaber",
    );
  });

  it("says which row has too many values, and how it was read", () => {
    const files = withText("actors", (text) =>
      text.replace("Donald Trump,Donald Trump", "Donald, Trump,Donald Trump"),
    );
    expect(messages(files)).toContain(
      'tests/fixtures/valid/actors.csv:2: has 7 values but the header has 6 columns; allowed: one value per column; a value that contains "," or a line break must stand in double quotes',
    );
  });

  it("reports a quote that is never closed, and text after a closing quote", () => {
    expect(readCsv('a,b\n1,2\n3,"open\n4,5\n', "t.csv").errors.map(formatError)).toEqual([
      't.csv:3: has a quoted value that is opened here and never closed; allowed: values in double quotes "…", with quotes inside written twice ""',
    ]);
    expect(readCsv('a,b\n1,"x"y\n', "t.csv").errors.map(formatError)[0]).toMatch(
      /^t\.csv:2(:\d+)?: has text directly after a closing quote/,
    );
  });

  it("rejects a file that is not UTF-8, naming how to save it", () => {
    const latin1 = Buffer.from("id,name_de\ntrump,M\xfcller\n", "latin1").toString("utf8");
    expect(readCsv(latin1, "a.csv").errors.map(formatError)).toEqual([
      "a.csv:2: contains bytes that are not UTF-8 (the file was probably saved as Windows-1252 or 'CSV (Trennzeichen-getrennt)'); allowed: a file saved as 'CSV UTF-8'",
    ]);
  });

  it("names UTF-16 as UTF-16", () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("id,name_de\ntrump,Trump\n", "utf16le"),
    ]);
    expect(readCsv(utf16.toString("utf8"), "a.csv").errors.map(formatError)).toEqual([
      "a.csv:1: is saved as UTF-16 (Excel's 'Unicode-Text'), not UTF-8: every character is followed by a zero byte; allowed: a file saved as 'CSV UTF-8 (durch Trennzeichen getrennt)' / 'CSV UTF-8 (Comma delimited)'",
    ]);
  });

  it("names an unnamed column at the end of the header as such, once", () => {
    expect(readCsv("a,b,\n1,2,\n3,4,\n", "t.csv").errors.map(formatError)).toEqual([
      't.csv:1:3: has an unnamed column at the end of the header (a "," after the last name, or cells filled to the right of the table); allowed: delete the empty column(s) right of the last named column in the spreadsheet',
    ]);
  });

  it("reports an empty or missing file", () => {
    const files = fixtureFiles();
    files.corrections.text = "";
    expect(messages(files)).toContain(
      "tests/fixtures/valid/corrections.csv:1: is empty; allowed: a header row with the column names, then one row per record",
    );
  });
});

/**
 * What readCsv read before it had its own one-pass parser: d3-dsv's parseRows, the
 * line of each row counted from the line breaks in its cells, blank rows left out.
 */
function readWithD3(text: string, delimiter: "," | ";") {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const rows: { line: number; cells: string[] }[] = [];
  let line = 1;
  for (const cells of dsvFormat(delimiter).parseRows(normalized)) {
    if (cells.some((cell) => cell.trim() !== "")) rows.push({ line, cells });
    line += 1 + cells.reduce((sum, cell) => sum + cell.split("\n").length - 1, 0);
  }
  const [header, ...body] = rows;
  return { header: header.cells.map((name) => name.trim()), rows: body };
}

function expectSameAsD3(text: string) {
  const { table } = readCsv(text, "x.csv");
  if (!table) return false;
  expect(table).toEqual({ ...readWithD3(text, table.delimiter), delimiter: table.delimiter });
  return true;
}

describe("the CSV parser reads what d3-dsv reads", () => {
  it("on the project's data and fixtures", () => {
    const dirs = [new URL("../data/", import.meta.url), new URL("./fixtures/valid/", import.meta.url)];
    const files = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith(".csv"))
        .map((name) => readFileSync(new URL(name, dir), "utf8")),
    );
    expect(files.length).toBeGreaterThan(6);
    for (const text of files) expect(expectSameAsD3(text)).toBe(true);
  });

  it("on arbitrary tables written by d3-dsv", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("", " ", ",", ";", '"', '""', "\n", "\r\n", 'a "b", c', "x\n\ny"),
    );
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, fc.boolean(), (rows, trailing) => {
        expectSameAsD3(`id,b,c,d,e\n${csvFormatRows(rows)}${trailing ? "\n" : ""}`);
      }),
      { numRuns: 2000 },
    );
  });

  it("on arbitrary text that passes the quoting check", () => {
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom(",", ";", '"', '""', "\n", "\r\n", "\r", "\uFEFF", " ", "a", "id"),
          fc.string({ maxLength: 6 }),
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(""));
    let read = 0;
    fc.assert(
      fc.property(text, (input) => {
        if (expectSameAsD3(input)) read++;
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(100);
  });
});

/**
 * Reading CSV files as editors save them: UTF-8 with or without BOM, LF or CRLF,
 * quoted commas and newlines, and semicolon-delimited files as German spreadsheet
 * programs write them. Never throws: problems come back as DataErrors.
 */
import { dsvFormat } from "d3-dsv";
import type { DataError } from "./errors.js";

export interface CsvRow {
  /** Physical line on which the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: "," | ";";
}

const parsers = { ",": dsvFormat(","), ";": dsvFormat(";") };

export function readCsv(text: string, file: string): { table?: CsvTable; errors: DataError[] } {
  // Only files with a BOM or carriage returns are copied (a 15 MB copy is felt at 100k rows).
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const normalized = withoutBom.includes("\r") ? withoutBom.replace(/\r\n?/g, "\n") : withoutBom;
  // UTF-16 (Excel's "Unicode-Text") read as UTF-8: a NUL byte after almost every character.
  if (normalized.includes("\u0000")) {
    return {
      errors: [
        {
          file,
          line: 1,
          message:
            "is saved as UTF-16 (Excel's 'Unicode-Text'), not UTF-8: every character is followed by a zero byte",
          allowed:
            "a file saved as 'CSV UTF-8 (durch Trennzeichen getrennt)' / 'CSV UTF-8 (Comma delimited)'",
        },
      ],
    };
  }
  const replacement = normalized.indexOf("\uFFFD");
  if (replacement >= 0) {
    return {
      errors: [
        {
          file,
          line: lineAt(normalized, replacement),
          message:
            "contains bytes that are not UTF-8 (the file was probably saved as Windows-1252 or 'CSV (Trennzeichen-getrennt)')",
          allowed: "a file saved as 'CSV UTF-8'",
        },
      ],
    };
  }
  if (normalized.trim() === "") {
    return {
      errors: [
        {
          file,
          line: 1,
          message: "is empty",
          allowed: "a header row with the column names, then one row per record",
        },
      ],
    };
  }
  const delimiter = detectDelimiter(normalized);
  const quoting = checkQuotes(normalized, delimiter, file);
  if (quoting) return { errors: [quoting] };

  const parsed = parsers[delimiter].parseRows(normalized);
  // Where no value holds a line break, row i starts on line i + 1; else count them.
  const multiline = countNewlines(normalized) + 1 > parsed.length;
  const rows: CsvRow[] = [];
  let line = 1;
  for (const cells of parsed) {
    if (!isBlank(cells)) rows.push({ line, cells });
    line += 1;
    if (multiline) for (const cell of cells) line += countNewlines(cell);
  }
  const [header, ...body] = rows;
  if (!header || header.line !== 1)
    return {
      errors: [
        { file, line: 1, message: "has no header row", allowed: "the column names in the first line" },
      ],
    };
  const names = header.cells.map((name) => name.trim());
  const unnamed = names.findIndex(
    (name, index) => name === "" && names.slice(index).every((rest) => rest === ""),
  );
  if (unnamed >= 0) {
    const count = names.length - unnamed;
    return {
      errors: [
        {
          file,
          line: 1,
          column: unnamed + 1,
          message: `has ${count === 1 ? "an unnamed column" : `${count} unnamed columns`} at the end of the header (a "${delimiter}" after the last name, or cells filled to the right of the table)`,
          allowed: "delete the empty column(s) right of the last named column in the spreadsheet",
        },
      ],
    };
  }
  return { table: { header: names, rows: body, delimiter }, errors: [] };
}

/** A German spreadsheet program saves "CSV" with semicolons; the header line tells which. */
function detectDelimiter(text: string): "," | ";" {
  const end = text.indexOf("\n");
  const firstLine = end < 0 ? text : text.slice(0, end);
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/**
 * RFC 4180 quoting: a quote opens a value only at its start, a quote inside a
 * quoted value is written twice, and a closing quote ends the value. The CSV
 * parser is lenient about all three; an editor should hear about them.
 */
function checkQuotes(text: string, delimiter: string, file: string): DataError | undefined {
  let open = -1;
  for (let index = text.indexOf('"'); index >= 0; index = text.indexOf('"', index + 1)) {
    if (open < 0) {
      const before = index === 0 ? "\n" : text[index - 1];
      if (before !== delimiter && before !== "\n") {
        return {
          file,
          line: lineAt(text, index),
          message: "has a double quote inside a value that is not quoted",
          allowed: 'the whole value in double quotes, with the quote written twice: "say ""hello"""',
        };
      }
      open = index;
    } else if (text[index + 1] === '"') {
      index++;
    } else {
      const after = text[index + 1];
      if (after !== undefined && after !== delimiter && after !== "\n") {
        return {
          file,
          line: lineAt(text, index),
          message: "has text directly after a closing quote",
          allowed: 'a whole value in double quotes "…", with quotes inside written twice ""',
        };
      }
      open = -1;
    }
  }
  if (open >= 0) {
    return {
      file,
      line: lineAt(text, open),
      message: "has a quoted value that is opened here and never closed",
      allowed: 'values in double quotes "…", with quotes inside written twice ""',
    };
  }
  return undefined;
}

function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell !== "" && cell.trim() !== "") return false;
  return true;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) count++;
  return count;
}

function lineAt(text: string, offset: number): number {
  return countNewlines(text.slice(0, offset)) + 1;
}

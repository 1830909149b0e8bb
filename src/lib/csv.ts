/**
 * Reading CSV files as editors save them: UTF-8 with or without BOM, LF or CRLF,
 * quoted commas and newlines, and semicolon-delimited files as German spreadsheet
 * programs write them. Never throws: problems come back as DataErrors.
 */
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

/**
 * A CSV text whose encoding, quoting and header have been checked, read row by row.
 * Validation reads its rows through this, so that no row is kept that it does not keep itself.
 */
export interface CsvReader {
  header: string[];
  delimiter: "," | ";";
  /**
   * Calls `visit` for each row after the header, with the line the row starts on. The cells
   * array is the same one for every row, refilled: a visitor that keeps a row keeps a copy.
   */
  forEachRow(visit: (line: number, cells: string[]) => void): void;
}

/** The whole table at once, each row with its own cells (tests/csv.test.ts compares it with d3-dsv). */
export function readCsv(text: string, file: string): { table?: CsvTable; errors: DataError[] } {
  const { reader, errors } = openCsv(text, file);
  if (!reader) return { errors };
  const rows: CsvRow[] = [];
  reader.forEachRow((line, cells) => rows.push({ line, cells: cells.slice() }));
  return { table: { header: reader.header, rows, delimiter: reader.delimiter }, errors: [] };
}

/** Checks the encoding, the quoting and the header of a CSV text, and reads its first row. */
export function openCsv(text: string, file: string): { reader?: CsvReader; errors: DataError[] } {
  // Only files with a BOM or carriage returns are copied (a 15 MB copy is felt at 100k rows).
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const normalized = withoutBom.includes("\r") ? withoutBom.replace(/\r\n?/g, "\n") : withoutBom;
  const problem = encodingProblem(normalized, file);
  if (problem) return { errors: [problem] };
  const delimiter = detectDelimiter(normalized);
  const quoting = checkQuotes(normalized, delimiter, file);
  if (quoting) return { errors: [quoting] };

  const next = rowReader(normalized, delimiter);
  const first: string[] = [];
  if (next(first) !== 1)
    return {
      errors: [
        { file, line: 1, message: "has no header row", allowed: "the column names in the first line" },
      ],
    };
  const header = first.map((name) => name.trim());
  const unnamed = unnamedColumns(header, delimiter, file);
  if (unnamed) return { errors: [unnamed] };
  const forEachRow = (visit: (line: number, cells: string[]) => void) => {
    const cells: string[] = [];
    for (let line = next(cells); line > 0; line = next(cells)) visit(line, cells);
  };
  return { reader: { header, delimiter, forEachRow }, errors: [] };
}

/** UTF-16, bytes that are not UTF-8, or no text at all: the file cannot be read as CSV. */
function encodingProblem(normalized: string, file: string): DataError | undefined {
  // UTF-16 (Excel's "Unicode-Text") read as UTF-8: a NUL byte after almost every character.
  if (normalized.includes("\u0000")) {
    return {
      file,
      line: 1,
      message:
        "is saved as UTF-16 (Excel's 'Unicode-Text'), not UTF-8: every character is followed by a zero byte",
      allowed: "a file saved as 'CSV UTF-8 (durch Trennzeichen getrennt)' / 'CSV UTF-8 (Comma delimited)'",
    };
  }
  const replacement = normalized.indexOf("\uFFFD");
  if (replacement >= 0) {
    return {
      file,
      line: lineAt(normalized, replacement),
      message:
        "contains bytes that are not UTF-8 (the file was probably saved as Windows-1252 or 'CSV (Trennzeichen-getrennt)')",
      allowed: "a file saved as 'CSV UTF-8'",
    };
  }
  if (normalized.trim() === "") {
    return {
      file,
      line: 1,
      message: "is empty",
      allowed: "a header row with the column names, then one row per record",
    };
  }
  return undefined;
}

/** Empty names at the end of the header: a delimiter after the last name, or cells filled to the right. */
function unnamedColumns(names: string[], delimiter: string, file: string): DataError | undefined {
  const unnamed = names.findIndex(
    (name, index) => name === "" && names.slice(index).every((rest) => rest === ""),
  );
  if (unnamed < 0) return undefined;
  const count = names.length - unnamed;
  return {
    file,
    line: 1,
    column: unnamed + 1,
    message: `has ${count === 1 ? "an unnamed column" : `${count} unnamed columns`} at the end of the header (a "${delimiter}" after the last name, or cells filled to the right of the table)`,
    allowed: "delete the empty column(s) right of the last named column in the spreadsheet",
  };
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

const NEWLINE = 10;
const QUOTE = 34;

/**
 * Reads the rows of a CSV text whose quoting checkQuotes has accepted (LF line ends) one at
 * a time: each call fills `cells` with the next row that is not blank and returns the line it
 * starts on, or 0 when no row is left. One pass over the text, cell by cell; it reads the cells
 * exactly as d3-dsv's parseRows does (tests/csv.test.ts compares them on the project's files
 * and on arbitrary text), and counts the line breaks inside quoted values as it goes.
 */
function rowReader(text: string, delimiter: "," | ";"): (cells: string[]) => number {
  const separator = delimiter.charCodeAt(0);
  // A line break at the very end closes the last row; it does not open another.
  const end = text.charCodeAt(text.length - 1) === NEWLINE ? text.length - 1 : text.length;
  let done = text.length === 0;
  let index = 0;
  let line = 1;
  return (cells) => {
    while (!done) {
      const start = line;
      let count = 0;
      for (;;) {
        let cell: string;
        if (text.charCodeAt(index) === QUOTE && index < end) {
          // The first quote after the opening one closes the value unless it is doubled.
          const first = text.indexOf('"', index + 1);
          const plain = first >= 0 && first < end && text.charCodeAt(first + 1) !== QUOTE;
          const close = plain ? first : closingQuote(text, index + 1, end);
          cell = text.slice(index + 1, close);
          if (!plain && cell.includes('"')) cell = cell.replaceAll('""', '"');
          for (let at = cell.indexOf("\n"); at >= 0; at = cell.indexOf("\n", at + 1)) line++;
          index = close + 1;
        } else {
          let next = index;
          while (next < end) {
            const code = text.charCodeAt(next);
            if (code === separator || code === NEWLINE) break;
            next++;
          }
          cell = text.slice(index, next);
          index = next;
        }
        if (count < cells.length) cells[count++] = cell;
        else count = cells.push(cell);
        if (index >= end) {
          done = true;
          break;
        }
        // After a cell comes the delimiter or a line break (checkQuotes made sure of that after a quote).
        if (text.charCodeAt(index++) === NEWLINE) {
          line++;
          break;
        }
      }
      if (cells.length !== count) cells.length = count;
      if (!isBlank(cells)) return start;
    }
    return 0;
  };
}

/** The index of the quote that closes a value opened before `from` ("" is a quote inside it). */
function closingQuote(text: string, from: number, end: number): number {
  for (let at = text.indexOf('"', from); at >= 0 && at < end; at = text.indexOf('"', at + 2)) {
    if (text.charCodeAt(at + 1) !== QUOTE) return at;
  }
  return end;
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

/**
 * Files broken as a whole, as spreadsheets break them: the cases that must each give one
 * message naming the cause (and one line saying which checks wait), not one per row.
 * Each case turns the real events.csv (its bytes) into the broken file's bytes.
 */
import { csvParseRows, dsvFormat } from "d3-dsv";

export interface BrokenFile {
  name: string;
  /** The broken file's bytes, from the good file's text. */
  break: (text: string) => Buffer;
  /** What the first message says of the file (read as data/events.csv or as "events from <url>"). */
  cause: RegExp;
}

/** The events as a spreadsheet with German locale settings exports them: dates 12.02.2025, values separated by ";". */
function germanExport(text: string): string {
  const [header, ...rows] = csvParseRows(text);
  const dates = ["date", "end_date"].map((name) => header.indexOf(name));
  const german = rows.map((row) =>
    row.map((cell, index) => (dates.includes(index) && cell ? cell.split("-").reverse().join(".") : cell)),
  );
  return `${dsvFormat(";").formatRows([header, ...german])}\n`;
}

export const BROKEN_FILES: BrokenFile[] = [
  {
    name: "a header and no rows",
    break: (text) => Buffer.from(`${text.split("\n")[0]}\n`),
    cause: /:2: has its header and no rows/,
  },
  {
    name: "a German-locale export",
    break: (text) => Buffer.from(germanExport(text)),
    cause:
      /:2:2: date "\d\d\.\d\d\.\d{4}" and \d+ more cells are written as a spreadsheet with German locale settings writes them \(dates like 12\.02\.2025, values separated by ";"\)/,
  },
  {
    name: "UTF-16",
    break: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    cause: /:1: is saved as UTF-16/,
  },
  {
    name: "Windows-1252 (Latin-1)",
    break: (text) => Buffer.from(text, "latin1"),
    cause: /:\d+: contains bytes that are not UTF-8/,
  },
  {
    name: "a broken header",
    break: (text) => Buffer.from(text.replace("date_precision", "Datumsgenauigkeit")),
    cause:
      /:1:\d+: has a header that is not this table's: "Datumsgenauigkeit" is not a column of this file; "date_precision" is missing/,
  },
];

/** The line that says which checks wait for the broken events.csv. */
export const HELD_BACK =
  /:1: is not read, so the checks of sources\.csv, systems\.csv, factchecks\.csv against it wait until it is fixed/;

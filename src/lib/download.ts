/** The cleaned CSV files that readers download. */
import { csvFormatRows } from "d3-dsv";
import { columns, type ColumnSpec, type TableName } from "./schema.js";
import { LIST_SEPARATOR } from "./schema.js";
import type { Table } from "./validate.js";

/**
 * A spreadsheet runs a cell that begins with =, +, - or @ as a formula; such a
 * cell gets a leading apostrophe, which spreadsheets show as text.
 */
export function neutralizeFormula(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value)) return value;
  // A plain negative number is data, not a formula.
  if (/^-\d+(?:[.,]\d+)?$/.test(value)) return value;
  return `'${value}`;
}

/** The table as RFC 4180 CSV, columns in schema order, UTF-8, LF. */
export function toDownloadCsv<T extends TableName>(name: T, table: Table<T>): string {
  const names = Object.keys(columns[name]);
  // Only text columns are guarded: dates, times and integers are checked by the schema and stay as they are.
  const text = names.map((column) => (columns[name] as Record<string, ColumnSpec>)[column].type === "string");
  const cell = (value: unknown, index: number) => {
    const written =
      value === undefined ? "" : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
    return text[index] ? neutralizeFormula(written) : written;
  };
  const rows = table.rows.map((row) =>
    names.map((column, index) => cell((row as Record<string, unknown>)[column], index)),
  );
  return `${csvFormatRows([names, ...rows])}\n`;
}

/** The cleaned CSV files that readers download. */
import { csvFormatRows } from "d3-dsv";
import { columns, type TableName } from "./schema.js";
import { LIST_SEPARATOR } from "./schema.js";
import type { Table } from "./validate.js";

/**
 * A spreadsheet runs a cell that begins with =, +, - or @ as a formula; such a
 * cell gets a leading apostrophe, which spreadsheets show as text.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The table as RFC 4180 CSV, columns in schema order, UTF-8, LF. */
export function toDownloadCsv<T extends TableName>(name: T, table: Table<T>): string {
  const names = Object.keys(columns[name]);
  const cell = (value: unknown) =>
    neutralizeFormula(
      value === undefined ? "" : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value),
    );
  const rows = table.rows.map((row) => names.map((column) => cell((row as Record<string, unknown>)[column])));
  return `${csvFormatRows([names, ...rows])}\n`;
}

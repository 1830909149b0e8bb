/**
 * Validation of the data files against the schema: every error is collected,
 * none is thrown, and no row is ever dropped silently.
 */
import { readCsv } from "./csv.js";
import type { DataError } from "./errors.js";
import { checkSourceUrls } from "./source-policy.js";
import {
  columns,
  rowRules,
  rowSchemas,
  TABLE_NAMES,
  uniqueKeys,
  type ColumnSpec,
  type Row,
  type TableName,
} from "./schema.js";

export interface Table<T extends TableName> {
  file: string;
  /** Column names in the order of the file. */
  header: string[];
  rows: Row<T>[];
  /** lines[i] is the line in the file where rows[i] starts. */
  lines: number[];
  /**
   * The cells of every row as read, valid or not: references are checked against
   * these, so that a row with an error in one cell is not reported again as missing.
   */
  read: string[][];
  /** Whether the file could be read and its header is right. */
  readable: boolean;
}

export type Dataset = { [T in TableName]: Table<T> };

export type DataFiles = { [T in TableName]: { file: string; text: string } };

/** Reads and checks one table on its own (no references to other tables). */
export function validateTable<T extends TableName>(
  table: T,
  text: string,
  file: string,
): { table: Table<T>; errors: DataError[] } {
  const result: Table<T> = { file, header: [], rows: [], lines: [], read: [], readable: false };
  const { table: csv, errors } = readCsv(text, file);
  if (!csv) return { table: result, errors };

  result.header = csv.header;
  const specs: Record<string, ColumnSpec> = columns[table];
  const names = Object.keys(specs);
  errors.push(...checkHeader(csv.header, names, file));
  if (errors.length > 0) return { table: result, errors };
  result.readable = true;

  // Per row only the cells are read and parsed; what an error report needs is looked up when there is one.
  const { header } = csv;
  const position = (name: string) => header.indexOf(name) + 1;
  const schema = rowSchemas[table];
  const rules = rowRules[table] as ((row: Row<T>) => readonly { column: string; message: string }[])[];
  for (const { line, cells } of csv.rows) {
    if (cells.length !== header.length) {
      errors.push({
        file,
        line,
        message: `has ${cells.length} values but the header has ${header.length} columns${csv.delimiter === ";" ? " (the file is read as semicolon-delimited)" : ""}`,
        allowed: `one value per column; a value that contains "${csv.delimiter}" or a line break must stand in double quotes`,
      });
      continue;
    }
    const values: Record<string, string | undefined> = {};
    for (let index = 0; index < cells.length; index++) {
      const value = cells[index].trim();
      values[header[index]] = value === "" ? undefined : value;
    }
    result.read.push(cells);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        const message = values[field] === undefined ? "is empty but required" : issue.message;
        errors.push({
          file,
          line,
          column: position(field),
          field,
          value: cells[position(field) - 1],
          message,
          allowed: specs[field]?.allowed,
        });
      }
      continue;
    }
    const row = parsed.data as Row<T>;
    let valid = true;
    for (const rule of rules) {
      for (const issue of rule(row)) {
        valid = false;
        errors.push({
          file,
          line,
          column: position(issue.column),
          field: issue.column,
          value: cells[position(issue.column) - 1],
          message: issue.message,
          allowed: specs[issue.column].allowed,
        });
      }
    }
    if (valid) {
      result.rows.push(row);
      result.lines.push(line);
    }
  }
  errors.push(...checkUnique(table, result, csv.header));
  return { table: result, errors };
}

function checkHeader(header: string[], names: string[], file: string): DataError[] {
  const errors: DataError[] = [];
  const allowed = `the columns ${names.join(", ")}`;
  header.forEach((name, index) => {
    if (!names.includes(name)) {
      errors.push({
        file,
        line: 1,
        column: index + 1,
        field: name,
        message: "is not a column of this file",
        allowed,
      });
    } else if (header.indexOf(name) !== index) {
      errors.push({
        file,
        line: 1,
        column: index + 1,
        field: name,
        message: "appears twice in the header",
        allowed,
      });
    }
  });
  for (const name of names) {
    if (!header.includes(name))
      errors.push({ file, line: 1, field: name, message: "is missing from the header", allowed });
  }
  return errors;
}

function checkUnique<T extends TableName>(
  table: T,
  { file, rows, lines }: Table<T>,
  header: string[],
): DataError[] {
  const errors: DataError[] = [];
  for (const key of uniqueKeys[table]) {
    const seen = new Map<string, number>();
    rows.forEach((row, index) => {
      const value =
        key.length === 1
          ? String(row[key[0] as keyof Row<T>])
          : key.map((name) => String(row[name as keyof Row<T>])).join(" + ");
      const first = seen.get(value);
      if (first === undefined) seen.set(value, lines[index]);
      else
        errors.push({
          file,
          line: lines[index],
          column: header.indexOf(key[0]) + 1,
          field: key.join(" + "),
          value,
          message: `is a duplicate of line ${first}`,
          allowed: `a value not used by another row`,
        });
    });
  }
  return errors;
}

/** Checks every table and the references between them. */
export function validateDataset(files: DataFiles): { data: Dataset; errors: DataError[] } {
  const errors: DataError[] = [];
  const data = {} as Record<TableName, Table<TableName>>;
  for (const name of TABLE_NAMES) {
    const result = validateTable(name, files[name].text, files[name].file);
    data[name] = result.table;
    errors.push(...result.errors);
  }
  const dataset = data as Dataset;
  errors.push(...checkReferences(dataset));
  errors.push(...checkEverySourced(dataset));
  errors.push(...checkSourceUrls(dataset.sources));
  return { data: dataset, errors };
}

function checkReferences(data: Dataset): DataError[] {
  const errors: DataError[] = [];
  for (const table of TABLE_NAMES) {
    for (const [field, spec] of Object.entries(columns[table]) as [string, ColumnSpec][]) {
      if (!spec.ref) continue;
      const target = data[spec.ref];
      if (!target.readable) continue;
      const known = readValues(target, "id");
      const { rows, lines, file, header } = data[table];
      const unknown = (index: number, value: string) =>
        errors.push({
          file,
          line: lines[index],
          column: header.indexOf(field) + 1,
          field,
          value,
          message: `is not an id in ${spec.ref}.csv`,
          allowed: `one of the ${known.size} ids in ${spec.ref}.csv, e.g. ${[...known].slice(0, 3).join(", ")}`,
        });
      for (let index = 0; index < rows.length; index++) {
        const cell = (rows[index] as Record<string, unknown>)[field] as string | string[] | undefined;
        if (typeof cell === "string") {
          if (!known.has(cell)) unknown(index, cell);
        } else if (cell) {
          for (const value of cell) if (!known.has(value)) unknown(index, value);
        }
      }
    }
  }
  return errors;
}

function checkEverySourced(data: Dataset): DataError[] {
  if (!data.sources.readable) return [];
  const sourced = readValues(data.sources, "event_id");
  const { file, rows, lines, header } = data.events;
  const errors: DataError[] = [];
  rows.forEach((event, index) => {
    if (!sourced.has(event.id)) {
      errors.push({
        file,
        line: lines[index],
        column: header.indexOf("id") + 1,
        field: "id",
        value: event.id,
        message: "has no row in sources.csv",
        allowed: "an event with at least one source",
      });
    }
  });
  return errors;
}

const readValuesCache = new WeakMap<Table<TableName>, Map<string, Set<string>>>();

/** The values of a column in every row read, valid or not (computed once per table and column). */
function readValues(table: Table<TableName>, column: string): Set<string> {
  let byColumn = readValuesCache.get(table);
  if (!byColumn) readValuesCache.set(table, (byColumn = new Map()));
  let values = byColumn.get(column);
  if (!values) {
    const index = table.header.indexOf(column);
    values = new Set(table.read.map((cells) => cells[index]?.trim()));
    byColumn.set(column, values);
  }
  return values;
}

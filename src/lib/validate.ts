/**
 * Validation of the data files against the schema: every error is collected,
 * none is thrown, and no row is ever dropped silently.
 */
import { openCsv, type CsvRow } from "./csv.js";
import { INVISIBLE, type DataError } from "./errors.js";
import {
  checkAttributedLinks,
  checkQuoteSources,
  checkRepeatedLinks,
  checkSourceHosts,
  checkSourceUrls,
} from "./source-policy.js";
import {
  columns,
  rowRules,
  TABLE_NAMES,
  TABLES_WITH_ROWS,
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
   * The rows left out of `rows` (wrong number of values, an error in a cell or a rule), with
   * their cells as read: references are checked against the ids of these and of `rows`
   * (readValues), so that a row with an error in one cell is not reported again as missing.
   * The cells of valid rows are not kept: their values are in `rows`.
   */
  rejected: CsvRow[];
  /**
   * Whether the file could be read as this table: its encoding, its header, its rows (none
   * where the table needs some) and its locale are right. The checks of other tables that
   * refer to an unreadable one wait until it is fixed.
   */
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
  const result: Table<T> = { file, header: [], rows: [], lines: [], rejected: [], readable: false };
  const { reader, errors } = openCsv(text, file);
  if (!reader) return { table: result, errors };

  result.header = reader.header;
  const header = headerProblem(reader.header, columns[table], file);
  if (header) return { table: result, errors: [header] };

  // Rows stream from the parser into the checks: only what the table keeps is kept.
  // Only a file that holds an invisible character anywhere is searched cell by cell.
  reader.forEachRow(rowChecker(table, result, reader.delimiter, INVISIBLE_ONE.test(text), errors));
  const whole = wholeFileProblem(table, result, reader.delimiter, errors);
  if (whole) return { table: result, errors: [whole] };
  result.readable = true;
  errors.push(...checkUnique(table, result, reader.header));
  return { table: result, errors };
}

/**
 * A problem of the whole file that its rows' messages would only repeat: a table the story
 * needs with a header and no rows, or a file exported with German locale settings (many dates
 * or numbers written as such a spreadsheet writes them). One message instead of one per row.
 */
function wholeFileProblem<T extends TableName>(
  table: T,
  result: Table<T>,
  delimiter: "," | ";",
  errors: readonly DataError[],
): DataError | undefined {
  const { file } = result;
  const read = result.rows.length + result.rejected.length;
  if (read === 0 && TABLES_WITH_ROWS.includes(table))
    return {
      file,
      line: 2,
      message: "has its header and no rows (a spreadsheet export that stopped after the first line?)",
      allowed: "one row per record below the header: export the whole sheet again",
    };
  const specs: Record<string, ColumnSpec> = columns[table];
  const local = errors.filter(
    (error) => error.field && error.value && specs[error.field]?.local?.test(error.value.trim()),
  );
  // One date typed the German way is a cell to fix (its message says how); many are the export's settings.
  if (local.length < 2 || local.length * 2 < read) return undefined;
  const kinds = [...new Set(local.map((error) => specs[error.field!].local!.example))];
  const [first] = local;
  return {
    ...first,
    message: `and ${local.length - 1} more cell${local.length === 2 ? "" : "s"} are written as a spreadsheet with German locale settings writes them (${kinds.join(", ")}${delimiter === ";" ? ', values separated by ";"' : ""}): the file was exported with those settings`,
    allowed:
      "dates written as 2025-02-12, numbers in digits alone: set the sheet's locale to English (United Kingdom) (Google Sheets: File > Settings > Locale; LibreOffice: Tools > Options > Language Settings) or format those columns as text, then export again",
  };
}

/** The check of one row: its width, each cell against its column, then the rules across its columns. */
function rowChecker<T extends TableName>(
  table: T,
  result: Table<T>,
  delimiter: "," | ";",
  invisible: boolean,
  errors: DataError[],
): (line: number, cells: string[]) => void {
  const { file, header } = result;
  const specs: Record<string, ColumnSpec> = columns[table];
  const parseCells = cellsParser(header, specs, file, invisible, errors);
  const checkRules = rulesChecker(table, header, specs, file, errors);
  return (line, cells) => {
    if (cells.length !== header.length) {
      // Its id still counts as read: other tables' references to it are not reported again.
      result.rejected.push({ line, cells: cells.slice() });
      errors.push({
        file,
        line,
        message: `has ${cells.length} values but the header has ${header.length} columns${delimiter === ";" ? " (the file is read as semicolon-delimited)" : ""}`,
        allowed: `one value per column; a value that contains "${delimiter}" or a line break must stand in double quotes`,
      });
      return;
    }
    const row = parseCells(line, cells) as Row<T> | undefined;
    if (row && checkRules(line, cells, row)) {
      result.rows.push(row);
      result.lines.push(line);
    } else result.rejected.push({ line, cells: cells.slice() });
  };
}

/**
 * Parses the cells of a row of the right width into a record, or reports each cell that
 * has an invisible character or that its column rejects (one error per cell: the first
 * problem found in it) and returns undefined.
 */
function cellsParser(
  header: string[],
  specs: Record<string, ColumnSpec>,
  file: string,
  invisible: boolean,
  errors: DataError[],
): (line: number, cells: string[]) => Record<string, unknown> | undefined {
  // Per row only the cells are read and parsed; what an error report needs is looked up when there is one.
  const parsers = header.map((name) => cellParser(specs[name]));
  // Each record is a copy of one with every column: V8 then gives all rows one shape in one allocation
  // instead of growing each record column by column.
  const blank: Record<string, unknown> = {};
  for (const name of header) blank[name] = undefined;
  return (line, cells) => {
    // The set is made for a row with an error only.
    const reported = invisible ? reportInvisible(line, cells, header, file, errors) : undefined;
    const record: Record<string, unknown> = { ...blank };
    let valid = reported === undefined;
    for (let index = 0; index < cells.length; index++) {
      const raw = cells[index];
      const trimmed = trim(raw);
      const parsed = parsers[index](trimmed === "" ? undefined : trimmed);
      if (!(parsed instanceof Invalid)) {
        // The copy of `blank` holds undefined already: an empty optional cell needs no store.
        if (parsed !== undefined) record[header[index]] = parsed;
      } else if (!reported?.has(header[index])) {
        valid = false;
        errors.push({
          file,
          line,
          column: index + 1,
          field: header[index],
          value: raw,
          message: parsed.message,
          allowed: specs[header[index]]?.allowed,
        });
      }
    }
    return valid ? record : undefined;
  };
}

/** Reports each cell of a row that holds an invisible character; the columns reported, if any. */
function reportInvisible(
  line: number,
  cells: string[],
  header: string[],
  file: string,
  errors: DataError[],
): Set<string> | undefined {
  let reported: Set<string> | undefined;
  cells.forEach((cell, index) => {
    const found = cell.match(INVISIBLE_ONE);
    if (!found) return;
    (reported ??= new Set()).add(header[index]);
    const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    errors.push({
      file,
      line,
      column: index + 1,
      field: header[index],
      value: cell,
      message: `contains an invisible character, U+${code} (${INVISIBLE_NAMES[code] ?? "a control character"}), at position ${(found.index ?? 0) + 1}`,
      allowed: "the text without it: retype the value, or delete the character shown as \\u" + code,
    });
  });
  return reported;
}

/** The rules across a row's columns: reports each column's first issue; true when there is none. */
function rulesChecker<T extends TableName>(
  table: T,
  header: string[],
  specs: Record<string, ColumnSpec>,
  file: string,
  errors: DataError[],
): (line: number, cells: string[], row: Row<T>) => boolean {
  const position = (name: string) => header.indexOf(name) + 1;
  const rules = rowRules[table] as ((
    row: Row<T>,
  ) => readonly { column: string; message: string; allowed?: string }[])[];
  return (line, cells, row) => {
    let ruled: Set<string> | undefined;
    for (const rule of rules) {
      for (const issue of rule(row)) {
        if (ruled?.has(issue.column)) continue;
        (ruled ??= new Set()).add(issue.column);
        errors.push({
          file,
          line,
          column: position(issue.column),
          field: issue.column,
          value: cells[position(issue.column) - 1],
          message: issue.message,
          allowed: issue.allowed ?? specs[issue.column].allowed,
        });
      }
    }
    return ruled === undefined;
  };
}

/**
 * The header against the table's columns, in one message (one cause, however many names it
 * touches): a name that is not a column (with the nearest missing one), a name twice, a
 * required column missing. An optional column may be left out; an editor adds it when needed.
 */
function headerProblem(
  header: string[],
  specs: Record<string, ColumnSpec>,
  file: string,
): DataError | undefined {
  const names = Object.keys(specs);
  const missing = names.filter((name) => specs[name].required && !header.includes(name));
  const absent = names.filter((name) => !header.includes(name));
  const problems: string[] = [];
  let column: number | undefined;
  header.forEach((name, index) => {
    const problem = !names.includes(name)
      ? `${JSON.stringify(name)} is not a column of this file${nearest(name, absent)}`
      : header.indexOf(name) !== index
        ? `${JSON.stringify(name)} appears twice`
        : undefined;
    if (!problem) return;
    problems.push(problem);
    column ??= index + 1;
  });
  if (missing.length > 0)
    problems.push(
      `${missing.map((name) => JSON.stringify(name)).join(", ")} ${missing.length === 1 ? "is" : "are"} missing`,
    );
  if (problems.length === 0) return undefined;
  const optional = names.filter((name) => !specs[name].required);
  return {
    file,
    line: 1,
    column,
    message: `has a header that is not this table's: ${problems.join("; ")}`,
    allowed: `the columns ${names.filter((name) => specs[name].required).join(", ")}, in any order${optional.length > 0 ? `, and any of the optional columns ${optional.join(", ")}` : ""}`,
  };
}

function checkUnique<T extends TableName>(table: T, result: Table<T>, header: string[]): DataError[] {
  const { file, rows, lines } = result;
  const errors: DataError[] = [];
  for (const key of uniqueKeys[table]) {
    const names = key as (keyof Row<T>)[];
    const valueOf = (row: Row<T>) => names.map((name) => String(row[name])).join(" + ");
    const duplicate = (index: number, value: string, first: number) =>
      errors.push({
        file,
        line: lines[index],
        column: header.indexOf(key[0]) + 1,
        field: key.join(" + "),
        value,
        message: `is a duplicate of line ${first}`,
        allowed: `a value not used by another row`,
      });
    // Rows are told apart by their first column first (an id, an event's id: valid ones hold no
    // " + "); the whole key is written out only for rows whose first column repeats, e.g.
    // several sources of one event.
    const { repeats } = firstRows(result, key[0]);
    const seen = new Map<string, number>();
    for (const [index, earlier] of repeats) {
      if (names.length === 1) {
        duplicate(index, String(rows[index][names[0]]), lines[earlier]);
        continue;
      }
      const earlierValue = valueOf(rows[earlier]);
      if (!seen.has(earlierValue)) seen.set(earlierValue, lines[earlier]);
      const value = valueOf(rows[index]);
      const line = seen.get(value);
      if (line === undefined) seen.set(value, lines[index]);
      else duplicate(index, value, line);
    }
  }
  return errors;
}

/** A column's values in the valid rows: the first row with each, and the later rows that repeat one. */
interface FirstRows {
  /** Each value (as a string) → the index of the first valid row that holds it. */
  first: Map<string, number>;
  /** The index of each later row with a value already held → the index of the first row with it. */
  repeats: Map<number, number>;
}

const firstRowsCache = new WeakMap<Table<TableName>, Map<string, FirstRows>>();

/**
 * The one index by value of a column that the checks share (computed once per table and
 * column): duplicate ids, references to the ids and the events' sources all look it up,
 * instead of each building a set of 100k ids of its own.
 */
function firstRows(table: Table<TableName>, column: string): FirstRows {
  let byColumn = firstRowsCache.get(table);
  if (!byColumn) firstRowsCache.set(table, (byColumn = new Map()));
  let index = byColumn.get(column);
  if (!index) {
    const rows = table.rows as Record<string, unknown>[];
    const first = new Map<string, number>();
    const repeats = new Map<number, number>();
    // From the last row to the first, each value ends with its first row: one step per row.
    for (let at = rows.length - 1; at >= 0; at--) first.set(String(rows[at][column]), at);
    // Only where some value repeats are the rows looked up again, in order, to find the repeats.
    if (first.size < rows.length) {
      for (let at = 0; at < rows.length; at++) {
        const earlier = first.get(String(rows[at][column]))!;
        if (earlier !== at) repeats.set(at, earlier);
      }
    }
    index = { first, repeats };
    byColumn.set(column, index);
  }
  return index;
}

/** Checks every table and the references between them. */
export function validateDataset(files: DataFiles): { data: Dataset; errors: DataError[] } {
  // Problems of a whole file (encoding, header) come first; its rows are then not read,
  // and the other tables' references to it are not checked, so one cause gives one message.
  const fileErrors: DataError[] = [];
  const errors: DataError[] = [];
  const data = {} as Record<TableName, Table<TableName>>;
  for (const name of TABLE_NAMES) {
    const result = validateTable(name, files[name].text, files[name].file);
    data[name] = result.table;
    (result.table.readable ? errors : fileErrors).push(...result.errors);
  }
  const dataset = data as Dataset;
  errors.unshift(...fileErrors, ...heldBack(dataset));
  errors.push(...checkReferences(dataset));
  errors.push(...checkEverySourced(dataset));
  errors.push(...checkSourceUrls(dataset.sources));
  errors.push(...checkRepeatedLinks(dataset.sources));
  errors.push(...checkAttributedLinks(dataset.sources));
  if (dataset.hosts.readable) errors.push(...checkSourceHosts(dataset.sources, dataset.hosts));
  if (dataset.sources.readable) errors.push(...checkQuoteSources(dataset.events, dataset.sources));
  return { data: dataset, errors };
}

/**
 * The tables whose checks need another table's ids: those with a column that refers to it,
 * and, for sources.csv, events.csv (every event needs a source).
 */
function dependents(target: TableName): TableName[] {
  return TABLE_NAMES.filter(
    (table) =>
      (target === "sources" && table === "events") ||
      Object.values(columns[table] as Record<string, ColumnSpec>).some((spec) => spec.ref === target),
  );
}

/** For each file that could not be read, one line naming the checks that wait for it. */
function heldBack(data: Dataset): DataError[] {
  return TABLE_NAMES.flatMap((table) => {
    const waiting = data[table].readable ? [] : dependents(table).filter((other) => data[other].readable);
    if (waiting.length === 0) return [];
    const names = waiting.map((other) => `${other}.csv`);
    return [
      {
        file: data[table].file,
        line: 1,
        message: `is not read, so the checks of ${names.join(", ")} against it wait until it is fixed`,
      },
    ];
  });
}

function checkReferences(data: Dataset): DataError[] {
  const errors: DataError[] = [];
  for (const table of TABLE_NAMES) {
    for (const [field, spec] of Object.entries(columns[table]) as [string, ColumnSpec][]) {
      if (!spec.ref) continue;
      const target = data[spec.ref];
      if (!target.readable) continue;
      const { isKnown, idOf } = knownIds(target);
      const { rows, lines, file, header } = data[table];
      const unknown = (index: number, value: string) => {
        // The ids in the order of the file, made only for a message.
        const known = readValues(target, "id");
        errors.push({
          file,
          line: lines[index],
          column: header.indexOf(field) + 1,
          field,
          value,
          message: `is not an id in ${spec.ref}.csv${didYouMean(value, known)}`,
          allowed: `one of the ${known.size} ids in ${spec.ref}.csv`,
        });
      };
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index] as Record<string, unknown>;
        const cell = row[field] as string | string[] | undefined;
        if (typeof cell === "string") {
          const id = idOf(cell);
          // The reference takes the valid target row's own string, equal in value: a later join by
          // id (the story's sources by event) then compares two references to one string, not characters.
          if (id !== undefined) row[field] = id;
          else if (!isKnown(cell)) unknown(index, cell);
        } else if (cell) {
          for (const value of cell) if (!isKnown(value)) unknown(index, value);
        }
      }
    }
  }
  return errors;
}

/**
 * The ids of a table: `isKnown`, whether a value is the id of a row read, valid or not (as
 * readValues(table, "id").has); `idOf`, the id string of the first valid row with that value.
 */
function knownIds(table: Table<TableName>): {
  isKnown: (value: string) => boolean;
  idOf: (value: string) => string | undefined;
} {
  const { first } = firstRows(table, "id");
  const rows = table.rows as { id?: unknown }[];
  const rowOf = rowFinder(table);
  const column = table.header.indexOf("id");
  const rejected = new Set(table.rejected.map(({ cells }) => cells[column]?.trim()));
  return {
    isKnown: (value) => first.has(value) || rejected.has(value),
    idOf: (value) => {
      const index = rowOf(value);
      return index === undefined ? undefined : String(rows[index].id);
    },
  };
}

/**
 * The index of the first valid row of a table with an id, looked up in firstRows. References
 * mostly follow their target's order (sources.csv lists each event's sources in the order of
 * events.csv): where the ids are unique, the row found last and the one after it are tried
 * first, which spares most lookups in a table of 100k ids.
 */
function rowFinder(table: Table<TableName>): (id: string) => number | undefined {
  const { first, repeats } = firstRows(table, "id");
  const rows = table.rows as { id?: unknown }[];
  const unique = repeats.size === 0;
  let last = 0;
  return (id) => {
    if (unique && last < rows.length) {
      if (rows[last].id === id) return last;
      if (last + 1 < rows.length && rows[last + 1].id === id) return ++last;
    }
    const index = first.get(id);
    if (index !== undefined) last = index;
    return index;
  };
}

function checkEverySourced(data: Dataset): DataError[] {
  if (!data.sources.readable) return [];
  const { file, rows, lines, header } = data.events;
  // Each source read, valid or not, marks the first event with its id.
  const { repeats } = firstRows(data.events, "id");
  const rowOf = rowFinder(data.events);
  const sourced = new Uint8Array(rows.length);
  const mark = (id: string | undefined) => {
    const index = id === undefined ? undefined : rowOf(id);
    if (index !== undefined) sourced[index] = 1;
  };
  for (const source of data.sources.rows) mark(source.event_id);
  const column = data.sources.header.indexOf("event_id");
  for (const { cells } of data.sources.rejected) mark(cells[column]?.trim());
  const errors: DataError[] = [];
  rows.forEach((event, index) => {
    if (!sourced[repeats.size === 0 ? index : (repeats.get(index) ?? index)]) {
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

/**
 * The values of a column of single values (an id, the id of an event) in every row read,
 * valid or not, in the order of the file (computed once per table and column). A valid row's
 * value is its trimmed cell, as parsed; a rejected row's is read from its cells.
 */
export function readValues(table: Table<TableName>, column: string): Set<string> {
  let byColumn = readValuesCache.get(table);
  if (!byColumn) readValuesCache.set(table, (byColumn = new Map()));
  let values = byColumn.get(column);
  if (!values) {
    const index = table.header.indexOf(column);
    const { rows, lines, rejected } = table;
    const cellOf = (row: CsvRow) => row.cells[index]?.trim();
    values = new Set();
    let next = 0;
    for (let at = 0; at < rows.length; at++) {
      while (next < rejected.length && rejected[next].line < lines[at]) values.add(cellOf(rejected[next++]));
      // A blank optional cell is parsed as undefined; as read it is "".
      values.add(((rows[at] as Record<string, unknown>)[column] as string | undefined) ?? "");
    }
    while (next < rejected.length) values.add(cellOf(rejected[next++]));
    byColumn.set(column, values);
  }
  return values;
}

/** A cell that its column's schema rejects; any other result is the parsed value (no wrapper per cell). */
class Invalid {
  constructor(readonly message: string) {}
}
type Parsed = unknown;

/** Values repeat (dates, types, actors): each column keeps the results of up to this many distinct values. */
const CACHE_LIMIT = 50_000;

/**
 * Parses one column's cells with the column's zod schema, remembering the result for a
 * value seen before. An empty cell is undefined: "is empty but required" in a required column.
 */
function cellParser(spec: ColumnSpec): (value: string | undefined) => Parsed {
  const cache = new Map<string, Parsed>();
  // An enumeration's value is the schema's own string, which the code compares it with.
  const canonical = spec.values && new Map(spec.values.map((value) => [value, value]));
  const parse = (value: string | undefined): Parsed => {
    const parsed = spec.schema.safeParse(value);
    if (parsed.success) return canonical?.get(parsed.data as string) ?? parsed.data;
    return new Invalid(
      value === undefined ? "is empty but required" : (parsed.error.issues[0]?.message ?? "is not valid"),
    );
  };
  const empty = parse(undefined);
  // A value the column's quick test accepts is its own parsed value (schema.ts); zod for the rest.
  const { accepts } = spec;
  if (accepts) return (value) => (value === undefined ? empty : accepts(value) ? value : parse(value));
  // A column whose values hardly repeat (ids, headlines) is not cached: the memory would cost more.
  let caching = true;
  let lookups = 0;
  return (value) => {
    if (value === undefined) return empty;
    if (!caching) return parse(value);
    let parsed = cache.get(value);
    if (parsed === undefined) {
      parsed = parse(value);
      cache.set(value, parsed);
      if (++lookups === 1000 && cache.size > 500) caching = false;
      if (cache.size >= CACHE_LIMIT) caching = false;
      if (!caching) cache.clear();
    } else lookups++;
    return parsed;
  };
}

const visible = (code: number) => code > 0x20 && code < 0x7f;

/** raw.trim(), without the call for the usual cell that begins and ends with a visible ASCII character. */
function trim(raw: string): string {
  return raw !== "" && visible(raw.charCodeAt(0)) && visible(raw.charCodeAt(raw.length - 1))
    ? raw
    : raw.trim();
}

const INVISIBLE_ONE = new RegExp(INVISIBLE.source);

const INVISIBLE_NAMES: Record<string, string> = {
  "00AD": "soft hyphen",
  "200B": "zero width space",
  "200C": "zero width non-joiner",
  "200D": "zero width joiner",
  "200E": "left-to-right mark",
  "200F": "right-to-left mark",
  "2060": "word joiner",
  FEFF: "byte order mark",
};

/** ` (did you mean "x"?)`, as didYouMean finds it, for a list of problems separated by semicolons. */
const nearest = (value: string, known: Iterable<string>) => {
  const hint = didYouMean(value, known);
  return hint && ` (${hint.slice(2)})`;
};

/** `; did you mean "x"?` naming the known id nearest to the value (by edit distance), if one is near. */
export function didYouMean(value: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (!candidate) continue;
    const distance = editDistance(value, candidate, bestDistance);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(3, Math.floor(value.length / 3))
    ? `; did you mean "${best}"?`
    : "";
}

/** Levenshtein distance, giving up (returning limit) once it cannot be below limit. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length];
}

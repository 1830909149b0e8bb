/**
 * The one builder of data tables: the charts' text alternatives, the reported
 * systems, the codebook. A table is rows and columns, each column a header and
 * a cell; a row-header column is a <th scope="row">; rows may come in groups.
 */
import { el } from "./html.js";

type Content = Node | string | undefined;

export interface Column<R> {
  header: string;
  /** The cell's content: text or nodes (never HTML from data). */
  cell: (row: R) => Content | Content[];
  /** Attributes of the cell (its data-label, which names it where a phone stacks the row). */
  attrs?: Record<string, string> | ((row: R) => Record<string, string>);
  /** The cell names its row: <th scope="row">. */
  rowHeader?: boolean;
}

export interface TableOptions<R> {
  caption?: string;
  attrs?: Record<string, string>;
  /** Attributes of a row (data-event, data-status, …). */
  rowAttrs?: (row: R) => Record<string, string>;
  /**
   * Rows in groups, one <tbody> each, headed by a row that says once what its rows
   * share (the report they come from, say): `key` groups the rows, in order of first appearance.
   */
  groups?: {
    key: (row: R) => string;
    header: (first: R) => Content | Content[];
    attrs?: (first: R) => Record<string, string>;
  };
}

export function dataTable<R>(
  rows: Iterable<R>,
  columns: Column<R>[],
  { caption, attrs = {}, rowAttrs, groups }: TableOptions<R> = {},
): HTMLTableElement {
  const table = el("table", attrs, caption === undefined ? undefined : el("caption", {}, caption));
  table.append(
    el("thead", {}, el("tr", {}, ...columns.map((column) => el("th", { scope: "col" }, column.header)))),
  );
  const row = (datum: R) =>
    el(
      "tr",
      rowAttrs?.(datum) ?? {},
      ...columns.map((column) => {
        const cellAttrs = typeof column.attrs === "function" ? column.attrs(datum) : (column.attrs ?? {});
        const children = [column.cell(datum)].flat();
        return column.rowHeader
          ? el("th", { scope: "row", ...cellAttrs }, ...children)
          : el("td", cellAttrs, ...children);
      }),
    );
  if (!groups) {
    table.append(el("tbody", {}, ...[...rows].map(row)));
    return table;
  }
  const grouped = new Map<string, R[]>();
  for (const datum of rows) {
    const key = groups.key(datum);
    const members = grouped.get(key);
    if (members) members.push(datum);
    else grouped.set(key, [datum]);
  }
  for (const members of grouped.values()) {
    const header = el(
      "th",
      { scope: "rowgroup", colspan: String(columns.length) },
      ...[groups.header(members[0])].flat(),
    );
    table.append(
      el(
        "tbody",
        groups.attrs?.(members[0]) ?? {},
        el("tr", { class: "table-group" }, header),
        ...members.map(row),
      ),
    );
  }
  return table;
}

/**
 * The one builder of data tables: the charts' text alternatives, the reported
 * systems, the codebook. A table is rows and columns, each column a header and
 * a cell; a row-header column is a <th scope="row">.
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
}

export function dataTable<R>(
  rows: Iterable<R>,
  columns: Column<R>[],
  { caption, attrs = {}, rowAttrs }: TableOptions<R> = {},
): HTMLTableElement {
  const table = el("table", attrs, caption === undefined ? undefined : el("caption", {}, caption));
  table.append(
    el("thead", {}, el("tr", {}, ...columns.map((column) => el("th", { scope: "col" }, column.header)))),
  );
  const body = el("tbody");
  for (const row of rows) {
    const cells = columns.map((column) => {
      const cellAttrs = typeof column.attrs === "function" ? column.attrs(row) : (column.attrs ?? {});
      const content = column.cell(row);
      const children = Array.isArray(content) ? content : [content];
      return column.rowHeader
        ? el("th", { scope: "row", ...cellAttrs }, ...children)
        : el("td", cellAttrs, ...children);
    });
    body.append(el("tr", rowAttrs?.(row) ?? {}, ...cells));
  }
  table.append(body);
  return table;
}

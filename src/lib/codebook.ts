/** The codebook of the data, derived from the schema: for data/README.md and the page. */
/* eslint-disable house/word-table -- picks a codebook description from schema.ts's bilingual
   documentation (see schema.ts). */
import type { Lang } from "./format.js";
import { columns, TABLE_NAMES, type ColumnSpec, type TableName } from "./schema.js";

export interface CodebookColumn {
  name: string;
  required: boolean;
  allowed: string;
  description: string;
}

/**
 * Where the schema keeps a column's words in each language (English is the editors' and
 * the validation messages' language). A new language without its words fails to type-check here.
 */
const COLUMN_TEXT: Record<Lang, (spec: ColumnSpec) => { allowed: string; description: string }> = {
  de: (spec) => spec.de,
  en: ({ allowed, description }) => ({ allowed, description }),
};

/** Every file's columns, with what is allowed and what they mean in the reader's language (English by default). */
export function codebook(lang: Lang = "en"): { table: TableName; file: string; columns: CodebookColumn[] }[] {
  return TABLE_NAMES.map((table) => ({
    table,
    file: `${table}.csv`,
    columns: (Object.entries(columns[table]) as [string, ColumnSpec][]).map(([name, spec]) => ({
      name,
      required: spec.required,
      ...COLUMN_TEXT[lang](spec),
    })),
  }));
}

export function codebookMarkdown(): string {
  const escape = (text: string) => text.replace(/\|/g, "\\|");
  const sections = codebook().map(({ file, columns }) =>
    [
      `## ${file}`,
      "",
      "| column | required | allowed | meaning |",
      "| --- | --- | --- | --- |",
      ...columns.map(
        (column) =>
          `| \`${column.name}\` | ${column.required ? "yes" : "no"} | ${escape(column.allowed)} | ${escape(column.description)} |`,
      ),
    ].join("\n"),
  );
  return [
    "# Codebook of data/",
    "",
    "Generated from `src/lib/schema.ts` by `npm run codebook`; do not edit by hand (a test compares them).",
    "",
    "Files are CSV in UTF-8 (comma- or semicolon-delimited; a BOM and CRLF line endings are accepted). Every file has all of its columns in the header, in any order; optional values may be left empty. Lists are separated by `;`.",
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
}

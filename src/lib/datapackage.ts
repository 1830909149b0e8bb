/**
 * The Frictionless data package that describes the download: every file's
 * fields, types, allowed values, keys and references, derived from the schema.
 */
import { formatDateRange } from "./format.js";
import { columns, TABLE_NAMES, uniqueKeys, type ColumnSpec, type TableName } from "./schema.js";

interface Field {
  name: string;
  type: string;
  format?: string;
  description: string;
  constraints?: { required?: boolean; enum?: readonly string[]; minimum?: number };
}

/** The licence under which readers may reuse the data (the publisher's choice; one place to change it). */
export const DATA_LICENSE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0",
} as const;

/** The files of the download, as the data package names them. */
export const DOWNLOAD_FILES = [...TABLE_NAMES.map((table) => `${table}.csv`), "datapackage.json"];

/** `coverage`: the first and last day of the events (derive.ts), named in the description. */
export function dataPackage(coverage?: { from: string; until: string }): object {
  return {
    profile: "tabular-data-package",
    name: "telefonate-waffen-positionen",
    title:
      "Telefonate, Waffen, Positionen: Trump's calls with Putin and Zelensky and the US weapons halt, 2025",
    description: `Sourced events${coverage ? ` (${formatDateRange(coverage.from, coverage.until, "en")})` : ""}, with the actors, the sources of each event, the weapon systems reported halted, fact checks and corrections. Lists inside a cell are separated by ';'.`,
    licenses: [DATA_LICENSE],
    sources: [
      {
        title:
          "Reports by the news agencies, newspapers and official sources listed for each event in sources.csv",
        path: "sources.csv",
      },
    ],
    resources: TABLE_NAMES.map((table) => resource(table)),
  };
}

function resource(table: TableName): object {
  const specs = Object.entries(columns[table]) as [string, ColumnSpec][];
  const fields: Field[] = specs.map(([name, spec]) => ({
    name,
    type: spec.type,
    ...(spec.type === "time" ? { format: "%H:%M" } : {}),
    description: spec.list ? `${spec.description} (list separated by ';')` : spec.description,
    ...(spec.required || spec.values || spec.minimum !== undefined
      ? {
          constraints: {
            ...(spec.required ? { required: true } : {}),
            ...(spec.values && !spec.list ? { enum: spec.values } : {}),
            ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}),
          },
        }
      : {}),
  }));
  const foreignKeys = specs
    .filter(([, spec]) => spec.ref && !spec.list)
    .map(([name, spec]) => ({ fields: name, reference: { resource: spec.ref, fields: "id" } }));
  const [primaryKey] = uniqueKeys[table];
  return {
    name: table,
    path: `${table}.csv`,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", doubleQuote: true, header: true },
    schema: {
      fields,
      ...(primaryKey ? { primaryKey: primaryKey.length === 1 ? primaryKey[0] : primaryKey } : {}),
      ...(foreignKeys.length ? { foreignKeys } : {}),
      missingValues: [""],
    },
  };
}

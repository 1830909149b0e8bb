// The cleaned data files for the readers' download: /data/events.csv and so on.
import { parseArgs } from "node:util";
import { toDownloadCsv } from "../lib/download.js";
import { cachedDataset } from "../lib/build-cache.js";
import { runLoader } from "../lib/files.js";
import { TABLE_NAMES, type TableName } from "../lib/schema.js";

const { values } = parseArgs({ options: { table: { type: "string" } } });
const table = values.table as TableName;
if (!TABLE_NAMES.includes(table)) throw new Error(`unknown table ${values.table}; expected one of ${TABLE_NAMES.join(", ")}`);

runLoader(() => toDownloadCsv(table, cachedDataset()[table]));

/** Reading the data files from disk (Node only: loaders, scripts, tests). */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DataValidationError } from "./errors.js";
import { TABLE_NAMES } from "./schema.js";
import { validateDataset, type DataFiles, type Dataset } from "./validate.js";

/** The folder of the data files: DATA_DIR if set (tests use fixtures), else ./data. */
export function dataDir(): string {
  return process.env.DATA_DIR ?? join(process.cwd(), "data");
}

export function readDataFiles(dir = dataDir()): DataFiles {
  return Object.fromEntries(
    TABLE_NAMES.map((name) => {
      const path = join(dir, `${name}.csv`);
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch {
        text = "";
      }
      return [name, { file: relative(process.cwd(), path) || path, text }];
    }),
  ) as DataFiles;
}

/** Reads and validates the data; throws one error that lists every problem. */
export function loadDataset(dir = dataDir()): Dataset {
  const { data, errors } = validateDataset(readDataFiles(dir));
  if (errors.length > 0) throw new DataValidationError(errors);
  return data;
}

/**
 * Runs a data loader: writes what `produce` returns to stdout; on invalid data
 * prints every error to stderr and exits non-zero, so that the build stops.
 */
export async function runLoader(produce: () => string | Promise<string>): Promise<void> {
  try {
    process.stdout.write(await produce());
  } catch (error) {
    console.error(error instanceof DataValidationError ? error.message : error);
    process.exit(1);
  }
}

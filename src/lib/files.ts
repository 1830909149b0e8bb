/** Reading the data files from disk (Node only: loaders, scripts, tests). */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DataValidationError, formatErrors, type DataError } from "./errors.js";
import { changedFacts, FACTS_FILE, proseFacts, type Facts } from "./facts.js";
import { checkStoryText } from "./story-check.js";
import { TABLE_NAMES } from "./schema.js";
import { readValues, validateDataset, type DataFiles, type Dataset } from "./validate.js";

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

export const STORY_FILES = ["story/de.md", "story/en.md"] as const;

/** The story's texts by file name, as they stand in the project. */
export function readStories(root = process.cwd()): Record<string, string> {
  return Object.fromEntries(STORY_FILES.map((file) => [file, readFileSync(join(root, file), "utf8")]));
}

/** The facts last confirmed by an editor (story/facts.json); none when the file is missing. */
export function readConfirmedFacts(root = process.cwd()): Facts {
  const path = join(root, FACTS_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")).confirmed as Facts) : {};
}

/**
 * Everything `npm run check-data` checks, the build stops on and the preview shows: the data,
 * the story's text against the data, and the derived facts against the confirmed ones.
 * File-level problems come first; the story is checked against the ids read even when
 * rows have errors; the facts only once the data is valid.
 */
export function checkProject(dir = dataDir(), root = process.cwd()): { data: Dataset; errors: DataError[] } {
  const { data, errors } = validateDataset(readDataFiles(dir));
  const stories = readStories(root);
  const ids = readValues(data.events, "id");
  const factcheckIds = readValues(data.factchecks, "id");
  if (data.events.readable)
    for (const [file, text] of Object.entries(stories))
      errors.push(
        ...checkStoryText(text, file, {
          eventIds: ids,
          factcheckIds,
          quotedIds: new Set(data.events.rows.filter((event) => event.quote).map((event) => event.id)),
        }),
      );
  if (errors.length === 0) errors.push(...changedFacts(proseFacts(data), readConfirmedFacts(root), stories));
  return { data, errors };
}

/**
 * The page the preview shows instead of the story while the data or the story has errors:
 * the same located messages as `npm run check-data`, as text (Markdown with one HTML block).
 */
export function errorPage(message: string): string {
  const escaped = message
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\$\{/g, "&#36;{");
  return `---
title: Fehler in den Daten / errors in the data
---

<div class="preview-errors" role="alert">
<h1>Die Vorschau zeigt Fehler statt der Geschichte / The preview shows errors instead of the story</h1>
<p>Korrigieren und speichern: Die Seite lädt dann von selbst neu. / Fix and save: the page then reloads by itself.</p>
<pre style="white-space: pre-wrap">${escaped}</pre>
</div>
`;
}

/** Whether this process is a page loader run by the preview (`npm run dev` sets STORY_PREVIEW). */
function previewPage(): boolean {
  return process.env.STORY_PREVIEW === "1" && /\.md\.[jt]s$/.test(process.argv[1] ?? "");
}

/**
 * Runs a data loader: writes what `produce` returns to stdout; on invalid data
 * prints every error to stderr and exits non-zero, so that the build stops. In the
 * preview, a page loader instead checks the whole project first and, on any error,
 * writes a page that shows the errors where the editor looks.
 */
export async function runLoader(produce: () => string | Promise<string>): Promise<void> {
  if (previewPage()) {
    const { errors } = checkProject();
    if (errors.length > 0) {
      process.stdout.write(errorPage(formatErrors(errors)));
      return;
    }
  }
  try {
    process.stdout.write(await produce());
  } catch (error) {
    const message =
      error instanceof DataValidationError ? error.message : String((error as Error)?.message ?? error);
    if (previewPage()) {
      process.stdout.write(errorPage(message));
      return;
    }
    console.error(error instanceof DataValidationError ? error.message : error);
    process.exit(1);
  }
}

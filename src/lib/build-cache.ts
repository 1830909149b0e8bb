/**
 * The validated data and each language's story, made once per build and shared by the loaders.
 * Framework runs every loader in a process of its own (some thirty per build), and each used to
 * read, validate and derive the whole dataset anew: 1.3 s of CPU per loader at 10,000 events. The
 * first loader to need a value writes it as JSON to node_modules/.cache/story/, under a key that
 * hashes the data files and the code of src/lib (which validates and derives); the others parse
 * that (a tenth of the time). A changed CSV or library file changes the key, so a stale value is
 * never read; invalid data is never cached (the loader throws as before). Node only.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset, readDataFiles } from "./files.js";
import type { Lang } from "./format.js";
import { buildStory, type StoryData } from "./story.js";
import type { Dataset } from "./validate.js";

const LIB = fileURLToPath(new URL(".", import.meta.url));
const CACHE = fileURLToPath(new URL("../../node_modules/.cache/story/", import.meta.url));

/** A hash of src/lib's code: what turns the data files into the dataset and the story. */
const codeHash = (() => {
  let hash: string | undefined;
  return () => {
    if (hash) return hash;
    const digest = createHash("sha256");
    const files = readdirSync(LIB, { recursive: true, encoding: "utf8" }).filter((file) =>
      /\.ts$/.test(file),
    );
    for (const file of files.sort())
      digest
        .update(file)
        .update("\0")
        .update(readFileSync(join(LIB, file)));
    return (hash = digest.digest("hex"));
  };
})();

/** The key of the values made from the data files in `dir` by this code. */
function cacheKey(dir?: string): string {
  const digest = createHash("sha256").update(codeHash());
  for (const { file, text } of Object.values(readDataFiles(dir)))
    digest.update(file).update("\0").update(text);
  return digest.digest("hex").slice(0, 24);
}

/**
 * The value cached as `name` for the current data and code, or `make()`'s, written for the
 * next loader (through a file of this process's own, renamed: loaders run side by side).
 * Older values of the same name are removed.
 */
function cached<T>(name: string, dir: string | undefined, make: () => T): T {
  const key = cacheKey(dir);
  const file = join(CACHE, `${name}-${key}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // Not made yet (or half written by a process that died): make it.
  }
  const value = make();
  try {
    mkdirSync(CACHE, { recursive: true });
    for (const old of readdirSync(CACHE))
      if (old.startsWith(`${name}-`) && !old.includes(key)) rmSync(join(CACHE, old), { force: true });
    const temporary = `${file}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, file);
  } catch (error) {
    console.warn(
      `build cache: ${name} not written (${(error as Error).message}); the next loader makes it again`,
    );
  }
  return value;
}

/** The validated data (throws on invalid data, as loadDataset does). */
export function cachedDataset(dir?: string): Dataset {
  return cached("dataset", dir, () => loadDataset(dir));
}

/** The story in one language, as buildStory makes it from the validated data. */
export function cachedStory(lang: Lang, dir?: string): StoryData {
  return cached(`story-${lang}`, dir, () => buildStory(cachedDataset(dir), lang));
}

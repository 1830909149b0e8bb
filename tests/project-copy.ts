/** A copy of the project in a temporary folder (node_modules linked), for tests that change data or story files. */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PROJECT = [
  "src",
  "story",
  "data",
  "scripts",
  "observablehq.config.ts",
  "package.json",
  "tsconfig.json",
];

export function projectCopy(prefix: string): { dir: string; remove: () => void } {
  const root = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const path of PROJECT)
    cpSync(join(root, path), join(dir, path), {
      recursive: true,
      filter: (source) => !source.includes(".observablehq"),
    });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

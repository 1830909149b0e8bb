// A file broken as a whole gives one message that names the cause, and one line for the checks
// that wait for it: never one message per row (the command itself: tests/build/broken-files.test.ts).
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatError } from "../src/lib/errors.js";
import { checkProject } from "../src/lib/files.js";
import { TABLE_NAMES } from "../src/lib/schema.js";
import { BROKEN_FILES, HELD_BACK } from "./broken-files.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The project's data with events.csv broken as the case breaks it. */
function brokenData(breakFile: (text: string) => Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "broken-"));
  dirs.push(dir);
  for (const table of TABLE_NAMES) copyFileSync(join("data", `${table}.csv`), join(dir, `${table}.csv`));
  writeFileSync(join(dir, "events.csv"), breakFile(readFileSync(join("data", "events.csv"), "utf8")));
  return dir;
}

describe("a file broken as a whole", () => {
  it.each(BROKEN_FILES)(
    "$name: one message naming the cause, one line for the checks that wait",
    (broken) => {
      const messages = checkProject(brokenData(broken.break)).errors.map(formatError);
      expect(messages).toHaveLength(2);
      expect(messages[0]).toMatch(broken.cause);
      expect(messages[0]).toContain("; allowed: ");
      expect(messages[1]).toMatch(HELD_BACK);
    },
  );

  it("one German date in a file is a cell to fix, with its own message, not the whole file's locale", () => {
    const dir = brokenData((text) => Buffer.from(text.replace(/^([^,\n]+),2025-02-12,/m, "$1,12.02.2025,")));
    const messages = checkProject(dir).errors.map(formatError);
    expect(messages).toEqual([
      expect.stringMatching(
        /events\.csv:\d+:2: date "12\.02\.2025" is a German date \(TT\.MM\.JJJJ\), as a spreadsheet saves it: write 2025-02-12/,
      ),
    ]);
  });
});

// `npm run check-data` on a file broken as a whole: exit 1 and at most three lines, the first
// naming the file, the cause and what is allowed (the cases: tests/broken-files.ts).
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, it } from "vitest";
import { TABLE_NAMES } from "../../src/lib/schema.js";
import { BROKEN_FILES, HELD_BACK } from "../broken-files.js";

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("npm run check-data on a broken file", () => {
  // The five commands run side by side.
  it.concurrent.for(BROKEN_FILES)(
    "$name: at most three messages, the first naming the cause",
    async (broken, { expect }) => {
      const dir = mkdtempSync(join(tmpdir(), "check-data-"));
      dirs.push(dir);
      for (const table of TABLE_NAMES) copyFileSync(join("data", `${table}.csv`), join(dir, `${table}.csv`));
      writeFileSync(join(dir, "events.csv"), broken.break(readFileSync(join("data", "events.csv"), "utf8")));
      const failure = await run(join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/check-data.ts"], {
        env: { ...process.env, DATA_DIR: dir },
      }).then(
        () => undefined,
        (error) => error as { code: number; stderr: string },
      );
      expect(failure?.code).toBe(1);
      const messages = failure!.stderr.split("\n").filter((line) => line.startsWith("  "));
      expect(messages.length).toBeLessThanOrEqual(3);
      expect(messages[0]).toMatch(broken.cause);
      expect(messages[0]).toContain("; allowed: ");
      expect(messages).toContainEqual(expect.stringMatching(HELD_BACK));
    },
  );
});

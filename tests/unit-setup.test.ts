// The unit layer starts no child process (vitest.config.ts sets up tests/unit-setup.ts before each
// file): a test that would start one fails at once, with a message that says where it belongs.
import childProcess, { execFileSync, spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("the unit layer", () => {
  it("starts no child process, however node:child_process is imported", () => {
    expect(() => execFileSync("node", ["--version"])).toThrow(/start no child process.*tests\/build\//);
    expect(() => spawn("node", ["--version"])).toThrow(/start no child process/);
    for (const name of [
      "spawn",
      "spawnSync",
      "exec",
      "execSync",
      "execFile",
      "execFileSync",
      "fork",
    ] as const)
      expect(() => (childProcess[name] as (command: string) => unknown)("node --version"), name).toThrow(
        /start no child process/,
      );
  });
});

/**
 * Set up before each unit test file (vitest.config.ts): the unit layer starts no child process,
 * and so runs no build, no command and no browser. Every function of node:child_process that
 * starts one throws here, saying where such a test belongs.
 */
import childProcess from "node:child_process";
import { syncBuiltinESMExports } from "node:module";

const STARTERS = ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"] as const;

for (const name of STARTERS)
  Object.assign(childProcess, {
    [name]: () => {
      throw new Error(
        `The unit tests start no child process (child_process.${name}): a test that builds, runs a command or drives a browser belongs in tests/build/ or tests/browser/.`,
      );
    },
  });
// Imports by name (import { execFileSync } from "node:child_process") see the change too.
syncBuiltinESMExports();

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Three layers (`vitest run --project 'unit:*'`, `--project build`, …); `npm test` runs them all:
 * - unit: in-process, no build, no browser, no child process: `npm run test:unit` on every save;
 * - build: the project's commands run for real (the build, the loaders, check-data, pull-data,
 *   the preview server) and the built site checked as files;
 * - browser: the built site in Chromium.
 * The build and the browser tests share dist/: they run after the unit tests, one file at a time.
 *
 * The unit layer is two projects, unit:node and unit:dom, so that it stays fast (under 30 s on
 * two cores): each runs its files on every core ("100%"; vitest's default leaves one core of two
 * idle), and without isolation: a worker loads the libraries, src and (in unit:dom) jsdom once for
 * all its files instead of once per file. A file that needs a DOM says so in its first lines
 * (`// @vitest-environment jsdom`), which puts it in unit:dom. A test file leaves the globals it
 * changes as it found them (the chart tests empty document.body after each test). In both, every
 * function of node:child_process that starts a process throws (tests/unit-setup.ts).
 */
const BUILD = ["tests/build/**/*.test.ts"];
const BROWSER = ["tests/browser/**/*.test.ts"];
const TESTS = fileURLToPath(new URL("tests/", import.meta.url));
const DOM = readdirSync(TESTS, { recursive: true, encoding: "utf8" })
  .filter((file) => /^(?!build\/|browser\/).*\.test\.ts$/.test(file))
  .filter((file) => /@vitest-environment jsdom/.test(readFileSync(`${TESTS}${file}`, "utf8").slice(0, 500)))
  .map((file) => `tests/${file}`);
/** Both unit projects: every core, no isolation per file, no child process (tests/unit-setup.ts). */
const unit = { maxWorkers: "100%", isolate: false, setupFiles: ["tests/unit-setup.ts"] };

export default defineConfig({
  test: {
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit:node",
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...BUILD, ...BROWSER, ...DOM],
          ...unit,
        },
      },
      {
        extends: true,
        test: { name: "unit:dom", include: DOM, environment: "jsdom", ...unit },
      },
      {
        extends: true,
        test: { name: "build", include: BUILD, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: { name: "browser", include: BROWSER, fileParallelism: false, sequence: { groupOrder: 2 } },
      },
    ],
  },
});

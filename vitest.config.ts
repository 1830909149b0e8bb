import { configDefaults, defineConfig } from "vitest/config";

/**
 * Three layers, each a project (`vitest run --project unit`, …); `npm test` runs them all:
 * - unit: in-process, no build, no browser, no child process: `npm run test:unit` on every save;
 * - build: the project's commands run for real (the build, the loaders, check-data, pull-data,
 *   the preview server) and the built site checked as files;
 * - browser: the built site in Chromium.
 * The build and the browser tests share dist/: they run after the unit tests, one file at a time.
 */
const BUILD = ["tests/build/**/*.test.ts"];
const BROWSER = ["tests/browser/**/*.test.ts"];

export default defineConfig({
  test: {
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...BUILD, ...BROWSER],
        },
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

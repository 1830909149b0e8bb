import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // The build test and the browser tests share dist/; run files one after another.
    fileParallelism: false,
  },
});

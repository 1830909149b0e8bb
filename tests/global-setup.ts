/**
 * Gives each test run an id. The build test and the browser tests call
 * ensureBuild() (tests/build-once.ts), which builds dist/ once per run, so that
 * unit test runs build nothing and every full run checks a fresh build.
 */
import type { TestProject } from "vitest/node";

export default function setup(project: TestProject): void {
  project.provide("runId", `${Date.now()}-${process.pid}`);
}

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
  }
}

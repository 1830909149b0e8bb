/**
 * Builds dist/ with `npm run build` once per test run (see global-setup.ts).
 * SKIP_BUILD=1 uses the dist/ that is there, for quick local runs.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";

const stamp = join(process.cwd(), "dist", ".test-run");

export function ensureBuild(): void {
  const runId = inject("runId");
  if (process.env.SKIP_BUILD && existsSync(join(process.cwd(), "dist", "index.html"))) return;
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === runId) return;
  // The build machines reach no CDN: this is the offline build a publisher runs.
  execFileSync("npm", ["run", "build"], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1" },
  });
  writeFileSync(stamp, runId);
}

// `npm run dev` for real, on a copy of the project: the launcher starts the preview on a free
// port, shows a data error in place of the page and the story again after the fix (without a
// reload by hand), says when its port is taken, and leaves no process behind after SIGTERM.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launch } from "../browser/harness.js";
import { projectCopy } from "../project-copy.js";

let copy: { dir: string; remove: () => void };
beforeAll(() => {
  copy = projectCopy("dev-");
});
afterAll(() => copy?.remove());

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Launched {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function launchDev(port: number): Launched {
  // As package.json's dev script runs it: one node process, no wrapper between the signal and the launcher.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--port", String(port)], {
    cwd: copy.dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  ms = 120_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await Promise.resolve()
      .then(check)
      .catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Every process below `pid` (children, grandchildren, …). */
function descendants(pid: number): number[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const [child, ppid] of table)
      if (ppid === parent) {
        found.push(child);
        visit(child);
      }
  };
  visit(pid);
  return found;
}

/** Whether the process still runs: it exists and is not a zombie (exited, waiting for its parent to reap it). */
function alive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return false;
  }
}

/** What a process runs, for the message of a failing test. */
function command(pid: number): string {
  try {
    return `${pid} ${readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")}`;
  } catch {
    return String(pid);
  }
}

describe("npm run dev (scripts/dev.ts)", () => {
  it(
    "shows a data error in place of the page, recovers on the next save, and leaves nothing running after SIGTERM",
    { timeout: 400_000 },
    async () => {
      const port = await freePort();
      const dev = launchDev(port);
      const url = `http://127.0.0.1:${port}/`;
      try {
        await until("the story in the preview", async () => {
          const response = await fetch(url);
          return response.ok && (await response.text()).includes("scrolly-steps");
        });
        expect(dev.output()).toContain(`the story at ${url}`);
        const events = join(copy.dir, "data/events.csv");
        const good = readFileSync(events, "utf8");
        const browser = browserAvailable() ? await launch() : undefined;
        const page = await browser?.newPage();
        await page?.goto(url);
        writeFileSync(events, good.replace(",2025-02-12,", ",12.02.2025,"));
        const shown = await until("the error page", async () => {
          if (page) return page.locator(".preview-errors pre").textContent({ timeout: 1000 });
          const text = await (await fetch(url)).text();
          return text.includes("preview-errors") ? text : undefined;
        });
        expect(shown).toContain(
          'data/events.csv:2:2: date "12.02.2025" is a German date (TT.MM.JJJJ), as a spreadsheet saves it: write 2025-02-12; format the column as text before saving',
        );
        writeFileSync(events, good);
        await until("the story again", async () => {
          if (page) return (await page.locator(".scrolly-steps").count()) > 0;
          return (await (await fetch(url)).text()).includes("scrolly-steps");
        });
        await browser?.close();
      } finally {
        const started = descendants(dev.child.pid!);
        expect(started.length).toBeGreaterThan(0);
        dev.child.kill("SIGTERM");
        expect(await dev.exited).toBe(0);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(started.filter(alive).map(command)).toEqual([]);
      }
    },
  );

  it("says when its port is taken, and which one it uses instead", { timeout: 120_000 }, async () => {
    const port = await freePort();
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(port, "127.0.0.1", resolve));
    const dev = launchDev(port);
    try {
      await until("the launcher's message", () => dev.output().includes("the story at") || undefined, 60_000);
      expect(dev.output()).toMatch(
        new RegExp(
          `port ${port} is taken \\(another npm run dev still running\\?\\); the preview uses port \\d+ instead`,
        ),
      );
    } finally {
      const started = descendants(dev.child.pid!);
      dev.child.kill("SIGTERM");
      await dev.exited;
      taken.close();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(started.filter(alive).map(command)).toEqual([]);
    }
  });

  it(
    "stops with everything it started when npm run dev's own process is killed",
    { timeout: 120_000 },
    async () => {
      const port = await freePort();
      const npm = spawn("npm", ["run", "dev", "--", "--port", String(port)], {
        cwd: copy.dir,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      npm.stdout!.on("data", (chunk) => (output += chunk));
      await until("the preview", () => output.includes("the story at") || undefined, 60_000);
      await until("the preview's process", () => descendants(npm.pid!).length >= 3 || undefined, 30_000);
      const started = descendants(npm.pid!);
      npm.kill("SIGTERM");
      await until(
        "every process to stop",
        () => started.filter(alive).length === 0 || undefined,
        15_000,
      ).catch(() => undefined);
      expect(started.filter(alive).map(command)).toEqual([]);
    },
  );
});

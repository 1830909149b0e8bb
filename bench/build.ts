/**
 * `npm run build` timed, with the peak memory of its processes: Framework's build and the
 * data loaders it starts. The resident memory (RSS) of the build's whole process tree is
 * summed every SAMPLE_MS from /proc (Linux); the peak of that sum is what a build runner
 * must have, the largest single process is printed beside it.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SAMPLE_MS = 100;
const PAGE_BYTES = 4096;
const GNU_TIME = "/usr/bin/time";

export interface BuildRun {
  ms: number;
  /** CPU time of the build and every process it waited for (GNU time's user + system), where /usr/bin/time exists. */
  cpuMs?: number;
  /** The peak of the summed RSS of the build's processes. */
  peakBytes: number;
  /** The largest RSS of one process, with its command line. */
  peakProcessBytes: number;
  peakProcess: string;
  /** The build's output, for an error message. */
  output: string;
}

/** Each process's parent and RSS (bytes), from /proc/<pid>/stat. */
function processTable(): Map<number, { parent: number; rss: number }> {
  const table = new Map<number, { parent: number; rss: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command's closing parenthesis: state ppid … (rss is field 24 of the whole line).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(name), { parent: Number(fields[1]), rss: Number(fields[21]) * PAGE_BYTES });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

/** The process and its descendants. */
function tree(root: number, table: ReturnType<typeof processTable>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const pids = [root];
  for (let i = 0; i < pids.length; i++) pids.push(...(children.get(pids[i]) ?? []));
  return pids.filter((pid) => table.has(pid));
}

const commandLine = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim().slice(0, 160);
  } catch {
    return "?";
  }
};

/** Runs `npm run build` with extra environment variables; rejects when the build fails. */
export function measureBuild(env: Record<string, string> = {}, cwd = process.cwd()): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // GNU time reports the CPU time of the whole tree (RUSAGE_CHILDREN), which a loaded machine changes less than wall time.
    const timeDir = mkdtempSync(join(tmpdir(), "bench-build-"));
    const timeFile = join(timeDir, "time");
    const command: [string, string[]] = existsSync(GNU_TIME)
      ? [GNU_TIME, ["-f", "%U %S", "-o", timeFile, "npm", "run", "build"]]
      : ["npm", ["run", "build"]];
    const child = spawn(...command, { cwd, env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const peak = { bytes: 0, processBytes: 0, process: "" };
    const sample = () => {
      const table = processTable();
      let total = 0;
      for (const pid of tree(child.pid!, table)) {
        const { rss } = table.get(pid)!;
        total += rss;
        if (rss > peak.processBytes) [peak.processBytes, peak.process] = [rss, commandLine(pid)];
      }
      peak.bytes = Math.max(peak.bytes, total);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on("close", (code) => {
      clearInterval(timer);
      const [user, system] = existsSync(timeFile)
        ? readFileSync(timeFile, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number)
        : [NaN, NaN];
      rmSync(timeDir, { recursive: true, force: true });
      const run = {
        ms: performance.now() - start,
        cpuMs: (user + system) * 1000,
        peakBytes: peak.bytes,
        peakProcessBytes: peak.processBytes,
        peakProcess: peak.process,
        output,
      };
      if (code === 0) resolve(run);
      else reject(new Error(`npm run build exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/**
 * `npm run dev`: one launcher for the editor's preview. It starts Framework's preview
 * on 127.0.0.1 (port 3000, or PORT / --port), says so when the port is taken and which
 * one it takes instead, and watches data/*.csv and story/*.md: Framework re-runs a loader
 * only when the loader's own file changes, so on every save the loaders are touched and
 * the preview reloads, showing the story or, while something is wrong, the located
 * errors in place of the page (STORY_PREVIEW, see runLoader in src/lib/files.ts).
 * SIGINT, SIGTERM and SIGHUP stop the preview and everything it started; nothing is left running.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, utimesSync, watch, type FSWatcher } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";

const HOST = "127.0.0.1";
const root = process.cwd();

/** Whether nothing listens on the port yet. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, HOST);
  });
}

async function choosePort(wanted: number): Promise<number> {
  for (let port = wanted; port < wanted + 20; port++) {
    if (await portFree(port)) {
      if (port !== wanted)
        console.log(
          `dev: port ${wanted} is taken (another npm run dev still running?); the preview uses port ${port} instead`,
        );
      return port;
    }
  }
  throw new Error(`dev: ports ${wanted} to ${wanted + 19} are all taken`);
}

function watchSources(): FSWatcher[] {
  const src = join(root, "src");
  const loaders = readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((path) => /\.\w+\.ts$/.test(path) && !path.includes(".observablehq"))
    .map((path) => join(src, path));
  const touchLoaders = () => {
    const now = new Date();
    for (const loader of loaders) utimesSync(loader, now, now);
  };
  // Framework starts watching a page's loader only after the page has connected; a save in that
  // moment would go unseen. So the loaders are touched at once and again when the saves have
  // settled for a second (a page whose loader output did not change is not reloaded).
  let settle: ReturnType<typeof setTimeout> | undefined;
  const touch = (what: string) => {
    touchLoaders();
    if (!settle) console.log(`dev: ${what} changed, the preview reloads`);
    clearTimeout(settle);
    settle = setTimeout(() => {
      settle = undefined;
      touchLoaders();
    }, 1000).unref();
  };
  console.log(`dev: watching data/*.csv and story/*.md for ${loaders.length} loaders`);
  return [
    watch(join(root, "data"), (_event, file) => file?.endsWith(".csv") && touch(`data/${file}`)),
    watch(
      join(root, "story"),
      (_event, file) => (file?.endsWith(".md") || file?.endsWith(".json")) && touch(`story/${file}`),
    ),
  ];
}

const { values } = parseArgs({
  options: { port: { type: "string" }, open: { type: "boolean", default: false } },
});
const port = await choosePort(Number(values.port ?? process.env.PORT ?? 3000));
const watchers = watchSources();
// Its own process group, so that the loaders it runs are stopped with it.
const preview = spawn(
  join(root, "node_modules", ".bin", "observable"),
  ["preview", "--host", HOST, "--port", String(port), values.open ? "--open" : "--no-open"],
  {
    stdio: "inherit",
    detached: true,
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1", STORY_PREVIEW: "1" },
  },
);
console.log(
  `dev: the story at http://${HOST}:${port}/ (process ${process.pid}; stop with Ctrl-C or kill ${process.pid})`,
);

let stopping = false;
function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  for (const watcher of watchers) watcher.close();
  try {
    process.kill(-preview.pid!, signal);
  } catch {
    // Already gone.
  }
  // A preview that does not stop within 5 s is killed.
  setTimeout(() => {
    try {
      process.kill(-preview.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  }, 5000).unref();
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stop(signal));

/** Whether a process runs (a zombie, exited but not yet reaped, does not). */
function running(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

function parentName(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return undefined;
  }
}

/** The parent of a process (its pid and program name), from /proc (Linux); undefined elsewhere. */
function parentOf(pid: number): { pid: number; name: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (name) state ppid …"; the name may hold spaces and parentheses.
    const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return { pid: ppid, name: parentName(ppid) ?? name };
  } catch {
    return undefined;
  }
}

// `kill <pid of npm run dev>` ends npm, which does not pass the signal on through the shell it
// runs the script in: the launcher watches npm (and the shell) and stops when one of them is gone.
const ancestors = [process.ppid];
const shell = parentOf(process.pid);
if (shell && /^(sh|bash|dash)$/.test(shell.name)) {
  const above = parentOf(shell.pid);
  if (above && above.pid > 1) ancestors.push(above.pid);
}
setInterval(() => {
  if (ancestors.some((pid) => !running(pid))) {
    console.log("dev: npm run dev was stopped; stopping the preview");
    stop("SIGTERM");
  }
}, 500).unref();
preview.on("exit", (code, signal) => {
  for (const watcher of watchers) watcher.close();
  // Loaders still running in the group go with it.
  try {
    process.kill(-preview.pid!, "SIGKILL");
  } catch {
    // None left.
  }
  if (!stopping) console.error(`dev: the preview stopped (${signal ?? `exit code ${code}`})`);
  process.exit(stopping ? 0 : (code ?? 1));
});

/**
 * Part of `npm run dev`: Framework re-runs a data loader only when the loader's
 * own file changes, not when data/*.csv does. This touches the loaders whenever
 * a data file changes, so that the preview shows an edit (or its error) at once.
 */
import { readdirSync, utimesSync, watch } from "node:fs";
import { join } from "node:path";

const loaders = join(process.cwd(), "src", "data");
watch(join(process.cwd(), "data"), (_event, file) => {
  if (!file?.endsWith(".csv")) return;
  const now = new Date();
  for (const loader of readdirSync(loaders).filter((name) => name.endsWith(".ts"))) utimesSync(join(loaders, loader), now, now);
  console.log(`data/${file} changed: the preview reloads the data`);
});
console.log("watching data/*.csv");

/**
 * Part of `npm run dev`: Framework re-runs a data or page loader only when the
 * loader's own file changes, not when data/*.csv or a page template in
 * story/ does. This touches the loaders whenever one of those changes, so
 * that the preview shows an edit (or its error) at once.
 */
import { readdirSync, utimesSync, watch } from "node:fs";
import { join } from "node:path";

const src = join(process.cwd(), "src");
const loaders = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((path) => /\.\w+\.ts$/.test(path) && !path.includes(".observablehq"))
  .map((path) => join(src, path));

function touchLoaders(what: string) {
  const now = new Date();
  for (const loader of loaders) utimesSync(loader, now, now);
  console.log(`${what} changed: the preview reloads`);
}

watch(join(process.cwd(), "data"), (_event, file) => file?.endsWith(".csv") && touchLoaders(`data/${file}`));
watch(join(process.cwd(), "story"), (_event, file) => file?.endsWith(".md") && touchLoaders(`story/${file}`));
console.log(`watching data/*.csv and story/*.md for ${loaders.length} loaders`);

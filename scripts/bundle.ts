/**
 * Part of `npm run build` (scripts/postbuild.ts): the JavaScript a reader loads, bundled.
 *
 * Framework 1.13 copies each of our modules to dist/_import/ as written (with comments and
 * long names) and each npm package whole to dist/_node/; a story page then loads some thirty
 * files. This step bundles the modules the pages run with esbuild (minified, split into
 * shared chunks, code that is loaded later, such as the charts below the steps, kept in
 * chunks of its own), once per language into _js/<lang>/, each with that language's
 * dictionary only (lib/i18n/dictionaries.ts); it points every page to its language's
 * bundles, drops the Observable runtime from pages that define no cells (lib/html.ts), and
 * removes the unbundled copies of modules. The development server (`npm run dev`) is not
 * affected.
 *
 * The bundles are not preloaded (<link rel="modulepreload">): a preload starts during the page's
 * own download and shares a phone's bandwidth with it, which delays the first paint (the story's
 * LCP in Lighthouse's mobile run is its first paint: text). The browser finds a page's module
 * script as it parses, and the chunks that script imports one round trip later.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";
import { pageLanguage, pageModules, withModules, withoutIdleRuntime } from "../src/lib/html.js";
import type { Lang } from "../src/lib/i18n/index.js";

/** Where the bundles go, under dist/. */
export const BUNDLE_DIR = "_js";
/** Framework's copies of our modules and of npm packages; replaced by the bundles. */
const UNBUNDLED = ["_import", "_node"];

const htmlPages = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".html"))
    .map((path) => join(dist, path));

/** A path relative to a page, as HTML writes it ("./_js/…", "../_js/…"). */
const fromPage = (page: string, file: string) => {
  const path = relative(dirname(page), file).replace(/\\/g, "/");
  return path.startsWith(".") ? path : `./${path}`;
};

/** Each entry's output, both absolute. */
function entryOutputs(metafile: Metafile, cwd: string): Map<string, string> {
  const entryOutput = new Map<string, string>();
  for (const [output, info] of Object.entries(metafile.outputs))
    if (output.endsWith(".js") && info.entryPoint)
      entryOutput.set(resolve(cwd, info.entryPoint), resolve(cwd, output));
  return entryOutput;
}

/** Deletes the .js files under a folder, then the folders left empty. */
function removeModules(folder: string): void {
  const paths = readdirSync(folder, { recursive: true, encoding: "utf8" }).map((path) => join(folder, path));
  for (const path of paths) if (path.endsWith(".js")) rmSync(path);
  // Deepest first, so that a folder's empty subfolders are gone before it is looked at.
  for (const path of paths.sort((a, b) => b.length - a.length))
    if (existsSync(path) && statSync(path).isDirectory() && readdirSync(path).length === 0) rmdirSync(path);
  if (readdirSync(folder).length === 0) rmdirSync(folder);
}

/** Framework's copy of lib/i18n/dictionaries.ts, whose lines export one language's dictionary each. */
const DICTIONARIES_MODULE = /\/lib\/i18n\/dictionaries\.[0-9a-f]{8}\.js$/;
const DICTIONARY_EXPORT = /^export\s*\{\s*(\w+)\s*\}\s*from\s*"[^"]+";?$/;

/** Loads the dictionaries module with the export of `lang`'s dictionary only, so a bundle holds one. */
function oneDictionary(lang: Lang): Plugin {
  return {
    name: "one-dictionary",
    setup(bundler) {
      bundler.onLoad({ filter: DICTIONARIES_MODULE }, ({ path }) => {
        const own = readFileSync(path, "utf8")
          .split("\n")
          .filter((line) => DICTIONARY_EXPORT.exec(line.trim())?.[1] === lang);
        if (own.length !== 1)
          throw new Error(`${path}: expected one line "export { ${lang} } from …", found ${own.length}`);
        return { contents: own.join("\n"), loader: "js" };
      });
    },
  };
}

/** One language's pages bundled into _js/<lang>/; the metafile names each entry's output. */
async function bundleLanguage(dist: string, lang: Lang, pages: string[]): Promise<Metafile> {
  const isOurs = (file: string) => file.startsWith(join(dist, "_import") + "/");
  const entries = new Set(
    pages.flatMap((page) =>
      pageModules(readFileSync(page, "utf8")).map((path) => resolve(dirname(page), path)),
    ),
  );
  const { metafile } = await build({
    entryPoints: [...entries].filter(isOurs).map((file) => ({
      in: file,
      // components/story-page.d667ae30.js → components/story-page-<hash of the bundle>.js
      out: relative(join(dist, "_import"), file).replace(/\.[0-9a-f]{8}\.js$/, ""),
    })),
    outdir: join(dist, BUNDLE_DIR, lang),
    entryNames: "[dir]/[name]-[hash]",
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: "es2022",
    metafile: true,
    logLevel: "warning",
    plugins: [oneDictionary(lang)],
  });
  return metafile;
}

export async function bundlePages(dist: string): Promise<{ pages: number; entries: number; files: number }> {
  const pages = htmlPages(dist);
  const langOfPage = (page: string) => pageLanguage(relative(dist, page));
  const byLang = new Map<Lang, string[]>();
  for (const page of pages) byLang.set(langOfPage(page), [...(byLang.get(langOfPage(page)) ?? []), page]);
  const entryOutput = new Map<Lang, Map<string, string>>();
  let entries = 0;
  let files = 0;
  for (const [lang, langPages] of byLang) {
    const metafile = await bundleLanguage(dist, lang, langPages);
    const outputs = entryOutputs(metafile, process.cwd());
    entryOutput.set(lang, outputs);
    entries += outputs.size;
    files += Object.keys(metafile.outputs).length;
  }

  for (const page of pages) {
    const html = readFileSync(page, "utf8");
    const rename = (path: string) => {
      const output = entryOutput.get(langOfPage(page))!.get(resolve(dirname(page), path));
      return output && fromPage(page, output);
    };
    // Framework's preloads of its own client stay on pages with cells; those of our modules go.
    const kept = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)]
      .map(([, href]) => href)
      .filter(
        (href) => !UNBUNDLED.some((dir) => resolve(dirname(page), href).startsWith(join(dist, dir) + "/")),
      );
    writeFileSync(page, withoutIdleRuntime(withModules(html, rename, kept)));
  }

  // Nothing may still point to an unbundled module; then those go (stylesheets in _import/ stay).
  for (const page of pages) {
    const left = readFileSync(page, "utf8").match(/"[^"]*\b(?:_import|_node)\/[^"]*\.js"/);
    if (left) throw new Error(`${relative(dist, page)} still names the unbundled module ${left[0]}`);
  }
  for (const dir of UNBUNDLED) removeModules(join(dist, dir));
  return { pages: pages.length, entries, files };
}

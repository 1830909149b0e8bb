import { createHash } from "node:crypto";
import { DEFAULT_LANG, isLang, type Lang } from "./i18n/index.js";
/**
 * Post-build fixes of Framework's HTML that its config cannot make: the page's
 * language and a viewport that lets readers zoom.
 */
export const ZOOMABLE_VIEWPORT = "width=device-width, initial-scale=1";

/** The language of a page by its path in dist/: pages under en/ are English, those under no language's folder German. */
export function pageLanguage(path: string): Lang {
  const folders = path.replace(/\\/g, "/").split("/");
  return folders.find((folder): folder is Lang => folder !== DEFAULT_LANG && isLang(folder)) ?? DEFAULT_LANG;
}

export function fixPageHtml(html: string, lang: Lang): string {
  return html
    .replace(/<html(?![^>]*\blang=)([^>]*)>/i, `<html lang="${lang}"$1>`)
    .replace(
      /<meta name="viewport" content="[^"]*">/i,
      `<meta name="viewport" content="${ZOOMABLE_VIEWPORT}">`,
    );
}

/**
 * Framework links a page's files by content hash (_file/data/events.7a2021ff.csv); a reader
 * saving the download must get the names datapackage.json declares. The build also writes
 * each of them unhashed to data/ (dynamicPaths), so the links point there instead.
 */
export function plainDownloadLinks(html: string, files: readonly string[]): string {
  return html.replace(
    /(href=")((?:\.\.?\/)*)_file\/data\/([\w-]+)\.[0-9a-f]{8}\.(csv|json)"/g,
    (link, attribute: string, up: string, name: string, extension: string) =>
      files.includes(`${name}.${extension}`) ? `${attribute}${up || "./"}data/${name}.${extension}"` : link,
  );
}

/** Scripts the browser runs: no src, and not a data block (JSON, JSON-LD, import maps are hashed too). */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

/** A <style> element's text (the page's inlined stylesheet, withInlineStylesheets). */
const INLINE_STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style>/gi;

const sha256 = (body: string) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;

/**
 * A strict Content-Security-Policy for a built page: scripts only from the site itself and
 * the page's own inline scripts by their SHA-256; styles likewise (the inlined stylesheet by its
 * hash, no style attributes in the markup: the charts set styles through the DOM, which a policy
 * does not restrict); no plugins, no <base> elsewhere, no form posts elsewhere, no requests to
 * other hosts; images also as data: URLs (the favicon).
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = (pattern: RegExp) => [...html.matchAll(pattern)].map(([, , body]) => sha256(body)).join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes(INLINE_SCRIPT)}`.trim(),
    `style-src 'self' ${hashes(INLINE_STYLE)}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The policy as the first element after <meta charset>, so that it governs every script after it. */
export function withContentSecurityPolicy(html: string): string {
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/i, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(withoutOld)}">`;
  return withoutOld.replace(/(<meta charset="[^"]*">)/i, `$1\n${meta}`);
}

/** A stylesheet link as Framework writes it, with the preload it puts before it. */
const STYLESHEET_LINK = /<link rel="(?:stylesheet" type="text\/css|preload" as="style)" href="([^"]+)">\n?/g;

/**
 * A page with its stylesheets in <style> elements instead of links (`read` gives a linked file's
 * text): the first paint then waits for the page alone, not for a second request (Lighthouse's
 * LCP on a phone's network). Each stylesheet stands where its first link stood, once; its
 * preload goes. A stylesheet with url(…) or @import would resolve against another base: refused.
 */
export function withInlineStylesheets(html: string, read: (href: string) => string): string {
  const placed = new Set<string>();
  return html.replace(STYLESHEET_LINK, (_, href: string) => {
    if (placed.has(href)) return "";
    placed.add(href);
    const css = read(href).trim();
    if (/url\(|@import|<\/style/i.test(css))
      throw new Error(`${href}: a stylesheet with url(), @import or </style> cannot be inlined as it is`);
    return `<style>${css}</style>\n`;
  });
}

/** <link rel="modulepreload" href="…"> as Framework writes it, one per line. */
const MODULE_PRELOAD = /<link rel="modulepreload" href="([^"]+)">\n?/g;
/** A module script with its src. */
const MODULE_SCRIPT_SRC = /(<script type="module" src=")([^"]+)(")/g;
/** In an inline module script: import … from "…", import "…", import("…"). */
const IMPORT_SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)"(\.{1,2}\/[^"]+\.js)"/g;
const INLINE_MODULE = /<script type="module">([\s\S]*?)<\/script>/g;

/**
 * The modules a built page runs, as relative paths: the src of its module scripts and
 * the imports of its inline module scripts (Framework's cells). Preloads are not counted:
 * they list what these import.
 */
export function pageModules(html: string): string[] {
  const paths = [...html.matchAll(MODULE_SCRIPT_SRC)].map((match) => match[2]);
  for (const [, body] of html.matchAll(INLINE_MODULE))
    paths.push(...[...body.matchAll(IMPORT_SPECIFIER)].map((match) => match[2]));
  return [...new Set(paths)];
}

/**
 * A page with its modules renamed (`rename` gives the new relative path of a module the
 * page runs, or undefined to keep it) and the modulepreload links replaced by `preloads`,
 * where the old ones stood.
 */
export function withModules(
  html: string,
  rename: (path: string) => string | undefined,
  preloads: readonly string[],
): string {
  const links = preloads.map((href) => `<link rel="modulepreload" href="${href}">\n`).join("");
  let placed = false;
  const preloaded = html.replace(MODULE_PRELOAD, () => (placed ? "" : ((placed = true), links)));
  return (placed ? preloaded : preloaded.replace("</head>", `${links}</head>`))
    .replace(MODULE_SCRIPT_SRC, (all, open: string, path: string, close: string) =>
      rename(path) ? `${open}${rename(path)}${close}` : all,
    )
    .replace(INLINE_MODULE, (script, body: string) =>
      script.replace(body, () =>
        body.replace(IMPORT_SPECIFIER, (all, prefix: string, path: string) =>
          rename(path) ? `${prefix}"${rename(path)}"` : all,
        ),
      ),
    );
}

/**
 * A page without Observable cells (no define()) needs no Observable runtime: Framework
 * still imports its client, which loads the runtime and its standard library (some 16 KB
 * gzip) to run nothing. Such a page loses that inline script and the preloads of
 * _observablehq/ modules; a page with cells is returned unchanged.
 */
export function withoutIdleRuntime(html: string): string {
  const scripts = [...html.matchAll(INLINE_MODULE)].map(([, body]) => body);
  const idle = (body: string) =>
    body
      .replace(/^\s*import\s*(?:\{[^}]*\}\s*from\s*)?"[^"]*\/_observablehq\/[^"]+";\s*$/gm, "")
      .replace(/^\s*registerFile\(.*\);\s*$/gm, "")
      .trim() === "";
  if (scripts.length === 0 || !scripts.every(idle)) return html;
  return html
    .replace(/<script type="module">[\s\S]*?<\/script>\n?/g, "")
    .replace(/<link rel="modulepreload" href="[^"]*\/_observablehq\/[^"]+">\n?/g, "");
}

/** A link to a page the post-build step writes, as lib/links.ts writes it: href="postbuild:quellen-2.html#…". */
const LATER_LINK = /\bhref="postbuild:([^"#]+)(#[^"]*)?"/g;

/**
 * A page with each link to a page the post-build step wrote (lib/links.ts LATER_PAGE) turned into
 * its path, and the links whose page or anchor is missing: `anchors(path)` gives the ids of the
 * page at `path` (relative to this page), or undefined where there is no such page.
 */
export function resolveLaterLinks(
  html: string,
  anchors: (path: string) => ReadonlySet<string> | undefined,
): { html: string; broken: string[] } {
  const broken: string[] = [];
  const resolved = html.replace(LATER_LINK, (_, path: string, hash = "") => {
    const ids = anchors(path);
    if (!ids || (hash && !ids.has(decodeURIComponent(hash.slice(1))))) broken.push(`${path}${hash}`);
    return `href="${path}${hash}"`;
  });
  return { html: resolved, broken };
}

/** The ids of a page's elements (the anchors a link can name). */
export const pageAnchors = (html: string): Set<string> =>
  new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id));

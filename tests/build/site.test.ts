// The real build: `npm run build` on the real data, and what dist/ then holds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { csvParse } from "d3-dsv";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { STATIC_CHARTS } from "../../src/lib/charts.js";
import { loadDataset } from "../../src/lib/files.js";
import { LANGS, messages } from "../../src/lib/i18n/index.js";
import { PAGE_SIZE } from "../../src/lib/explore.js";
import { contentSecurityPolicy, pageAnchors, pageLanguage, pageModules } from "../../src/lib/html.js";
import { TABLE_NAMES } from "../../src/lib/schema.js";
import { ensureBuild } from "../build-once.js";
import { thirdPartyReferences } from "../third-party.js";

const dist = join(process.cwd(), "dist");
const files = () => readdirSync(dist, { recursive: true, encoding: "utf8" });
const read = (path: string) => readFileSync(join(dist, path), "utf8");

beforeAll(ensureBuild);

describe("npm run build", () => {
  it("writes the story page with its language and a zoomable viewport", () => {
    const html = read("index.html");
    expect(html).toMatch(/<html lang="de">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toContain("maximum-scale");
  });

  it("writes each edition in its language: names, places, dates, and links between the two", () => {
    // The codebook describes both languages' columns; the rest must be in the page's language.
    const prose = (html: string) => {
      const dom = new JSDOM(html);
      dom.window.document.querySelector(".codebook")?.remove();
      return dom.serialize();
    };
    const de = prose(read("index.html"));
    const en = prose(read(join("en", "index.html")));
    expect(en).toMatch(/<html lang="en">/);
    for (const word of ["Selenskyj", "Kyjiw", "Uschakow", "3.&nbsp;Juli 2025", "Stand:"])
      expect(de, word).toContain(word);
    for (const word of ["Zelensky", "Kyiv", "Ushakov", "3 July 2025", "Updated:"])
      expect(en, word).toContain(word);
    for (const word of ["Selenskyj", "Kyjiw", "Uschakow", "Juli 2025"]) expect(en, word).not.toContain(word);
    expect(de).toMatch(/<a href="\.\/en\/" hreflang="en" lang="en">English<\/a>/);
    expect(en).toMatch(/<a href="\.\.\/" hreflang="de" lang="de">Deutsch<\/a>/);
  });

  it("references no third-party host: no CDN, no web fonts, no telemetry", () => {
    const found = files()
      .filter((path) => /\.(html|js|css|svg)$/.test(path))
      .flatMap((path) => thirdPartyReferences(read(path), path));
    expect(found).toEqual([]);
  });

  it("uses only relative URLs, so dist/ works under any sub-path", () => {
    for (const page of files().filter((path) => path.endsWith(".html"))) {
      expect(read(page)).not.toMatch(/(?:src|href)="\/(?!\/)/);
    }
  });

  it("bundles the JavaScript: every module a page loads or preloads exists, none is left unbundled", () => {
    const pages = files().filter((path) => path.endsWith(".html"));
    for (const page of pages) {
      const html = read(page);
      const modules = [
        ...pageModules(html),
        ...[...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map(([, href]) => href),
      ];
      expect(modules.length, page).toBeGreaterThan(0);
      for (const module of modules)
        expect(existsSync(join(dist, dirname(page), module)), `${page}: ${module}`).toBe(true);
      expect(html, page).not.toMatch(/_(?:import|node)\/[^"]*\.js"/);
    }
    expect(files().filter((path) => /^_(?:import|node)\/.*\.js$/.test(path))).toEqual([]);
  });

  it("gives each page's scripts its own language's dictionary only", () => {
    // Every script of ours a page can run (the bundles in _js/): its modules and what they import, now or later.
    const scripts = (page: string) => {
      const seen = new Set<string>();
      const visit = (path: string) => {
        if (seen.has(path) || !/^_js\/.*\.js$/.test(path)) return;
        seen.add(path);
        for (const [, next] of read(path).matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)"(\.{1,2}\/[^"]+)"/g))
          visit(join(dirname(path), next));
      };
      for (const module of pageModules(read(page))) visit(join(dirname(page), module));
      return [...seen].map(read).join("\n");
    };
    const words = (lang: (typeof LANGS)[number]) => [messages(lang).locale, messages(lang).sequence.label];
    const pages = files().filter((path) => path.endsWith(".html") && pageModules(read(path)).length > 0);
    expect(new Set(pages.map(pageLanguage))).toEqual(new Set(LANGS));
    for (const page of pages) {
      const code = scripts(page);
      const own = pageLanguage(page);
      for (const word of words(own)) expect(code, `${page}: ${word}`).toContain(JSON.stringify(word));
      for (const other of LANGS.filter((lang) => lang !== own))
        for (const word of words(other)) expect(code, `${page}: ${word}`).not.toContain(JSON.stringify(word));
    }
  });

  it("links only to sources pages and anchors it wrote, the further pages included (no postbuild: link left)", () => {
    const pages = files().filter((path) => path.endsWith(".html"));
    let further = 0;
    for (const page of pages) {
      const html = read(page);
      expect(html, page).not.toContain("postbuild:");
      for (const [, file, hash] of html.matchAll(
        /href="((?:quellen|sources)(?:-\d+)?\.html)(?:#([^"]*))?"/g,
      )) {
        const target = join(dirname(page), file);
        expect(existsSync(join(dist, target)), `${page} → ${file}`).toBe(true);
        if (hash) expect(pageAnchors(read(target)), `${page} → ${file}#${hash}`).toContain(hash);
        if (/-\d+\.html$/.test(file)) further++;
      }
    }
    // Where the events fill more than one page, the first page links to the further ones.
    if (loadDataset().events.rows.length > PAGE_SIZE) expect(further).toBeGreaterThan(0);
  });

  it("puts each page's stylesheet inside it, allowed by hash, and preloads none of the bundles", () => {
    for (const page of files().filter((path) => path.endsWith(".html"))) {
      const html = read(page);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css);
      expect(styles, page).toHaveLength(1);
      expect(styles[0].length, page).toBeGreaterThan(1000);
      expect(html, page).not.toMatch(/<link rel="(?:stylesheet|preload)"/);
      expect(html, page).not.toMatch(/<link rel="modulepreload" href="[^"]*_js\//);
      expect(
        contentSecurityPolicy(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")),
      ).toBe(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]);
    }
    // Dark mode and print come with it.
    expect(read("index.html")).toMatch(/prefers-color-scheme|light-dark\(/);
    expect(read("index.html")).toContain("@media print");
  });

  it("loads no Observable runtime on the story pages, which define no cells; the pages with cells keep it", () => {
    for (const page of ["index.html", join("en", "index.html")]) {
      expect(read(page)).not.toContain("_observablehq/");
      expect(pageModules(read(page))).toEqual([
        expect.stringMatching(/_js\/\w+\/components\/story-page-\w+\.js$/),
      ]);
    }
    for (const page of ["quellen.html", join("embed", "calls.html")]) {
      expect(read(page)).toMatch(/import \{define\} from "[^"]*_observablehq\/client\.\w+\.js"/);
    }
  });

  it("has every chart as a well-formed static SVG for readers without JavaScript", () => {
    const svgs = files().filter((path) => path.startsWith(join("data", "static")) && path.endsWith(".svg"));
    expect(svgs).toHaveLength(STATIC_CHARTS.length * LANGS.length);
    const { window } = new JSDOM("");
    for (const path of svgs) {
      const doc = new window.DOMParser().parseFromString(read(path), "image/svg+xml");
      expect(doc.querySelector("parsererror"), path).toBeNull();
      // The outer svg is named for its chart (calls-de.svg: class="chart calls").
      const chart = STATIC_CHARTS.find((name) => path.includes(`${name}-`));
      expect(doc.documentElement.getAttribute("class"), path).toBe(`chart ${chart}`);
      expect(doc.querySelectorAll("path, circle, rect").length, path).toBeGreaterThan(10);
    }
    for (const page of ["index.html", join("en", "index.html")]) {
      const lang = page === "index.html" ? "de" : "en";
      expect(read(page)).toMatch(new RegExp(`<img[^>]+src="[^"]*static/calls-${lang}[.\\w]*\\.svg"`));
    }
  });

  it("ships the cleaned CSVs with every row of the data", () => {
    const data = loadDataset();
    for (const table of TABLE_NAMES) {
      const path = join("data", `${table}.csv`);
      expect(existsSync(join(dist, path)), path).toBe(true);
      expect(csvParse(read(path)), path).toHaveLength(data[table].rows.length);
    }
  });
});

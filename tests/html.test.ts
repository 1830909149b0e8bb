// Post-build rewriting of Framework's pages (lib/html.ts): the bundler's module paths, the idle runtime,
// the inlined stylesheet and the Content-Security-Policy's hashes.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  pageAnchors,
  pageModules,
  resolveLaterLinks,
  withInlineStylesheets,
  withModules,
  withoutIdleRuntime,
} from "../src/lib/html.js";

const cellsPage = `<head>
<link rel="modulepreload" href="./_observablehq/client.1.js">
<link rel="modulepreload" href="./_import/components/a.1234abcd.js">
<link rel="modulepreload" href="./_import/lib/b.1234abcd.js">
<script type="module">

import {define} from "./_observablehq/client.1.js";
import {registerFile} from "./_observablehq/stdlib.1.js";

define({id: "1", body: async () => {
const [{A}] = await Promise.all([import("./_import/components/a.1234abcd.js")]);
return {A};
}});
</script>
</head><body><main>A</main></body>`;

const scriptPage = `<head>
<link rel="modulepreload" href="../_observablehq/client.1.js">
<link rel="modulepreload" href="../_observablehq/runtime.1.js">
<link rel="modulepreload" href="../_import/components/story-page.1234abcd.js">
<link rel="icon" href="data:,">
<script type="module">

import "../_observablehq/client.1.js";
import {registerFile} from "../_observablehq/stdlib.1.js";

registerFile("../data/x.json", {"name":"../data/x.json"});
</script>
</head><body><main><script type="application/json" id="d">{"a":1}</script>
<script type="module" src="../_import/components/story-page.1234abcd.js"></script></main></body>`;

describe("pageModules", () => {
  it("names the modules a page runs: cells' imports and module scripts, not preloads or data blocks", () => {
    expect(pageModules(cellsPage)).toEqual([
      "./_observablehq/client.1.js",
      "./_observablehq/stdlib.1.js",
      "./_import/components/a.1234abcd.js",
    ]);
    expect(pageModules(scriptPage)).toEqual([
      "../_import/components/story-page.1234abcd.js",
      "../_observablehq/client.1.js",
      "../_observablehq/stdlib.1.js",
    ]);
  });
});

describe("withModules", () => {
  const rename = (path: string) =>
    path.includes("_import/") ? path.replace(/_import\/(.*)\.1234abcd/, "_js/$1-NEW") : undefined;

  it("renames the modules in cells and script tags and puts the preloads where the old ones stood", () => {
    const html = withModules(cellsPage, rename, ["./_observablehq/client.1.js", "./_js/components/a-NEW.js"]);
    expect(html).toContain('import("./_js/components/a-NEW.js")');
    expect(html).toContain('import {define} from "./_observablehq/client.1.js";');
    expect([...html.matchAll(/modulepreload" href="([^"]+)"/g)].map(([, href]) => href)).toEqual([
      "./_observablehq/client.1.js",
      "./_js/components/a-NEW.js",
    ]);
    expect(html.indexOf("modulepreload")).toBeLessThan(html.indexOf("<script"));
    const script = withModules(scriptPage, rename, []);
    expect(script).toContain('<script type="module" src="../_js/components/story-page-NEW.js">');
    expect(script).not.toContain("modulepreload");
  });
});

describe("withoutIdleRuntime", () => {
  it("drops Framework's client, its preloads and the file registrations from a page without cells", () => {
    const html = withoutIdleRuntime(scriptPage);
    expect(html).not.toContain("_observablehq");
    expect(html).not.toContain("registerFile");
    expect(html).toContain('<script type="module" src="../_import/components/story-page.1234abcd.js">');
    expect(html).toContain('<script type="application/json" id="d">{"a":1}</script>');
    expect(html).toContain('<link rel="icon" href="data:,">');
  });

  it("leaves a page with cells as it is", () => {
    expect(withoutIdleRuntime(cellsPage)).toBe(cellsPage);
  });
});

describe("withInlineStylesheets", () => {
  const linked = `<head>
<meta charset="utf-8">
<link rel="preload" as="style" href="./_import/style.1234abcd.css">
<link rel="stylesheet" type="text/css" href="./_import/style.1234abcd.css">
<link rel="icon" href="data:,">
</head><body><main>A</main></body>`;
  const css = ":root{color-scheme:light dark}@media print{main{color:#000}}";

  it("puts each linked stylesheet into the page once, where its preload stood, and drops the links", () => {
    const read = (href: string) => (href === "./_import/style.1234abcd.css" ? `${css}\n` : "");
    const html = withInlineStylesheets(linked, read);
    expect(html).toContain(`<style>${css}</style>`);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/rel="(?:preload|stylesheet)"/);
    expect(html.indexOf("<style>")).toBeLessThan(html.indexOf('<link rel="icon"'));
  });

  it("refuses a stylesheet whose url() or @import would resolve against the page instead", () => {
    for (const text of ['main{background:url("a.png")}', '@import url("./b.css");'])
      expect(() => withInlineStylesheets(linked, () => text)).toThrow(/cannot be inlined/);
  });

  it("leaves a page without stylesheet links as it is", () => {
    expect(withInlineStylesheets(scriptPage, () => css)).toBe(scriptPage);
  });
});

describe("contentSecurityPolicy", () => {
  const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

  it("allows the page's own inline styles and scripts by hash, and no other inline style or script", () => {
    const html = `<style>main{color:red}</style><script type="module">import "./a.js";</script><script src="./b.js"></script>`;
    const policy = contentSecurityPolicy(html);
    expect(policy).toContain(`style-src 'self' ${hash("main{color:red}")};`);
    expect(policy).toContain(`script-src 'self' ${hash('import "./a.js";')};`);
    expect(policy).not.toContain("unsafe-inline");
    // A style injected into the page matches no hash.
    expect(policy).not.toContain(hash("main{color:blue}"));
  });

  it("names no hash where the page has no inline style", () => {
    expect(contentSecurityPolicy("<main>A</main>")).toContain("style-src 'self';");
  });
});

describe("resolveLaterLinks", () => {
  const written = new Map([["quellen-2.html", pageAnchors('<ol><li id="ereignis-b">B</li></ol>')]]);
  const page = `<a href="postbuild:quellen-2.html#ereignis-b">B</a> <a href="postbuild:quellen-2.html" rel="next">2</a> <a href="quellen.html#ereignis-a">A</a>`;

  it("points each link to a page the post-build step wrote to that page, and leaves other links alone", () => {
    const { html, broken } = resolveLaterLinks(page, (path) => written.get(path));
    expect(html).toBe(
      `<a href="quellen-2.html#ereignis-b">B</a> <a href="quellen-2.html" rel="next">2</a> <a href="quellen.html#ereignis-a">A</a>`,
    );
    expect(broken).toEqual([]);
  });

  it("names each link whose page or anchor was not written", () => {
    const links = `<a href="postbuild:quellen-2.html#ereignis-c">C</a><a href="postbuild:quellen-3.html">3</a>`;
    expect(resolveLaterLinks(links, (path) => written.get(path)).broken).toEqual([
      "quellen-2.html#ereignis-c",
      "quellen-3.html",
    ]);
  });
});

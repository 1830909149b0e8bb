// Post-build rewriting of Framework's pages (lib/html.ts): the bundler's module paths and the idle runtime.
import { describe, expect, it } from "vitest";
import { pageModules, withModules, withoutIdleRuntime } from "../src/lib/html.js";

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

// The layers as the README draws them, read from the imports themselves (TypeScript's own
// pre-processor, which also sees dynamic import() and type-only imports):
// lib below components below render; no jsdom and no DOM globals below render.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { tsFiles } from "./helpers.js";

const SRC = resolve("src");
const LAYERS = ["lib", "components", "render"] as const;
type Layer = (typeof LAYERS)[number];

/** Every import of a file: the specifier and, for a relative one, the folder of src it points into. */
function imports(file: string): { specifier: string; layer?: string }[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles.map(({ fileName: specifier }) => {
    if (!specifier.startsWith(".")) return { specifier };
    const target = relative(SRC, resolve(dirname(file), specifier));
    return { specifier, layer: target.startsWith("..") ? undefined : target.split(/[\\/]/)[0] };
  });
}

const layerFiles = (layer: Layer) => tsFiles(join(SRC, layer));

/** The layers a file of `layer` may import from: its own and those below it. */
const allowed = (layer: Layer) => LAYERS.slice(0, LAYERS.indexOf(layer) + 1) as readonly string[];

describe("layers", () => {
  it("finds the imports it checks (a relative import, a dynamic import, a package)", () => {
    const all = layerFiles("render").flatMap(imports);
    expect(all.some((i) => i.layer === "components")).toBe(true);
    expect(all.some((i) => i.specifier === "jsdom")).toBe(true);
    expect(
      layerFiles("lib")
        .flatMap(imports)
        .some((i) => i.layer === "lib"),
    ).toBe(true);
  });

  for (const layer of LAYERS) {
    it(`src/${layer} imports only from ${allowed(layer).join(", ")}`, () => {
      const wrong = layerFiles(layer).flatMap((file) =>
        imports(file)
          .filter((i) => i.specifier.startsWith("."))
          .filter((i) => !i.layer || !allowed(layer).includes(i.layer))
          .map((i) => `${relative(SRC, file)} imports ${i.specifier}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it("jsdom and the rasteriser are imported only by src/render", () => {
    const wrong = [...layerFiles("lib"), ...layerFiles("components")].flatMap((file) =>
      imports(file)
        .filter((i) => /^(jsdom|@resvg\/)/.test(i.specifier))
        .map((i) => `${relative(SRC, file)} imports ${i.specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it("src/lib uses no DOM (no document, window or DOM node types)", () => {
    const dom = /\b(document|window|HTMLElement|SVGElement|Element|Node)\b/;
    const wrong = layerFiles("lib").flatMap((file) => {
      // Comments may speak of the DOM; code may not.
      const code = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "")
        .replace(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
      return code
        .split("\n")
        .filter((line) => dom.test(line))
        .map((line) => `${relative(SRC, file)}: ${line.trim()}`);
    });
    expect(wrong).toEqual([]);
  });
});

// The layers as the README draws them, read from the imports themselves (TypeScript's own
// pre-processor, which also sees dynamic import() and type-only imports):
// lib below components below render; no jsdom below render; no import cycle anywhere in src.
// (No DOM in src/lib is a lint rule: eslint.config.js.)
import { existsSync, readFileSync } from "node:fs";
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

/** The file a relative import names ("./format.js" is ./format.ts), or undefined for a package. */
function resolveImport(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const path = resolve(dirname(file), specifier);
  const candidates = [path.replace(/\.js$/, ".ts"), path, `${path}.ts`, join(path, "index.ts")];
  return candidates.find((candidate) => candidate.endsWith(".ts") && existsSync(candidate)) ?? path;
}

/** Each file of src with the files of src it imports, type-only and dynamic imports included. */
function importGraph(): Map<string, string[]> {
  return new Map(
    tsFiles(SRC).map((file) => [file, imports(file).flatMap((i) => resolveImport(file, i.specifier) ?? [])]),
  );
}

/**
 * The import cycles of a graph: each strongly connected component of more than one
 * module (or a module importing itself), found by Tarjan's algorithm.
 */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    for (const target of graph.get(node) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (stack.includes(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = stack.splice(stack.indexOf(node));
    if (component.length > 1 || graph.get(node)!.includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

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

  it("finds a cycle, however long, and none in a chain", () => {
    const chain = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", []],
    ]);
    expect(cycles(chain)).toEqual([]);
    chain.set("c", ["a"]);
    expect(cycles(chain)).toEqual([["a", "b", "c"]]);
    expect(cycles(new Map([["a", ["a"]]]))).toEqual([["a"]]);
  });

  it("src has no import cycle (type-only and dynamic imports included)", () => {
    const graph = importGraph();
    // The graph resolves what it reads: the schema's imports lead to files of src.
    expect(graph.get(join(SRC, "lib", "schema.ts"))).toContain(join(SRC, "lib", "vocabularies.ts"));
    expect(cycles(graph).map((cycle) => cycle.map((file) => relative(SRC, file)).join(", "))).toEqual([]);
  });

  it("jsdom and the rasteriser are imported only by src/render", () => {
    const wrong = [...layerFiles("lib"), ...layerFiles("components")].flatMap((file) =>
      imports(file)
        .filter((i) => /^(jsdom|@resvg\/)/.test(i.specifier))
        .map((i) => `${relative(SRC, file)} imports ${i.specifier}`),
    );
    expect(wrong).toEqual([]);
  });
});

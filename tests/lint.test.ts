// The house rules that are about source text are lint rules (eslint.config.js; `npm run lint`,
// part of `npm test`). Here: each rule finds what it is for where it applies, and lets the
// same code pass where it does not, so that a rule cannot quietly stop working.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

/** The rules a snippet breaks, as if it were the file at `filePath`. */
async function broken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe("lint rules", () => {
  it("keep word tables and lang branches in the dictionaries", async () => {
    const table = 'export const WORDS = { de: "Zurück", en: "Back" };\n';
    const branch = 'export const back = (lang: string) => (lang === "de" ? "Zurück" : "Back");\n';
    for (const file of ["src/lib/x.ts", "src/components/x.ts", "src/render/x.ts"]) {
      expect(await broken(table, file)).toEqual(["house/word-table", "house/word-table"]);
      expect(await broken(branch, file)).toEqual(["house/lang-branch"]);
    }
    expect(await broken("export interface Words {\n  de: string;\n}\n", "src/lib/x.ts")).toEqual([
      "house/word-table",
    ]);
    expect(await broken(table, "src/lib/i18n/x.ts")).toEqual([]);
    expect(await broken('export const MODES = { mode: "Zurück" };\n', "src/lib/x.ts")).toEqual([]);
  });

  it("insert text from data as text, never as HTML", async () => {
    expect(
      await broken(
        "export const f = (node: Element, text: string) => { node.innerHTML = text; };\n",
        "src/components/x.ts",
      ),
    ).toEqual(["house/no-html"]);
    expect(
      await broken(
        "export const f = (node: { html(s: string): void }, text: string) => node.html(text);\n",
        "src/components/x.ts",
      ),
    ).toEqual(["house/no-html"]);
    expect(
      await broken(
        "export const f = (node: Element, text: string) => { node.textContent = text; };\n",
        "src/components/x.ts",
      ),
    ).toEqual([]);
  });

  it("keep the DOM out of src/lib", async () => {
    expect(await broken("export const title = () => document.title;\n", "src/lib/x.ts")).toEqual([
      "no-restricted-globals",
    ]);
    expect(await broken("export const tag = (node: Element) => node.tagName;\n", "src/lib/x.ts")).toEqual([
      "house/no-dom-types",
    ]);
    expect(
      await broken("export const tag = (node: Element) => node.tagName;\n", "src/components/x.ts"),
    ).toEqual([]);
  });

  it("import libraries by their bare names, the d3 modules one by one, and arquero's modules in components for types only", async () => {
    expect(
      await broken('import * as d3 from "d3";\nexport const s = d3.scaleLinear;\n', "src/components/x.ts"),
    ).toEqual(["@typescript-eslint/no-restricted-imports"]);
    expect(
      await broken(
        'import * as d3 from "npm:d3-scale";\nexport const s = d3.scaleLinear;\n',
        "src/render/x.ts",
      ),
    ).toEqual(["no-restricted-imports"]);
    const story = 'import { buildStory } from "../lib/story.js";\nexport const b = buildStory;\n';
    expect(await broken(story, "src/components/x.ts")).toEqual(["@typescript-eslint/no-restricted-imports"]);
    expect(await broken(story, "src/render/x.ts")).toEqual([]);
    expect(
      await broken(
        'import type { StoryData } from "../lib/story.js";\nexport type S = StoryData;\n',
        "src/components/x.ts",
      ),
    ).toEqual([]);
  });

  it("report an exception that is no longer needed", async () => {
    const table = 'export const WORDS = { de: "Zurück", en: "Back" };\n';
    expect(
      await broken(
        `/* eslint-disable house/word-table -- a grammar table by design */\n${table}`,
        "src/lib/x.ts",
      ),
    ).toEqual([]);
    expect(
      await broken(
        `/* eslint-disable house/word-table -- a grammar table by design */\nexport const x = 1;\n`,
        "src/lib/x.ts",
      ),
    ).toHaveLength(1);
  });
});

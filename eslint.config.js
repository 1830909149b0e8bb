// ESLint: typescript-eslint's recommended rules, and the house rules that are about source text
// (what a file may import, what it may call); rules about behaviour are tests under tests/.
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** The story's languages: one dictionary per language in src/lib/i18n/ (de.ts, en.ts, …). */
const LANGS = readdirSync("src/lib/i18n")
  .map((file) => /^([a-z]{2})\.ts$/.exec(file)?.[1])
  .filter(Boolean);
const LANG_KEY = `/^(${LANGS.join("|")})$/`;

/** A rule that reports every node a selector matches, with one message. */
const selectorRule = (selector, message) => ({
  meta: { type: "problem", schema: [], messages: { found: message } },
  create: (context) => ({ [selector]: (node) => context.report({ node, messageId: "found" }) }),
});

/** The house rules about source text, each with its reason in its message. */
const house = {
  rules: {
    "word-table": selectorRule(
      `:matches(Property, TSPropertySignature):matches([key.name=${LANG_KEY}], [key.value=${LANG_KEY}])`,
      "A word table ({ de: …, en: … }) belongs in the dictionaries, src/lib/i18n/; take the word from there, or say in an eslint-disable comment why this file keeps one.",
    ),
    "lang-branch": selectorRule(
      `BinaryExpression[operator=/^[!=]==?$/]:matches([left.name="lang"][right.type="Literal"], [right.name="lang"][left.type="Literal"])`,
      "Words are picked by language in the dictionaries (src/lib/i18n/), not by a lang === branch: add the word to Messages.",
    ),
    // Text from data is inserted as text, never as HTML (DESIGN.md).
    "no-html": selectorRule(
      "CallExpression[callee.property.name=/^(html|insertAdjacentHTML)$/], AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
      "Insert text from data as text (.text(), .textContent, text nodes), never as HTML.",
    ),
    "no-dom-types": selectorRule(
      "TSTypeReference[typeName.name=/^(HTMLElement|SVGElement|Element|Node|Document)$/]",
      "src/lib uses no DOM: this belongs in src/components or src/render.",
    ),
  },
};

/** Libraries by their bare names from node_modules, the d3 modules one by one (DESIGN.md: building offline). */
const bareImports = {
  paths: [{ name: "d3", message: 'Import the d3 modules you use ("d3-scale", "d3-selection", …).' }],
  patterns: [{ regex: "^npm:", message: "No npm: specifiers: Framework fetches them from a CDN." }],
};

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "src/.observablehq/", "bench/out/", "tests/out/", "screenshots/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `{}` is the empty default of option types (schema.ts's column builders).
      "@typescript-eslint/no-empty-object-type": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", bareImports],
    },
  },
  {
    files: ["src/**/*.ts"],
    plugins: { house },
    rules: { "house/no-html": "error" },
  },
  {
    files: ["src/lib/**/*.ts", "src/components/**/*.ts", "src/render/**/*.ts"],
    ignores: ["src/lib/i18n/**"],
    rules: { "house/word-table": "error", "house/lang-branch": "error" },
  },
  {
    files: ["src/lib/**/*.ts"],
    rules: {
      // The library runs in Node and in the browser: no DOM (render/ is where jsdom lives).
      "house/no-dom-types": "error",
      "no-restricted-globals": [
        "error",
        ...["document", "window", "navigator", "location"].map((name) => ({
          name,
          message: "src/lib uses no DOM: this belongs in src/components or src/render.",
        })),
      ],
    },
  },
  {
    files: ["src/components/**/*.ts"],
    rules: {
      // The charts run in the reader's browser: arquero (derive.ts, story.ts) only for its types.
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          ...bareImports,
          patterns: [
            ...bareImports.patterns,
            {
              group: ["**/lib/derive.js", "**/lib/story.js", "arquero"],
              allowTypeImports: true,
              message: "arquero stays out of the reader's browser: import only types from here.",
            },
          ],
        },
      ],
    },
  },
);

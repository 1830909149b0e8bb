/**
 * The preview image shown where a link to the story is shared (og:image):
 * the calls chart, drawn by the same component as on the page, under the
 * story's title, rasterised to a 1200×630 PNG without a browser (resvg).
 * Node only: used by the loader src/data/og-calls-[lang].png.ts.
 *
 * resvg applies no stylesheet, so the page's CSS rules that match the chart
 * (light theme, screen, no hover or focus) are written onto its elements as
 * presentation attributes first: the picture follows src/css/*.css.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import { CallsChart } from "../components/CallsChart.js";
import { lightOf, resolveLightDark } from "../components/palette.js";
import { withDom } from "./dom.js";
import type { Lang } from "../lib/format.js";
import { OG_IMAGE, STORY } from "../lib/social.js";
import type { StoryData } from "../lib/story.js";

/** CI installs fonts-dejavu-core; the image must not depend on whatever else a machine has. */
export const OG_FONT = { sans: "DejaVu Sans", serif: "DejaVu Serif" };

const STYLESHEET = join(dirname(fileURLToPath(import.meta.url)), "..", "style.css");
const SVG_NS = "http://www.w3.org/2000/svg";
/** CSS properties that SVG also takes as attributes, and that the charts' stylesheets set. */
const PRESENTATION = new Set([
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-size",
  "font-weight",
  "color",
  "display",
  "visibility",
]);
/** States a static picture never is in. */
const DYNAMIC = /:(hover|focus|focus-visible|focus-within|active|target|disabled|checked)\b|::/;

const LAYOUT = { padding: 48, titleSize: 52, subtitleSize: 26, legendSize: 18, sourceSize: 16 };

export async function ogCallsImage(story: StoryData, stylesheet = STYLESHEET): Promise<Buffer> {
  const svg = await withDom(() => ogCallsSvg(story, readStylesheet(stylesheet)));
  return rasterise(svg);
}

const RESVG_OPTIONS = {
  fitTo: { mode: "original" as const },
  background: "#ffffff",
  font: {
    loadSystemFonts: true,
    defaultFontFamily: OG_FONT.sans,
    sansSerifFamily: OG_FONT.sans,
    serifFamily: OG_FONT.serif,
  },
};

export function rasterise(svg: string): Buffer {
  return new Resvg(svg, RESVG_OPTIONS).render().asPng();
}

/** The width of a line of text as resvg sets it, with the fonts it will use. */
export function textWidth(text: string, fontSize: number, attributes = ""): number {
  const svg = `<svg xmlns="${SVG_NS}" width="4000" height="${4 * fontSize}"><text x="0" y="${2 * fontSize}" font-size="${fontSize}" ${attributes}>${escapeXml(text)}</text></svg>`;
  return new Resvg(svg, RESVG_OPTIONS).getBBox()?.width ?? 0;
}

/** The largest font size up to `size` at which a line fits into `width`. */
function fitFontSize(text: string, size: number, width: number, attributes = ""): number {
  const measured = textWidth(text, size, attributes);
  return measured <= width ? size : Math.floor((size * width) / measured);
}

/** The image as SVG text; needs a DOM (withDom). */
export function ogCallsSvg(story: StoryData, css: Stylesheet): string {
  const lang: Lang = story.lang;
  const { width, height } = OG_IMAGE;
  const { padding, titleSize, subtitleSize, legendSize, sourceSize } = LAYOUT;
  // The page's colours are light-dark() pairs (css/theme.css): the picture is light.
  const color = (name: string, fallback: string) => lightOf(css.variables.get(name) ?? fallback);
  const fg = color("--fg", "#1a1a1a");
  const muted = color("--muted", "#595959");

  // The chart as on a wide screen, styled as the page styles it.
  const chartWidth = width - 2 * padding + 28;
  const figure = CallsChart(story, { width: chartWidth, lang });
  document.body.append(figure);
  applyStylesheet(figure, css);
  resolveCurrentColor(figure, fg);
  resolveLightDark(figure); // resvg knows no light-dark(): the picture is light
  const chart = figure.querySelector<SVGSVGElement>("svg.calls-svg")!;
  for (const node of chart.querySelectorAll(".calls-hit, .calls-ring")) node.remove();

  const root = svgElement("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-family": OG_FONT.sans,
  });
  root.append(svgElement("rect", { width, height, fill: color("--bg", "#ffffff") }));

  // The story's title as on the page (serif, bold), the chart's title below; each shrinks until it fits one line.
  const lineWidth = width - 2 * padding;
  const title = STORY[lang].title;
  const serifBold = `font-family="${OG_FONT.serif}" font-weight="700"`;
  let y = padding + titleSize * 0.8;
  root.append(
    svgText(title, {
      x: padding,
      y,
      "font-size": fitFontSize(title, titleSize, lineWidth, serifBold),
      "font-weight": 700,
      "font-family": OG_FONT.serif,
      fill: fg,
    }),
  );
  const subtitle = figure.querySelector(".chart-title")?.textContent ?? "";
  y += subtitleSize * 1.6;
  root.append(
    svgText(subtitle, {
      x: padding,
      y,
      "font-size": fitFontSize(subtitle, subtitleSize, lineWidth),
      fill: fg,
    }),
  );

  // The legend, from the chart's own key: its symbols, then their labels.
  y += legendSize * 1.9;
  let x = padding;
  for (const item of figure.querySelectorAll(".calls-legend li")) {
    const icon = item.querySelector("svg")!;
    const size = legendSize * 1.2;
    const swatch = svgElement("svg", {
      x,
      y: y - size * 0.8,
      width: size,
      height: size,
      viewBox: icon.getAttribute("viewBox")!,
      overflow: "visible",
    });
    swatch.append(...Array.from(icon.childNodes));
    const label = item.textContent ?? "";
    root.append(swatch, svgText(label, { x: x + size + 6, y, "font-size": legendSize, fill: muted }));
    x += size + 6 + textWidth(label, legendSize) + 28;
  }

  // The chart, as large as fits between the legend and the source line.
  const top = y + legendSize * 0.9;
  const bottom = height - padding / 2 - sourceSize * 1.6;
  const [, , viewWidth, viewHeight] = chart.getAttribute("viewBox")!.split(" ").map(Number);
  const scale = Math.min((width - 2 * padding + 28) / viewWidth, (bottom - top) / viewHeight);
  const placed = svgElement("svg", {
    x: (width - viewWidth * scale) / 2,
    y: top,
    width: viewWidth * scale,
    height: viewHeight * scale,
    viewBox: chart.getAttribute("viewBox")!,
    overflow: "visible",
  });
  for (const name of ["font-size", "color", "fill"])
    if (chart.hasAttribute(name)) placed.setAttribute(name, chart.getAttribute(name)!);
  placed.append(...Array.from(chart.childNodes));
  root.append(placed);

  root.append(
    svgText(figure.querySelector(".chart-source")?.textContent ?? "", {
      x: padding,
      y: height - padding / 2,
      "font-size": sourceSize,
      fill: muted,
    }),
  );
  figure.remove();
  return new window.XMLSerializer().serializeToString(root);
}

export interface Stylesheet {
  rules: { selector: string; specificity: number; declarations: [string, string][] }[];
  variables: Map<string, string>;
}

/** Reads a stylesheet and the ones it imports, in cascade order; rules inside @media and other at-rules are left out (the picture is light, on screen). */
export function readStylesheet(file: string): Stylesheet {
  const sheet: Stylesheet = { rules: [], variables: new Map() };
  const visit = (path: string) => {
    const text = readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    for (const match of text.matchAll(/@import\s+(?:url\(\s*)?["']([^"']+)["']/g))
      visit(join(dirname(path), match[1]));
    for (const { selector, body } of topLevelRules(text)) {
      const declarations = body
        .split(";")
        .map((part) => part.split(/:(.*)/s).map((s) => s.trim()))
        .filter(([property, value]) => property && value)
        .map(([property, value]) => [property, value.replace(/\s*!important$/, "")] as [string, string]);
      for (const one of selector.split(",").map((s) => s.trim())) {
        if (one === ":root")
          for (const [property, value] of declarations)
            if (property.startsWith("--")) sheet.variables.set(property, value);
        sheet.rules.push({ selector: one, specificity: specificity(one), declarations });
      }
    }
  };
  visit(file);
  for (const rule of sheet.rules)
    rule.declarations = rule.declarations.map(([property, value]) => [
      property,
      resolveVariables(value, sheet.variables),
    ]);
  return sheet;
}

/** Writes the declarations that SVG takes as attributes onto the elements they match; higher specificity, then later rules, win. */
export function applyStylesheet(root: Element, sheet: Stylesheet): void {
  const ordered = sheet.rules
    .map((rule, order) => ({ rule, order }))
    .sort((a, b) => a.rule.specificity - b.rule.specificity || a.order - b.order);
  for (const { rule } of ordered) {
    if (DYNAMIC.test(rule.selector) || rule.selector === ":root") continue;
    const declarations = rule.declarations.filter(([property]) => PRESENTATION.has(property));
    if (declarations.length === 0) continue;
    let matches: Element[];
    try {
      matches = [root, ...root.querySelectorAll(rule.selector)].filter((node) => node.matches(rule.selector));
    } catch {
      continue; // a selector jsdom does not know cannot describe the static chart
    }
    for (const node of matches)
      for (const [property, value] of declarations) node.setAttribute(property, value);
  }
}

/** Replaces currentColor by the colour in effect, as the browser would. */
export function resolveCurrentColor(root: Element, fallback: string): void {
  for (const node of [root, ...root.querySelectorAll("*")]) {
    for (const name of ["fill", "stroke"]) {
      if (node.getAttribute(name) !== "currentColor") continue;
      let from: Element | null = node;
      while (from && (!from.hasAttribute("color") || from.getAttribute("color") === "currentColor"))
        from = from.parentElement;
      node.setAttribute(name, from?.getAttribute("color") ?? fallback);
    }
  }
}

function topLevelRules(text: string): { selector: string; body: string }[] {
  const rules: { selector: string; body: string }[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    const semicolon = text.indexOf(";", i);
    if (open < 0) break;
    const head = text.slice(i, open).trim();
    if (head.startsWith("@") && semicolon >= 0 && semicolon < open) {
      i = semicolon + 1; // @import …; and the like
      continue;
    }
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}") depth--;
    }
    if (!head.startsWith("@")) rules.push({ selector: head, body: text.slice(open + 1, j - 1) });
    i = j;
  }
  return rules;
}

/** (ids, classes and the like, types) folded into one number. */
function specificity(selector: string): number {
  const ids = (selector.match(/#[\w-]+/g) ?? []).length;
  const classes = (selector.match(/\.[\w-]+|\[[^\]]*\]|:(?!:)[\w-]+/g) ?? []).length;
  const types = (selector.replace(/\[[^\]]*\]|\([^)]*\)/g, "").match(/(^|[\s>+~(])[a-z][\w-]*/gi) ?? [])
    .length;
  return ids * 10_000 + classes * 100 + types;
}

function resolveVariables(value: string, variables: Map<string, string>): string {
  let resolved = value;
  for (let pass = 0; pass < 5 && resolved.includes("var("); pass++) {
    resolved = resolved.replace(
      /var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g,
      (_, name: string, fallback?: string) => variables.get(name) ?? fallback ?? "",
    );
  }
  return resolved;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function svgElement(tag: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes))
    node.setAttribute(name, String(typeof value === "number" ? Math.round(value * 10) / 10 : value));
  return node;
}

function svgText(text: string, attributes: Record<string, string | number>): SVGElement {
  const node = svgElement("text", attributes);
  node.textContent = text;
  return node;
}

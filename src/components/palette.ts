/**
 * The page's one visual language: every colour a chart draws comes from here, and
 * one colour means one thing on the whole page.
 *
 * - Sides (who acts or speaks) have a hue each, from the Okabe–Ito set, which stays
 *   distinguishable with the common colour-vision deficiencies; darkened or lightened
 *   so that each mark has at least 3:1 contrast with the page in light and dark mode.
 * - Delivery states are neutral greys with patterns (halts are dark, flowing is light),
 *   except the NATO purchase scheme, which takes the colour of its side (Europe/NATO).
 * - Topics are shapes, never colours.
 * - Context marks recede to one muted grey that stays visible in dark mode.
 *
 * Colours are written as CSS `light-dark()` so that one attribute follows the
 * reader's scheme (or the embed's `?theme=`); build-time rendering without CSS
 * (the social image) takes the light value.
 */
export interface Swatch {
  light: string;
  dark: string;
}

export type Side = "us" | "russia" | "ukraine" | "europe" | "nato" | "other";
export type DeliveryState = "flowing" | "halted_all" | "halted_partly" | "nato_purchases";

export const SIDE_COLOR: Record<Side, Swatch> = {
  us: { light: "#A8437F", dark: "#E79BC8" },
  russia: { light: "#C24E00", dark: "#FF8C42" },
  ukraine: { light: "#0068A3", dark: "#5DB8F0" },
  europe: { light: "#00775A", dark: "#3CC79A" },
  nato: { light: "#00775A", dark: "#3CC79A" },
  other: { light: "#6B6B6B", dark: "#A6A6A6" },
};

/** Fill and (for the halts) a hatch pattern; the label always names the state as well. */
export const DELIVERY_STYLE: Record<DeliveryState, { fill: Swatch; hatch: boolean }> = {
  flowing: { fill: { light: "#C9C9C9", dark: "#5A5A5A" }, hatch: false },
  halted_all: { fill: { light: "#2B2B2B", dark: "#E6E6E6" }, hatch: false },
  halted_partly: { fill: { light: "#2B2B2B", dark: "#E6E6E6" }, hatch: true },
  nato_purchases: { fill: SIDE_COLOR.nato, hatch: false },
};

/** Marks that are context at a step: visible, never competing with the highlighted ones. */
export const MUTED: Swatch = { light: "#939393", dark: "#7C7C7C" };

/** The page backgrounds the swatches are checked against (src/style.css: --bg). */
export const BACKGROUND: Swatch = { light: "#ffffff", dark: "#151515" };

/** A swatch as one CSS colour that follows the colour scheme of the element it is used on. */
export function paint(swatch: Swatch): string {
  return `light-dark(${swatch.light}, ${swatch.dark})`;
}

/**
 * @deprecated The topic colours of the first version (Okabe–Ito), kept only so that the
 * sticky graphic draws as before until its redesign (helper "graphic") drops them:
 * topics are shapes. No other chart uses them.
 */
export const LEGACY_TOPIC_COLOR = {
  weapons: "#0072B2",
  negotiations: "#009E73",
  war: "#D55E00",
  sanctions: "#E69F00",
  relations: "#CC79A7",
} as const;

/**
 * For build-time rendering without CSS (the social image, rasterised by resvg, which
 * knows no light-dark()): every fill and stroke written by paint() takes its light value.
 */
export function resolveLightDark(root: Element): void {
  for (const node of [root, ...root.querySelectorAll("[fill], [stroke]")])
    for (const name of ["fill", "stroke"]) {
      const match = /^light-dark\(\s*([^,]+?)\s*,/.exec(node.getAttribute(name) ?? "");
      if (match) node.setAttribute(name, match[1]);
    }
}

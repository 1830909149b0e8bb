/**
 * The page's one visual language: every colour a chart draws comes from here, and
 * one colour means one thing on the whole page.
 *
 * - Sides (who acts or speaks) have a hue each, from the Okabe–Ito set, which stays
 *   distinguishable with the common colour-vision deficiencies; darkened or lightened
 *   so that each mark has at least 3:1 contrast with the page in light and dark mode.
 * - Delivery states have fills of their own, never grey: an ochre that is light where
 *   deliveries run and dark where they are halted (striped where halted partly, striped
 *   light where a resumption is only reported, not confirmed); the NATO purchase scheme
 *   takes the colour of its side (Europe/NATO).
 * - Topics are shapes, never colours.
 * - Grey means one thing: context, not in focus (one muted grey that stays visible in dark mode).
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
/** What a stretch of the delivery band shows: a state, or a resumption that is only reported (not confirmed). */
export type DeliveryFill = DeliveryState | "reported";

export const SIDE_COLOR: Record<Side, Swatch> = {
  us: { light: "#A8437F", dark: "#E79BC8" },
  russia: { light: "#C24E00", dark: "#FF8C42" },
  ukraine: { light: "#0068A3", dark: "#5DB8F0" },
  europe: { light: "#00775A", dark: "#3CC79A" },
  nato: { light: "#00775A", dark: "#3CC79A" },
  other: { light: "#6B6B6B", dark: "#A6A6A6" },
};

/** Deliveries running: light in light mode, dark in dark mode (the halts stand out in both). */
const RUNNING: Swatch = { light: "#E3C565", dark: "#6E5A1E" };
/** Deliveries halted. */
const HALTED: Swatch = { light: "#5C3D00", dark: "#F2D58A" };

/**
 * A delivery fill: a colour, or stripes of it (`hatch`) over `ground` (or the page
 * where none is given); a key names each as well.
 */
export interface DeliveryStyle {
  fill: Swatch;
  hatch: boolean;
  ground?: Swatch;
}

export const DELIVERY_STYLE: Record<DeliveryFill, DeliveryStyle> = {
  flowing: { fill: RUNNING, hatch: false },
  halted_all: { fill: HALTED, hatch: false },
  /** Part halted, part running: stripes of the halt over running deliveries. */
  halted_partly: { fill: HALTED, hatch: true, ground: RUNNING },
  /** Running again as reported, not confirmed: stripes of running deliveries over the page. */
  reported: { fill: RUNNING, hatch: true },
  nato_purchases: { fill: SIDE_COLOR.nato, hatch: false },
};

/** The fill of a stretch of the delivery band: its state, or "reported" where a resumption is only reported. */
export const deliveryFill = (phase: { status: DeliveryState; reported?: unknown }): DeliveryFill =>
  phase.reported ? "reported" : phase.status;

/** Marks that are context at a step: visible, never competing with the highlighted ones. */
export const MUTED: Swatch = { light: "#939393", dark: "#7C7C7C" };

/** The page backgrounds the swatches are checked against (src/style.css: --bg). */
export const BACKGROUND: Swatch = { light: "#ffffff", dark: "#151515" };

/** A swatch as one CSS colour that follows the colour scheme of the element it is used on. */
export function paint(swatch: Swatch): string {
  return `light-dark(${swatch.light}, ${swatch.dark})`;
}

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

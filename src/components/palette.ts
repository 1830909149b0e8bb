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

/** The page backgrounds the swatches are checked against (--bg, see THEME). */
export const BACKGROUND: Swatch = { light: "#ffffff", dark: "#151515" };

/**
 * The page's own colours, light and dark: text, background, secondary text, grid
 * lines, panels, links, the focus ring and the highlighted step. The stylesheet's
 * custom properties (--fg, --bg, …) are generated from these into src/css/theme.css
 * (`npm run theme`; a test fails where the file and this table disagree), each as
 * light-dark(), so that the root's color-scheme picks the set: the reader's scheme
 * on the story, the host's ?theme= on an embed.
 */
export const THEME = {
  fg: { light: "#1a1a1a", dark: "#ececec" },
  bg: BACKGROUND,
  muted: { light: "#595959", dark: "#b0b0b0" },
  grid: { light: "#d9d9d9", dark: "#444444" },
  panel: { light: "#f4f4f2", dark: "#222222" },
  accent: { light: "#0b5cad", dark: "#7fb8f0" },
  focus: { light: "#b3009b", dark: "#ff7ae6" },
  highlight: { light: "#fff2b3", dark: "#2f2f2f" },
} as const satisfies Record<string, Swatch>;

/** The stylesheet of the page's colours (src/css/theme.css), from THEME. */
export function themeCss(): string {
  const lines = Object.entries(THEME).map(([name, swatch]) => `  --${name}: ${paint(swatch)};`);
  return `/* Generated from src/components/palette.ts (THEME) by \`npm run theme\`: edit the palette, not this file. */\n:root {\n${lines.join("\n")}\n}\n`;
}

/** The light value of a colour written with light-dark() (or the colour as it is): for renderers without CSS colour schemes. */
export function lightOf(value: string): string {
  return /^light-dark\(\s*([^,]+?)\s*,/.exec(value)?.[1] ?? value;
}

/** A swatch as one CSS colour that follows the colour scheme of the element it is used on. */
export function paint(swatch: Swatch): string {
  return `light-dark(${swatch.light}, ${swatch.dark})`;
}

/**
 * For build-time rendering without CSS (the social image, rasterised by resvg, which
 * knows no light-dark()): every fill, stroke and color written by paint() or taken from
 * the page's colours (css/theme.css) takes its light value.
 */
export function resolveLightDark(root: Element): void {
  for (const node of [root, ...root.querySelectorAll("[fill], [stroke], [color]")])
    for (const name of ["fill", "stroke", "color"]) {
      const value = node.getAttribute(name);
      if (value) node.setAttribute(name, lightOf(value));
    }
}

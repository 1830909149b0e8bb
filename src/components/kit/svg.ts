/** SVG helpers of the charts: the namespace, margins, coordinates rounded for stable output. */
import type { Selection } from "d3-selection";

export const svgNs = "http://www.w3.org/2000/svg";

/** Space around a chart's plot, px (the margin convention). */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A selection of the chart's <svg> root or of a group in it. */
export type Svg = Selection<SVGSVGElement, undefined, null, undefined>;
export type Group = Selection<SVGGElement, undefined, null, undefined>;

/** A coordinate to a tenth of a pixel: shorter output, the same picture. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function translate(x: number, y: number): string {
  return `translate(${round(x)},${round(y)})`;
}

/**
 * What every mark has besides its picture: a hit target of 24 px that a pointer
 * or a finger can hit (WCAG 2.5.8), the same on every chart.
 */
import type { BaseType, Selection } from "d3-selection";

/** Half of the 24 px a pointer or finger needs to hit a mark. */
export const HIT_RADIUS = 12;

/** Appends each mark's hit target: a circle of HIT_RADIUS, first, under the symbol. */
export function hitTarget<E extends SVGElement, D, P extends BaseType, PD>(
  marks: Selection<E, D, P, PD>,
  className: string,
  fill?: string,
): Selection<SVGCircleElement, D, P, PD> {
  const target = marks.append("circle").attr("class", className).attr("r", HIT_RADIUS);
  return fill ? target.attr("fill", fill) : target;
}

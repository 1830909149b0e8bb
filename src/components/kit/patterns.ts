/**
 * The delivery band's fills in an SVG: a colour from the palette, or for a striped
 * fill a pattern (stripes over its ground, or over the page) defined once per
 * chart with a fixed id, so that the output is deterministic.
 */
import type { Selection } from "d3-selection";
import { DELIVERY_STYLE, paint, type DeliveryFill } from "../palette.js";
import { HATCH_SIZE, HATCH_STRIPE } from "./key.js";

/** The fixed id of a striped fill's pattern: pattern-halted-partly. */
const patternId = (fill: DeliveryFill) => `pattern-${fill.replace(/_/g, "-")}`;

/**
 * Defines a pattern for each striped fill among `used` in `defs`; returns the
 * fill of each as an SVG paint: its colour, or its pattern's url().
 */
export function deliveryFills(
  defs: Selection<SVGDefsElement, undefined, null, undefined>,
  used: readonly DeliveryFill[],
): (fill: DeliveryFill) => string {
  for (const fill of new Set(used)) {
    const style = DELIVERY_STYLE[fill];
    if (!style.hatch) continue;
    const pattern = defs
      .append("pattern")
      .attr("id", patternId(fill))
      .attr("patternUnits", "userSpaceOnUse")
      .attr("width", HATCH_SIZE)
      .attr("height", HATCH_SIZE)
      .attr("patternTransform", "rotate(45)");
    if (style.ground)
      pattern
        .append("rect")
        .attr("width", HATCH_SIZE)
        .attr("height", HATCH_SIZE)
        .attr("fill", paint(style.ground));
    pattern
      .append("rect")
      .attr("width", HATCH_STRIPE)
      .attr("height", HATCH_SIZE)
      .attr("fill", paint(style.fill));
  }
  return (fill) =>
    DELIVERY_STYLE[fill].hatch ? `url(#${patternId(fill)})` : paint(DELIVERY_STYLE[fill].fill);
}

/**
 * A chart's key: what each encoding means, as a list of swatches with labels in
 * HTML (it wraps on a phone), usable by any chart. A swatch is a small SVG drawn
 * from the same palette and symbols as the marks it names; it holds no ids, so
 * that any number of keys can stand on one page.
 */
import { create, type Selection } from "d3-selection";
import { DELIVERY_STYLE, paint, type DeliveryFill, type Swatch } from "../palette.js";
import { el } from "./html.js";
import { symbolPath, type SymbolKind } from "./symbols.js";

export type SwatchSvg = Selection<SVGSVGElement, undefined, null, undefined>;

/** One entry of a key: a swatch and what it means; `attrs` name it for styles and tests (data-status, …). */
export interface KeyItem {
  swatch: SVGSVGElement;
  label: string;
  attrs?: Record<string, string>;
}

/** The key as a list: `<ul class="chart-key …">`, one `<li>` per item, swatch then label. */
export function key(items: KeyItem[], attrs: Record<string, string> = {}): HTMLUListElement {
  const className = ["chart-key", attrs.class].filter(Boolean).join(" ");
  return el(
    "ul",
    { ...attrs, class: className },
    ...items.map((item) => el("li", item.attrs ?? {}, item.swatch, item.label)),
  );
}

/** A swatch `width` × `height` px, hidden from assistive technology (the label says it), drawn by `draw` with 0,0 at its centre. */
export function swatch(
  draw: (svg: SwatchSvg) => void,
  { width = 18, height = 18, className }: { width?: number; height?: number; className?: string } = {},
): SVGSVGElement {
  const svg = create("svg")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `${-width / 2} ${-height / 2} ${width} ${height}`)
    .attr("aria-hidden", "true")
    .attr("focusable", "false");
  if (className) svg.attr("class", className);
  draw(svg);
  return svg.node()!;
}

/** A symbol as the marks draw it: filled, or hollow and dashed (an event that did not take place). */
export function symbolSwatch(
  kind: SymbolKind,
  {
    radius = 6,
    color = "currentColor",
    hollow = false,
    className,
  }: { radius?: number; color?: string; hollow?: boolean; className?: string } = {},
): SVGSVGElement {
  const size = Math.ceil(2 * radius + 6);
  return swatch(
    (svg) =>
      svg
        .append("path")
        .attr("d", symbolPath(kind, radius))
        .attr("fill", hollow ? "none" : color)
        .attr("stroke", color)
        .attr("stroke-width", 1.5)
        .attr("stroke-dasharray", hollow ? "2.5 2" : null),
    { width: size, height: size, className },
  );
}

/** A number as a mark carries it (the call numbers). */
export function numberSwatch(text: string, fontSize = 13): SVGSVGElement {
  return swatch((svg) =>
    svg
      .append("text")
      .attr("text-anchor", "middle")
      .attr("y", 5)
      .attr("font-size", fontSize)
      .attr("font-weight", 700)
      .attr("fill", "currentColor")
      .text(text),
  );
}

/** A small and a large circle: the area of a circle grows with its count. */
export function areaSwatch(): SVGSVGElement {
  return swatch((svg) =>
    svg
      .selectAll("circle")
      .data([
        [-6, 3, 2.5],
        [2.5, 0, 6],
      ])
      .join("circle")
      .attr("cx", ([cx]) => cx)
      .attr("cy", ([, cy]) => cy)
      .attr("r", ([, , r]) => r)
      .attr("fill", "currentColor"),
  );
}

/** Width of a hatch's period and of its stripe, px (as kit/patterns.ts draws them). */
export const HATCH_SIZE = 6;
export const HATCH_STRIPE = 2.5;

/**
 * A stretch of a band in its fill: a colour, or stripes over a ground, drawn as
 * lines (no pattern id, which would have to be unique on the page).
 */
export function fillSwatch(
  style: { fill: Swatch; hatch: boolean; ground?: Swatch },
  { width = 22, height = 14 }: { width?: number; height?: number } = {},
): SVGSVGElement {
  return swatch(
    (svg) => {
      const [x, y] = [-width / 2, -height / 2];
      const ground = style.hatch ? style.ground : style.fill;
      svg
        .append("rect")
        .attr("x", x)
        .attr("y", y)
        .attr("width", width)
        .attr("height", height)
        .attr("fill", ground ? paint(ground) : "none");
      if (!style.hatch) return;
      // Lines at 45°, one period apart across the stripes, cut at the swatch's edges.
      const step = HATCH_SIZE * Math.SQRT2;
      const lines: { x1: number; y1: number; x2: number; y2: number }[] = [];
      for (let offset = -height + step / 2; offset < width; offset += step) {
        const t0 = Math.max(0, -offset / height);
        const t1 = Math.min(1, (width - offset) / height);
        if (t1 > t0)
          lines.push({
            x1: round(x + offset + t0 * height),
            y1: round(y + height - t0 * height),
            x2: round(x + offset + t1 * height),
            y2: round(y + height - t1 * height),
          });
      }
      svg
        .selectAll("line")
        .data(lines)
        .join("line")
        .attr("x1", (line) => line.x1)
        .attr("y1", (line) => line.y1)
        .attr("x2", (line) => line.x2)
        .attr("y2", (line) => line.y2)
        .attr("stroke", paint(style.fill))
        .attr("stroke-width", HATCH_STRIPE);
    },
    { width, height, className: "legend-swatch" },
  );
}

/** A delivery state's swatch, as the delivery band fills it. */
export const deliverySwatch = (fill: DeliveryFill): SVGSVGElement => fillSwatch(DELIVERY_STYLE[fill]);

const round = (value: number) => Math.round(value * 100) / 100;

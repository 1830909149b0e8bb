/**
 * The marks: one focusable group per event (hit target, ring, symbol, call number)
 * or per bin. Colour encodes the counterpart's side, shape the kind of contact.
 */
import type { Selection } from "d3-selection";
import type { StoryEvent } from "../../lib/story.js";
import { hitTarget } from "../kit/marks.js";
import { round, translate } from "../kit/svg.js";
import { symbolPath, type SymbolKind } from "../kit/symbols.js";
import { paint, SIDE_COLOR } from "../palette.js";
import type { Bin, PanelPlan } from "./bins.js";
import type { LaneLayout } from "./lanes.js";
import type { Counterpart } from "./model.js";

/** Colour encodes the counterpart's side, as everywhere on the page. */
export const LANE_COLOR: Record<Counterpart, string> = {
  putin: paint(SIDE_COLOR.russia),
  zelensky: paint(SIDE_COLOR.ukraine),
};

/** Shape encodes the kind of contact. */
export const SHAPE: Partial<Record<StoryEvent["type"], SymbolKind>> = { call: "circle", meeting: "square" };

/** How far the ring of an active mark lies outside its symbol. */
export const RING_OFFSET = 3.5;

/** From the top of a symbol to the baseline of its call number: clear of the ring. */
export const NUMBER_GAP = RING_OFFSET + 2.5;

/** A panel's marks: one per event in its row, or one per bin in the first row of its lane. */
export function drawPanelMarks(
  parent: Selection<SVGGElement, undefined, null, undefined>,
  plan: PanelPlan,
  lane: (counterpart: Counterpart) => number,
  layout: LaneLayout,
): void {
  if (plan.kind === "events") {
    drawMarks(
      parent,
      plan.events,
      plan.x,
      (event) => lane(event.counterpart!) + layout.rowY(plan.rows.get(event.id)!),
      plan.radius,
    );
  } else {
    drawBins(parent, plan.bins, (bin) => lane(bin.counterpart) + layout.rowY(0));
  }
}

/** One focusable group per event: a 24 px hit target, a ring for focus and highlight, the symbol and the call number. */
export function drawMarks(
  parent: Selection<SVGGElement, undefined, null, undefined>,
  events: StoryEvent[],
  x: (event: StoryEvent) => number,
  y: (event: StoryEvent) => number,
  radius: number,
): void {
  const marks = parent
    .selectAll<SVGGElement, StoryEvent>("g.calls-mark")
    .data(events)
    .join("g")
    .attr("class", (event) => `calls-mark calls-mark--${event.counterpart}`)
    .attr("transform", (event) => translate(x(event), y(event)));
  hitTarget(marks, "calls-hit", "transparent");
  marks
    .append("circle")
    .attr("class", "calls-ring")
    .attr("r", radius + RING_OFFSET)
    .attr("fill", "none");
  marks
    .append("path")
    .attr("class", (event) => (event.status === "not_held" ? "calls-symbol is-not-held" : "calls-symbol"))
    .attr("d", (event) => symbolPath(SHAPE[event.type] ?? "circle", radius))
    .attr("fill", (event) => (event.status === "not_held" ? "none" : LANE_COLOR[event.counterpart!]))
    .attr("stroke", (event) => LANE_COLOR[event.counterpart!])
    .attr("stroke-width", 1.5)
    .attr("stroke-dasharray", (event) => (event.status === "not_held" ? "2.5 2" : null));
  marks
    .filter((event) => event.callNumber !== undefined)
    .append("text")
    .attr("class", "calls-number")
    .attr("text-anchor", "middle")
    .attr("y", -radius - NUMBER_GAP)
    .text((event) => String(event.callNumber));
}

/** One focusable group per bin: a 24 px hit target, a ring for focus and highlight, a circle whose area gives the count. */
export function drawBins(
  parent: Selection<SVGGElement, undefined, null, undefined>,
  bins: Bin[],
  y: (bin: Bin) => number,
): void {
  const marks = parent
    .selectAll<SVGGElement, Bin>("g.calls-mark")
    .data(bins)
    .join("g")
    .attr("class", (bin) => `calls-mark calls-bin calls-mark--${bin.counterpart}`)
    .attr("transform", (bin) => translate(bin.x, y(bin)))
    .attr("data-count", (bin) => bin.events.length)
    .attr("data-start", (bin) => bin.start)
    .attr("data-end", (bin) => bin.end);
  hitTarget(marks, "calls-hit", "transparent");
  marks
    .append("circle")
    .attr("class", "calls-ring")
    .attr("r", (bin) => round(bin.radius + RING_OFFSET))
    .attr("fill", "none");
  marks
    .append("circle")
    .attr("class", "calls-symbol calls-bin-symbol")
    .attr("r", (bin) => round(bin.radius))
    .attr("fill", (bin) => LANE_COLOR[bin.counterpart])
    .attr("stroke", (bin) => LANE_COLOR[bin.counterpart])
    .attr("stroke-width", 1.5);
}

/** The lanes, one per counterpart: a label, a rule through the first row of marks, grid lines. */
import type { Selection } from "d3-selection";
import { HIT_RADIUS } from "../kit/marks.js";
import { round, translate } from "../kit/svg.js";
import { LANES, type Counterpart } from "./model.js";

export interface LaneLayout {
  /** Top of each lane, in the order of LANES. */
  offsets: number[];
  height: number;
  /** Centre of a row of marks, from the top of its lane. */
  rowY: (row: number) => number;
}

/** Lane heights: a label, room for the call numbers, then as many rows as each lane needs (`rowCounts`, in the order of LANES). */
export function laneLayout(
  rowCounts: number[],
  radius: number,
  fontSize: number,
  header: number,
): LaneLayout {
  // A row below another leaves room for its call numbers above the ring of the marks in the row above.
  const rowStep = Math.max(2 * HIT_RADIUS, Math.ceil(2 * radius + fontSize + 8));
  const firstRow = header + radius;
  const offsets: number[] = [];
  let top = 0;
  for (const rowCount of rowCounts) {
    offsets.push(top);
    top += firstRow + (rowCount - 1) * rowStep + HIT_RADIUS + 6;
  }
  return { offsets, height: top, rowY: (row) => firstRow + row * rowStep };
}

/** Lane labels, a rule through the first row of marks, and vertical grid lines below the label. */
export function drawLanes(
  parent: Selection<SVGGElement, undefined, null, undefined>,
  lane: (counterpart: Counterpart) => number,
  layout: LaneLayout,
  label: (counterpart: Counterpart) => string,
  fontSize: number,
  innerWidth: number,
  gridX: number[],
): void {
  const lanes = parent
    .append("g")
    .attr("class", "calls-lanes")
    .selectAll("g")
    .data(LANES)
    .join("g")
    .attr("class", (counterpart) => `calls-lane calls-lane--${counterpart}`)
    .attr("data-lane", (counterpart) => counterpart)
    .attr("transform", (counterpart) => translate(0, lane(counterpart)));
  const laneBottom = (counterpart: Counterpart) => {
    const index = LANES.indexOf(counterpart);
    return (index + 1 < LANES.length ? layout.offsets[index + 1] : layout.height) - layout.offsets[index];
  };
  lanes
    .selectAll("line.calls-gridline")
    .data((counterpart) => gridX.map((x) => ({ x, bottom: laneBottom(counterpart) })))
    .join("line")
    .attr("class", "calls-gridline")
    .attr("x1", ({ x }) => round(x))
    .attr("x2", ({ x }) => round(x))
    .attr("y1", fontSize + 6)
    .attr("y2", ({ bottom }) => bottom);
  lanes
    .append("line")
    .attr("class", "calls-lane-rule")
    .attr("x1", 0)
    .attr("x2", innerWidth)
    .attr("y1", layout.rowY(0))
    .attr("y2", layout.rowY(0));
  lanes
    .append("text")
    .attr("class", "calls-lane-label")
    .attr("x", 0)
    .attr("y", fontSize)
    .attr("font-size", fontSize)
    .text(label);
}

/** The weapons decisions: one mark each, a diamond on a stem above the band, with its short date. */
import type { StoryEvent } from "../../lib/story.js";
import { hitTarget } from "../kit/marks.js";
import type { Svg } from "../kit/svg.js";
import { symbolPath } from "../kit/symbols.js";
import { textWidth } from "../kit/text.js";
import type { DeliveryFill } from "../palette.js";
import type { Fill } from "./band.js";
import type { Layout } from "./layout.js";
import type { DeliveriesModel } from "./model.js";
import { DIAMOND_RADIUS, FONT, LEVEL, MARGIN, MARK_LIFT } from "./sizes.js";

export interface PlacedDecision {
  event: StoryEvent;
  x: number;
  level: number;
  /** Bottom of the marks' area: the band's top. */
  baseY: number;
  label: string;
  labelX: number;
}

/** Each decision's x, level, base and label, its label kept inside its panel. */
export function placeDecisions(model: DeliveriesModel, layout: Layout): PlacedDecision[] {
  return model.decisions.map((event, index) => {
    const window = layout.windowOf(event);
    const x = layout.markX(event);
    const label = layout.decisionLabel(event);
    const half = textWidth(label, FONT) / 2;
    const left = window ? window.x : MARGIN.left;
    const right = window ? window.x + window.width : layout.width - MARGIN.right;
    return {
      event,
      x,
      level: layout.levels[index],
      baseY: window ? layout.panel(window).bandTop : layout.overview.bandTop,
      label,
      labelX: Math.max(left + half, Math.min(right - half, x)),
    };
  });
}

/**
 * The state a decision's diamond shows: the state it set, or "reported" where the phase it
 * began is only reported (an announced resumption); none for a decision that set no state.
 */
export function decisionFill(
  event: StoryEvent,
  reportedStarts: ReadonlySet<string>,
): DeliveryFill | undefined {
  if (!event.deliveryStatus) return undefined;
  return reportedStarts.has(event.id) ? "reported" : event.deliveryStatus;
}

/** The decisions: one mark each, in order of date: a stem to the band, a hit target, a diamond, the date. */
export function drawDecisions(
  svg: Svg,
  placed: PlacedDecision[],
  fill: Fill,
  /** The decisions that began a phase that is only reported. */
  reportedStarts: ReadonlySet<string> = new Set(),
) {
  const shows = (event: StoryEvent) => decisionFill(event, reportedStarts);
  const markY = (decision: PlacedDecision) => decision.baseY - MARK_LIFT - LEVEL * decision.level;
  const marks = svg
    .append("g")
    .attr("class", "decisions")
    .selectAll<SVGGElement, StoryEvent>("g")
    .data(placed.map((decision) => decision.event))
    .join("g")
    .attr(
      "class",
      (event) => `decision ${event.deliveryStatus ? `decision-${shows(event)}` : "decision-info"}`,
    )
    .attr("transform", (_, index) => `translate(${placed[index].x},${markY(placed[index])})`);
  marks
    .append("line")
    .attr("class", "decision-stem")
    .attr("y1", 7)
    .attr("y2", (_, index) => placed[index].baseY - markY(placed[index]));
  hitTarget(marks, "hit-target");
  marks
    .append("path")
    .attr("class", "decision-symbol")
    .attr("d", symbolPath("diamond", DIAMOND_RADIUS))
    .attr("fill", (event) => {
      const state = shows(event);
      return state ? fill(state) : null;
    });
  marks
    .append("text")
    .attr("class", "decision-label")
    .attr("x", (_, index) => placed[index].labelX - placed[index].x)
    .attr("y", -10)
    .attr("text-anchor", "middle")
    .attr("font-size", FONT)
    .text((_, index) => placed[index].label);
  return marks;
}

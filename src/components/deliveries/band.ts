/** The band of delivery phases, between two dates: a segment per phase in its fill, labelled inside where it fits. */
import type { ScaleTime } from "d3-scale";
import type { DeliveryPhase } from "../../lib/derive.js";
import { dayOf } from "../kit/days.js";
import type { Group } from "../kit/svg.js";
import { deliveryFill, type DeliveryFill } from "../palette.js";
import { FONT } from "./sizes.js";

/** The paint of a delivery fill: its colour, or its pattern (kit/patterns.ts). */
export type Fill = (fill: DeliveryFill) => string;

/** The phases as segments of a band between `from` and `to`, labelled inside where the label fits. */
export function phaseSegments(
  band: Group,
  phases: DeliveryPhase[],
  dateX: ScaleTime<number, number>,
  [from, to]: [Date, Date],
  [top, height]: [number, number],
  fill: Fill,
  label: (phase: DeliveryPhase, space: number) => string | undefined,
): void {
  const visible = phases
    .map((phase) => {
      const start = dayOf(phase.start) < from ? from : dayOf(phase.start);
      const end = dayOf(phase.end) > to ? to : dayOf(phase.end);
      return { phase, x0: dateX(start), x1: dateX(end), shown: start < end || phase.end === phase.start };
    })
    .filter((segment) => segment.shown);
  band
    .selectAll("rect")
    .data(visible)
    .join("rect")
    .attr("class", ({ phase }) => `phase phase-${phase.status}`)
    .attr("data-status", ({ phase }) => phase.status)
    .attr("data-fill", ({ phase }) => deliveryFill(phase))
    .attr("data-start", ({ phase }) => phase.start)
    .attr("data-end", ({ phase }) => phase.end)
    .attr("x", ({ x0 }) => x0)
    .attr("y", top)
    .attr("width", ({ x0, x1 }) => Math.max(0, x1 - x0))
    .attr("height", height)
    .attr("fill", ({ phase }) => fill(deliveryFill(phase)));
  band
    .selectAll("text")
    .data(phaseLabelPlaces(visible, label))
    .join("text")
    .attr("class", "phase-label")
    .attr("x", ({ x }) => x)
    .attr("y", top + height / 2 + 4)
    .attr("text-anchor", ({ anchor }) => anchor)
    .attr("font-size", FONT)
    .text(({ text }) => text);
}

/**
 * Where each segment's label stands: centred in its segment where it fits; a halt
 * that ended only by an announcement (the next phase is `reported`) whose label does
 * not fit may run on over that next segment (which then goes unlabelled) where a
 * fuller label fits there, so that the days stand with what they count to.
 */
export function phaseLabelPlaces(
  visible: { phase: DeliveryPhase; x0: number; x1: number }[],
  label: (phase: DeliveryPhase, space: number) => string | undefined,
): { text: string; x: number; anchor: "middle" | "start" }[] {
  const places: { text: string; x: number; anchor: "middle" | "start" }[] = [];
  for (let i = 0; i < visible.length; i++) {
    const { phase, x0, x1 } = visible[i];
    const own = label(phase, x1 - x0);
    const next = visible[i + 1];
    const across = phase.halted && next?.phase.reported ? label(phase, next.x1 - x0) : undefined;
    if (across && across.length > (own?.length ?? 0)) {
      places.push({ text: across, x: x0 + 4, anchor: "start" });
      i++;
    } else if (own) places.push({ text: own, x: (x0 + x1) / 2, anchor: "middle" });
  }
  return places;
}

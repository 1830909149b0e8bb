/**
 * The sticky graphic's marks: one per event, drawn once and moved from step to step
 * (a CSS transform, which the graphic's styles animate): a hit area, a dot in the colour
 * of its side, the call number inside a Putin call. A step highlights its events,
 * mutes the rest in view to grey (context) and hides what is out of view.
 */
import type { Selection } from "d3-selection";
import type { SequenceData, SequenceEvent } from "../../lib/story.js";
import { MUTED, paint, SIDE_COLOR, type Side } from "../palette.js";
import { setReachable } from "./interaction.js";
import { rowOf, sideOf } from "./rows.js";
import { translate } from "./scale.js";

export const MARK_RADIUS = 6;
/** Putin calls are larger: their number stands inside. */
export const CALL_RADIUS = 8;
const HIT_RADIUS = 12;

export type Marks = Selection<SVGGElement, SequenceEvent, SVGGElement, undefined>;

/**
 * A side's colour on the marks: the palette's, except "other" (the talks between Russia
 * and Ukraine), which takes the text colour, since grey means only "not in focus".
 */
export const sideColor = (side: Side) => (side === "other" ? "var(--fg)" : paint(SIDE_COLOR[side]));

export const radiusOf = (event: SequenceEvent) =>
  event.counterpart === "putin" && event.callNumber ? CALL_RADIUS : MARK_RADIUS;

export function drawMarks(
  group: Selection<SVGGElement, undefined, null, undefined>,
  data: SequenceData,
): Marks {
  const marks = group
    .selectAll<SVGGElement, SequenceEvent>("g")
    .data(data.events, (d) => d.id)
    .join("g")
    .attr("class", (d) => `sequence-mark${d.status === "not_held" ? " is-not-held" : ""}`)
    .attr("data-event", (d) => d.id)
    .attr("data-row", rowOf);
  marks.append("circle").attr("class", "hit").attr("r", HIT_RADIUS);
  marks
    .append("circle")
    .attr("class", "seq-dot")
    .attr("r", radiusOf)
    .style("--side", (d) => sideColor(sideOf(d, data.actors)))
    .style("--muted", paint(MUTED));
  marks
    .filter((d) => d.counterpart === "putin" && d.callNumber !== undefined)
    .append("text")
    .attr("class", "seq-number")
    .attr("dy", "0.35em")
    .attr("aria-hidden", "true")
    .text((d) => String(d.callNumber));
  return marks as unknown as Marks;
}

/** Marks of one row and day, in date order. */
function sameDay(events: readonly SequenceEvent[]): SequenceEvent[][] {
  const groups = new Map<string, SequenceEvent[]>();
  for (const event of events) {
    const key = `${rowOf(event)} ${event.date}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  return [...groups.values()];
}

/** Marks of one row and day side by side, centred on the day: their offsets in mark widths. */
export function dodge(events: readonly SequenceEvent[]): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const group of sameDay(events))
    group.forEach((event, i) => offsets.set(event.id, i - (group.length - 1) / 2));
  return offsets;
}

/** The most marks of one row on one day. */
export const widestDay = (events: readonly SequenceEvent[]) =>
  Math.max(1, ...sameDay(events).map((group) => group.length));

/** Each mark to its place at this step; a mark whose row the step does not show keeps its place, hidden. */
export function moveMarks(
  marks: Marks,
  layout: { position: (d: SequenceEvent) => { x: number; y: number } | undefined },
): void {
  marks
    .filter((d) => layout.position(d) !== undefined)
    .style("transform", (d) => {
      const p = layout.position(d)!;
      return translate(p.x, p.y);
    });
}

/**
 * Highlighted, context or out of view: the classes, names and state of every mark
 * (moveMarks places them); returns the ids of the marks in view, in reading order.
 */
export function styleMarks(
  marks: Marks,
  focus: ReadonlySet<string>,
  first: string | undefined,
  layout: {
    position: (d: SequenceEvent) => { x: number; y: number } | undefined;
    isVisible: (d: SequenceEvent) => boolean;
  },
  name: (d: SequenceEvent) => string,
): string[] {
  marks
    .classed("is-active", (d) => focus.has(d.id))
    .classed("is-context", (d) => focus.size > 0 && !focus.has(d.id))
    .classed("is-hidden", (d) => !layout.isVisible(d))
    .attr("aria-current", (d) => (focus.has(d.id) ? "true" : null))
    .attr("aria-label", name);
  const reachable = marks
    .data()
    .filter(layout.isVisible)
    .sort((a, b) => layout.position(a)!.x - layout.position(b)!.x)
    .map((event) => event.id);
  setReachable(marks, reachable, first);
  return reachable;
}

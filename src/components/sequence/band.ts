/**
 * The band of US deliveries in the weapons row: running, all halted, partly
 * halted, reported running again, NATO purchases, in the palette's delivery fills
 * (kit/patterns.ts), from the derived delivery phases; each halt labelled with its length in days. Its
 * labels are placed together with the direct labels (placement.ts), so that no
 * label or leader line crosses them.
 */
import type { Selection } from "d3-selection";
import type { DeliveryPhase, HaltPeriod } from "../../lib/derive.js";
import type { Lang } from "../../lib/format.js";
import { phaseLabels } from "../phase-labels.js";
import { deliveryFill, type DeliveryFill } from "../palette.js";
import { textWidth, type Box, type LabelRequest, type PlacedLabel } from "./placement.js";
import { midday, translate } from "./scale.js";

export const BAND_HEIGHT = 10;
const LABEL_GAP = 4;
const SHORTER_TEXT_COST = 10;
const LOWER_LINE_COST = 25;

interface Segment extends DeliveryPhase {
  x0: number;
  x1: number;
  /** Its labels, longest first. */
  texts: string[];
}

/** A label of the band: its segment's texts at positions of their own, for the label placement. */
export interface BandLabelRequest extends LabelRequest {
  status: DeliveryPhase["status"];
  /** A halt, an announced reversal or NATO purchases: labelled wherever it fits; running deliveries only inside their segment. */
  isHalt: boolean;
  /** Deliveries halted, fully or partly: its label gives the days. */
  halted: boolean;
}

/** The phases in view with their x extent and label text. */
function segments(
  phases: readonly DeliveryPhase[],
  halts: readonly HaltPeriod[],
  x: (date: Date) => number,
  [left, right]: [number, number],
  lang: Lang,
): Segment[] {
  return phases
    .map((phase) => ({
      ...phase,
      // From the day of the decision that began it to the day of the one that ended it, as their marks stand.
      x0: Math.max(left, x(midday(phase.start))),
      x1: Math.min(right, x(midday(phase.end))),
      texts: phaseLabels(phase, phases, halts, lang, ": "),
    }))
    .filter((segment) => segment.x1 - segment.x0 > 0.5);
}

/**
 * Where a segment's label may stand, best first: under the band, each text (longest
 * first) centred on the segment, then ending at its end, then starting at its start;
 * a halt's length also one line lower, where a direct label needs the place under the band.
 * A shorter text costs more than another place.
 */
function bandCandidates(
  segment: Segment,
  y: number,
  [left, right]: [number, number],
  fontSize: number,
): { box: Box; lines: string[]; cost: number }[] {
  const height = fontSize + 4;
  const isHalt = segment.status !== "flowing" || segment.reported !== undefined;
  const inset = 3;
  // The second line clears a direct label under the band: for a halt's length only.
  const lines = segment.halted ? [y, y + height + 5] : [y];
  return lines.flatMap((top, line) =>
    segment.texts.flatMap((text, index) => {
      const width = textWidth(text, fontSize, "regular");
      if (width > right - left || (!isHalt && width > segment.x1 - segment.x0)) return [];
      const lefts = [(segment.x0 + segment.x1 - width) / 2, segment.x1 - inset - width, segment.x0 + inset];
      return lefts.map((x, align) => ({
        box: { x: Math.max(left, Math.min(right - width, x)), y: top, width, height },
        lines: [text],
        cost: index * SHORTER_TEXT_COST + align + line * LOWER_LINE_COST,
      }));
    }),
  );
}

/** The band itself, which labels keep clear of. */
export const bandBox = (y: number, [left, right]: [number, number]): Box => ({
  x: left,
  y: y - BAND_HEIGHT / 2,
  width: right - left,
  height: BAND_HEIGHT,
});

/** Draws the band's segments; returns its labels as requests for the label placement. */
export function drawBand(
  group: Selection<SVGGElement, undefined, null, undefined>,
  fill: (fill: DeliveryFill) => string,
  data: { phases: readonly DeliveryPhase[]; halts: readonly HaltPeriod[] },
  geometry: { x: (date: Date) => number; range: [number, number]; y: number; fontSize: number },
  lang: Lang,
): BandLabelRequest[] {
  const list = segments(data.phases, data.halts, geometry.x, geometry.range, lang);
  group
    .selectAll("rect")
    .data(list, (d) => (d as Segment).start)
    .join("rect")
    .attr("x", (d) => d.x0.toFixed(1))
    .attr("width", (d) => (d.x1 - d.x0).toFixed(1))
    .attr("y", geometry.y - BAND_HEIGHT / 2)
    .attr("height", BAND_HEIGHT)
    .attr("fill", (d) => fill(deliveryFill(d)))
    .attr("data-status", (d) => d.status);
  const top = geometry.y + BAND_HEIGHT / 2 + LABEL_GAP;
  return list.map((segment) => ({
    id: `band-${segment.start}`,
    x: (segment.x0 + segment.x1) / 2,
    y: geometry.y,
    texts: segment.texts.map((text) => [text]),
    status: segment.status,
    isHalt: segment.status !== "flowing" || segment.reported !== undefined,
    halted: segment.halted,
    fixed: bandCandidates(segment, top, geometry.range, geometry.fontSize),
  }));
}

/** The band's labels where the placement put them; a label kept from the step before moves there. */
export function drawBandLabels(
  group: Selection<SVGGElement, undefined, null, undefined>,
  requests: readonly BandLabelRequest[],
  placed: readonly PlacedLabel[],
): void {
  const status = new Map(requests.map((request) => [request.id, request.status]));
  group
    .selectAll("text")
    .data(
      placed.filter((label) => status.has(label.id)),
      (d) => (d as PlacedLabel).id,
    )
    .join("text")
    .attr("class", (d) => `seq-band-label is-${status.get(d.id)}`)
    .style("transform", (d) => translate(d.x + 2, d.y + d.height - 4))
    .text((d) => d.lines[0]);
}

/**
 * The band of US deliveries in the weapons row: running, all halted, partly
 * halted, NATO purchases, as greys with hatching from the palette, from the
 * derived delivery phases; each halt labelled with its length in days.
 */
import type { Selection } from "d3-selection";
import type { DeliveryPhase, HaltPeriod } from "../../lib/derive.js";
import type { Lang } from "../../lib/format.js";
import { phaseLabels } from "../phase-labels.js";
import { DELIVERY_STYLE, paint } from "../palette.js";
import { textWidth, type Box } from "./placement.js";
import { toDate } from "./scale.js";

export const BAND_HEIGHT = 10;
const LABEL_GAP = 4;
const HATCH_SIZE = 6;

let patternCount = 0;

/** The hatch of the partial halt, once per graphic; returns its url(). */
export function hatchPattern(defs: Selection<SVGDefsElement, undefined, null, undefined>): string {
  const id = `sequence-hatch-${++patternCount}`;
  const pattern = defs
    .append("pattern")
    .attr("id", id)
    .attr("patternUnits", "userSpaceOnUse")
    .attr("width", HATCH_SIZE)
    .attr("height", HATCH_SIZE)
    .attr("patternTransform", "rotate(45)");
  pattern
    .append("rect")
    .attr("width", HATCH_SIZE)
    .attr("height", HATCH_SIZE)
    .attr("fill", paint(DELIVERY_STYLE.flowing.fill));
  pattern
    .append("rect")
    .attr("width", HATCH_SIZE / 2)
    .attr("height", HATCH_SIZE)
    .attr("fill", paint(DELIVERY_STYLE.halted_partly.fill));
  return `url(#${id})`;
}

interface Segment extends DeliveryPhase {
  x0: number;
  x1: number;
  /** Its labels, longest first. */
  texts: string[];
}

export interface BandLabel extends Box {
  text: string;
  status: DeliveryPhase["status"];
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
      x0: Math.max(left, x(toDate(phase.start))),
      x1: Math.min(right, x(toDate(phase.end))),
      texts: phaseLabels(phase, phases, halts, lang, ": "),
    }))
    .filter((segment) => segment.x1 - segment.x0 > 0.5);
}

/** Labels under the band: the halts first and wherever they fit (the longest text that does), the others only inside their segment. */
function bandLabels(
  list: Segment[],
  y: number,
  [left, right]: [number, number],
  fontSize: number,
): BandLabel[] {
  const labels: BandLabel[] = [];
  // Halts and NATO purchases are labelled wherever they fit; running deliveries only inside their segment.
  const isHalt = (segment: Segment) => segment.status !== "flowing" || segment.reported !== undefined;
  for (const segment of [...list.filter(isHalt), ...list.filter((s) => !isHalt(s))]) {
    const box = segment.texts
      .map((text) => labelBox(segment, text, y, [left, right], fontSize))
      .find(
        (box) =>
          box.width <= right - left &&
          (isHalt(segment) || box.width <= segment.x1 - segment.x0) &&
          labels.every((other) => box.x + box.width + 6 < other.x || other.x + other.width + 6 < box.x),
      );
    if (box) labels.push(box);
  }
  return labels;
}

/** A label's box under its segment's centre, kept inside the range. */
function labelBox(
  segment: Segment,
  text: string,
  y: number,
  [left, right]: [number, number],
  fontSize: number,
): BandLabel {
  const width = textWidth(text, fontSize, "regular");
  const centre = (segment.x0 + segment.x1) / 2;
  return {
    x: Math.max(left, Math.min(right - width, centre - width / 2)),
    y,
    width,
    height: fontSize + 4,
    text,
    status: segment.status,
  };
}

/** The band itself, which labels keep clear of. */
export const bandBox = (y: number, [left, right]: [number, number]): Box => ({
  x: left,
  y: y - BAND_HEIGHT / 2,
  width: right - left,
  height: BAND_HEIGHT,
});

export function drawBand(
  group: Selection<SVGGElement, undefined, null, undefined>,
  hatch: string,
  data: { phases: readonly DeliveryPhase[]; halts: readonly HaltPeriod[] },
  geometry: { x: (date: Date) => number; range: [number, number]; y: number; fontSize: number },
  lang: Lang,
): BandLabel[] {
  const list = segments(data.phases, data.halts, geometry.x, geometry.range, lang);
  const fill = (status: DeliveryPhase["status"]) =>
    DELIVERY_STYLE[status].hatch ? hatch : paint(DELIVERY_STYLE[status].fill);
  group
    .selectAll("rect")
    .data(list)
    .join("rect")
    .attr("x", (d) => d.x0.toFixed(1))
    .attr("width", (d) => (d.x1 - d.x0).toFixed(1))
    .attr("y", geometry.y - BAND_HEIGHT / 2)
    .attr("height", BAND_HEIGHT)
    .attr("fill", (d) => fill(d.status))
    .attr("data-status", (d) => d.status);
  const labels = bandLabels(
    list,
    geometry.y + BAND_HEIGHT / 2 + LABEL_GAP,
    geometry.range,
    geometry.fontSize,
  );
  group
    .selectAll("text")
    .data(labels)
    .join("text")
    .attr("class", (d) => `seq-band-label is-${d.status}`)
    .attr("x", (d) => d.x + 2)
    .attr("y", (d) => d.y + d.height - 4)
    .text((d) => d.text);
  return labels;
}

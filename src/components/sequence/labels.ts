/**
 * The direct labels of a step's events and the labels of the delivery band, placed
 * together (placement.ts) and drawn: each label beside its mark or tied to it by a
 * leader whose ends touch both. A label kept from the step before moves to its new
 * place; a new one fades in.
 */
import type { Selection } from "d3-selection";
import type { Lang } from "../../lib/format.js";
import type { SequenceEvent } from "../../lib/story.js";
import { drawBandLabels, type BandLabelRequest } from "./band.js";
import { CALL_RADIUS, radiusOf } from "./marks.js";
import { shorterLabels } from "./names.js";
import { placementSearch, type Box, type LabelRequest, type PlacedLabel } from "./placement.js";
import { translate } from "./scale.js";

export const FONT_SIZE = 12;
export const LINE_HEIGHT = 14;

type Group = Selection<SVGGElement, undefined, null, undefined>;

/** A label's placed box is an estimate, wider than its text: the text keeps to the box's side nearest its mark. */
const TEXT_INSET = 2;
function textAnchor(label: PlacedLabel): { anchor: "start" | "middle" | "end"; x: number } {
  const third = label.width / 3;
  if (label.anchor.x < label.x + third) return { anchor: "start", x: label.x + TEXT_INSET };
  if (label.anchor.x > label.x + 2 * third) return { anchor: "end", x: label.x + label.width - TEXT_INSET };
  return { anchor: "middle", x: label.x + label.width / 2 };
}

/** The width of a leader: wide enough to see at a glance, thin beside the marks. */
const LEADER_WIDTH = 2;

/** The labels' lines, with a halo, and leaders where a label stands away from its mark. */
function drawLabels(labels: Group, leaders: Group, placed: PlacedLabel[]) {
  labels
    .selectAll<SVGGElement, PlacedLabel>("g")
    .data(placed, (d) => d.id)
    .join((enter) => enter.append("g").call((g) => g.append("text")))
    .style("transform", (d) => translate(textAnchor(d).x, d.y + LINE_HEIGHT - 3))
    .select("text")
    .attr("data-event", (d) => d.id)
    .attr("text-anchor", (d) => textAnchor(d).anchor)
    .selectAll("tspan")
    .data((d) => d.lines.map((line, index) => ({ line, index })))
    .join("tspan")
    .attr("x", 0)
    .attr("dy", (d) => (d.index === 0 ? 0 : LINE_HEIGHT))
    .text((d) => d.line);
  // A leader is a thin rectangle from the mark's edge to the label's.
  leaders
    .selectAll("rect")
    .data(
      placed.filter((d) => d.leader).map((d) => ({ id: d.id, ...d.leader! })),
      (d) => (d as { id: string }).id,
    )
    .join("rect")
    .attr("data-leader", (d) => d.id)
    .attr("x", (d) => (d.x - LEADER_WIDTH / 2).toFixed(1))
    .attr("y", (d) => Math.min(d.y1, d.y2).toFixed(1))
    .attr("width", LEADER_WIDTH)
    .attr("height", (d) => Math.abs(d.y2 - d.y1).toFixed(1));
}

/**
 * The orders in which the labels may be placed, and what leaving one out costs: an
 * event's label most, a halt's length less, an announcement or NATO purchases less
 * again, a running phase's label nothing. The halts go before or after the events
 * (in the step's order, by time either way, the news first); the rest come last.
 */
function labelOrders(events: LabelRequest[], band: BandLabelRequest[]) {
  const halted = band.filter((request) => request.halted);
  const optional = band.filter((request) => request.isHalt && !request.halted);
  const others = band.filter((request) => !request.isHalt);
  const weights = new Map(band.map((request) => [request.id, request.halted ? 100 : request.isHalt ? 8 : 0]));
  const byX = [...events].sort((a, b) => a.x - b.x);
  const newsFirst = [...byX].sort((a, b) => (b.importance ?? 1) - (a.importance ?? 1));
  const orders = [events, byX, [...byX].reverse(), newsFirst].flatMap((order) => [
    [...halted, ...order, ...optional, ...others],
    [...order, ...halted, ...optional, ...others],
  ]);
  return { orders, weight: (id: string) => weights.get(id) ?? 1000 };
}

export interface LabelFrame {
  /** Where labels may stand. */
  bounds: Box;
  /** Text: neither labels nor leaders cross it. */
  obstacles: Box[];
  /** The band and marks: labels keep clear of them. */
  soft: Box[];
  bandLabels: BandLabelRequest[];
}

/**
 * Direct labels of the step's events in view and the band's labels, placed together:
 * the band's halts first or the events first, the events in the step's order or by
 * time, whichever leaves the reader more (every event labelled, the halts' lengths,
 * no leader across a mark, fewer leaders, whole texts). The search pauses after each
 * try (placement.ts placementSearch); the labels are drawn when it ends.
 */
export function* labelStep(
  layer: { labels: Group; leaders: Group; band: Group },
  shown: readonly SequenceEvent[],
  /** The muted marks in view: labels keep clear of them too, so that no text runs over a grey dot. */
  context: readonly SequenceEvent[],
  text: (d: SequenceEvent) => string,
  at: {
    position: (d: SequenceEvent) => { x: number; y: number };
    rowSpan: (d: SequenceEvent) => [number, number] | undefined;
  },
  frame: LabelFrame,
  lang: Lang,
  months: readonly string[],
): Generator<void, void> {
  const marksAsBoxes = [...shown, ...context].map((d) => {
    const p = at.position(d);
    const r = radiusOf(d) + 1;
    return { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r };
  });
  // The latest event is the step's news: its label is the last to be shortened.
  const latest = shown.reduce((max, d) => (d.date > max ? d.date : max), "");
  const events: LabelRequest[] = shown.map((d) => ({
    id: d.id,
    ...at.position(d),
    texts: [[text(d)], ...shorterLabels(d, text(d), lang, months).map((short) => [short])],
    importance: d.date === latest ? 3 : 1,
    row: at.rowSpan(d),
    radius: radiusOf(d),
  }));
  const options = {
    bounds: frame.bounds,
    obstacles: frame.obstacles,
    soft: [...frame.soft, ...marksAsBoxes],
    fontSize: FONT_SIZE,
    lineHeight: LINE_HEIGHT,
    markRadius: CALL_RADIUS,
  };
  // A band label that would repeat a direct label word for word says nothing new.
  const said = new Set(events.map((request) => request.texts[0][0]));
  const band = frame.bandLabels
    .map((request) => ({ ...request, fixed: request.fixed!.filter(({ lines }) => !said.has(lines[0])) }))
    .filter((request) => request.fixed.length > 0);
  const { orders, weight } = labelOrders(events, band);
  const isEvent = new Set(events.map((request) => request.id));
  const placed = yield* placementSearch(orders, options, weight);
  drawLabels(
    layer.labels,
    layer.leaders,
    placed.filter((label) => isEvent.has(label.id)),
  );
  drawBandLabels(layer.band, frame.bandLabels, placed);
}

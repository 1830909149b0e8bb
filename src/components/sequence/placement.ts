/**
 * Greedy placement of direct labels: each label, in order of importance, takes
 * the first candidate position (above its mark, then below, then further up
 * or down with a leader line, then beside it) that stays inside the graphic
 * and overlaps neither a label or leader placed before nor an obstacle (row
 * labels, the band's labels, marks, the band). Where the whole text fits
 * nowhere, its wrapped form or its short form is tried. A leader line never
 * crosses text: it crosses a mark or the band only where nothing else fits.
 * Labels with positions of their own (the band's) take the first of them
 * that is free. Pure: text widths are estimated, never measured, so that it
 * runs the same in the browser and at build time.
 */
import { untilDone } from "./schedule.js";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The centre of the labelled mark. */
  x: number;
  y: number;
  /** Candidate texts, best first; each a list of lines. */
  texts: string[][];
  /** How much a shorter text costs here, as a multiple (the step's news: more). */
  importance?: number;
  /** Fixed positions instead of those around the mark, best first, each with its text and cost (no leader line). */
  fixed?: { box: Box; lines: string[]; cost: number }[];
  /** The top and bottom of the mark's row: a label outside it could be read as another row's. */
  row?: [number, number];
  /** The mark's own radius, where its leader should end (else the options' markRadius). */
  radius?: number;
}

/** A vertical leader line from the edge of a mark to the edge of its label. */
export interface Leader {
  x: number;
  y1: number;
  y2: number;
}

export interface PlacedLabel extends Box {
  id: string;
  lines: string[];
  anchor: { x: number; y: number };
  /** Set where the label stands away from its mark: draw this line to it. */
  leader?: Leader;
  /** Set where the leader had to cross a mark or the band. */
  crossing?: boolean;
  /** What its form costs: 0 the whole first text, more for a wrapped or a shorter text. */
  form: number;
}

export interface PlacementOptions {
  bounds: Box;
  /** Text: neither labels nor leader lines cross it. */
  obstacles: Box[];
  /** Marks and the band: labels keep clear of them; leader lines too where they can. */
  soft?: Box[];
  fontSize: number;
  lineHeight: number;
  /** Room around a mark that its label keeps clear of. */
  markRadius: number;
  /** Where a label prefers to stand: centred over its mark, ending at it or starting at it. */
  align?: Alignment;
  /** Try a text in two lines before the whole line. */
  wrapFirst?: boolean;
}

export type Alignment = "centre" | "end" | "start";
const ALIGNMENTS: readonly Alignment[] = ["centre", "end", "start"];

/** Wider than the usual glyphs of the system fonts (bold, regular), so that estimates never fall short. */
const CHAR_WIDTH_EM = { bold: 0.64, regular: 0.58 };
const PADDING = 2;
const GAP = 3;
/** How many label heights further up (or down) a label may go, with a leader line. */
const MAX_LEVEL = 4;

export function textWidth(text: string, fontSize: number, weight: "bold" | "regular" = "bold"): number {
  return Math.ceil(text.length * fontSize * CHAR_WIDTH_EM[weight]) + 2 * PADDING;
}

export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (box: Box, bounds: Box) =>
  box.x >= bounds.x &&
  box.y >= bounds.y &&
  box.x + box.width <= bounds.x + bounds.width &&
  box.y + box.height <= bounds.y + bounds.height;

/** A text in two lines, broken at the space nearest its middle; none where it has no space. */
export function wrapInTwo(text: string): string[] | undefined {
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index!);
  if (spaces.length === 0) return undefined;
  const middle = text.length / 2;
  const at = spaces.reduce((best, index) =>
    Math.abs(index - middle) < Math.abs(best - middle) ? index : best,
  );
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Candidate boxes for a label of this size, best first. */
function candidates(request: LabelRequest, width: number, height: number, options: PlacementOptions): Box[] {
  const { x, y } = request;
  const r = options.markRadius;
  const { bounds } = options;
  const left = { centre: x - width / 2, start: x - PADDING - 4, end: x - width + PADDING + 4 };
  const first = options.align ?? "centre";
  const lefts = [first, ...ALIGNMENTS.filter((align) => align !== first)].map((align) => left[align]);
  const boxes: Box[] = [];
  // Keep a box that sticks out of the graphic inside it, at the same height.
  const clamp = (left: number) => Math.max(bounds.x, Math.min(bounds.x + bounds.width - width, left));
  for (let level = 0; level <= MAX_LEVEL; level++) {
    const above = y - r - GAP - height - level * (height + GAP);
    const below = y + r + GAP + level * (height + GAP);
    for (const top of [above, below])
      for (const left of lefts) boxes.push({ x: clamp(left), y: top, width, height });
    if (level === 0) {
      boxes.push({ x: x + r + GAP, y: y - height / 2, width, height });
      boxes.push({ x: x - r - GAP - width, y: y - height / 2, width, height });
    }
  }
  return boxes;
}

/** A leader line as a box two pixels wide (as drawn), for the overlap tests. */
export const leaderBox = (line: Leader): Box => ({
  x: line.x - 1,
  y: Math.min(line.y1, line.y2),
  width: 2,
  height: Math.abs(line.y2 - line.y1),
});

/** The vertical leader from the edge of a mark to its label. */
function leaderTo(request: LabelRequest, box: Box, room: number): Leader {
  const markRadius = request.radius ?? room;
  const x = Math.max(box.x, Math.min(box.x + box.width, request.x));
  return box.y > request.y
    ? { x, y1: request.y + markRadius + 1, y2: box.y }
    : { x, y1: request.y - markRadius - 1, y2: box.y + box.height };
}

/** Places the labels in the order given; each placed label and leader is an obstacle for the next. */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...options.obstacles];
  for (const request of requests) {
    const label = request.fixed ? placeFixed(request, taken, options) : placeOne(request, taken, options);
    if (!label) continue;
    placed.push(label);
    taken.push(label);
    if (label.leader) taken.push(leaderBox(label.leader));
  }
  return placed;
}

/**
 * The best of several greedy placements: each order of the requests with each
 * preferred alignment; the first that costs nothing ends the search.
 */
export function placeBest(
  orders: readonly (readonly LabelRequest[])[],
  options: PlacementOptions,
  weight?: (id: string) => number,
): PlacedLabel[] {
  return untilDone(placementSearch(orders, options, weight));
}

/**
 * placeBest's search, pausing after each greedy placement: a browser can spread it over
 * several short tasks (sequence/schedule.ts), and it ends with the same labels.
 */
export function* placementSearch(
  orders: readonly (readonly LabelRequest[])[],
  options: PlacementOptions,
  weight?: (id: string) => number,
): Generator<void, PlacedLabel[]> {
  let best: { placed: PlacedLabel[]; cost: number } | undefined;
  const distinct = new Map(orders.map((order) => [order.map((request) => request.id).join(" "), order]));
  // Where no placement with whole lines comes cheap, wrapped lines are tried first.
  const variants = ALIGNMENTS.map((align) => ({ align, wrapFirst: false }));
  for (const variant of [...variants, ...variants.map((v) => ({ ...v, wrapFirst: true }))]) {
    if (variant.wrapFirst && best && best.cost < WRAP_FIRST_ABOVE) break;
    for (let order of distinct.values())
      // A label left out goes first in a second try.
      for (let attempt = 0; attempt < 3; attempt++) {
        const placed = placeLabels(order, { ...options, ...variant });
        const cost = placementCost(order, placed, weight);
        if (!best || cost < best.cost) best = { placed, cost };
        if (cost === 0) return placed;
        yield;
        const shown = new Set(placed.map((label) => label.id));
        const missing = order.filter((request) => !shown.has(request.id) && !request.fixed);
        if (missing.length === 0) break;
        order = [...missing, ...order.filter((request) => !missing.includes(request))];
      }
  }
  return best?.placed ?? [];
}

const CROSSING_COST = 20;
const SHORTER_COST = 10;
const LEADER_COST = 2;
/** A leader line costs one more for every this many pixels of its length. */
const LEADER_PX = 15;
const WRAPPED_COST = 2;
const AMBIGUOUS_COST = 5;
/** Above this cost, a placement with wrapped texts first is tried too. */
const WRAP_FIRST_ABOVE = 10;
const OUTSIDE_ROW_COST = 20;

/** A label (not its leader) that leaves its mark's row. */
function outsideRow(label: PlacedLabel, requests: readonly LabelRequest[]): boolean {
  const row = requests.find((request) => request.id === label.id)?.row;
  return row !== undefined && (label.y < row[0] - 1 || label.y + label.height > row[1] + 1);
}

/** A label beside its mark that also stands over another labelled mark of its row could be read as that mark's. */
function ambiguity(label: PlacedLabel, requests: readonly LabelRequest[]): number {
  if (label.leader) return 0;
  return requests.filter(
    (other) =>
      !other.fixed &&
      other.id !== label.id &&
      Math.abs(other.y - label.anchor.y) < 1 &&
      other.x > label.x &&
      other.x < label.x + label.width,
  ).length;
}

/** What a placement costs the reader, lowest best: missing labels first, then leaders across marks, shortened texts, labels over other marks, leaders. */
export function placementCost(
  requests: readonly LabelRequest[],
  placed: readonly PlacedLabel[],
  weight: (id: string) => number = () => 1000,
) {
  const shown = new Set(placed.map((label) => label.id));
  return (
    requests
      .filter((request) => !shown.has(request.id))
      .reduce((sum, request) => sum + weight(request.id), 0) +
    placed.reduce(
      (sum, label) =>
        sum +
        (label.crossing ? CROSSING_COST : 0) +
        (label.leader ? LEADER_COST + Math.abs(label.leader.y2 - label.leader.y1) / LEADER_PX : 0) +
        label.form +
        AMBIGUOUS_COST * ambiguity(label, requests) +
        (outsideRow(label, requests) ? OUTSIDE_ROW_COST : 0),
      0,
    )
  );
}

/** Inside the bounds and, with a word space around it, clear of what is taken and of the marks and band. */
function free(box: Box, taken: readonly Box[], options: PlacementOptions): boolean {
  if (!inside(box, options.bounds)) return false;
  const around = padded(box);
  return (
    !taken.some((other) => overlaps(around, other)) && !options.soft?.some((other) => overlaps(around, other))
  );
}

/** The first of a label's own positions that is free. */
function placeFixed(request: LabelRequest, taken: Box[], options: PlacementOptions): PlacedLabel | undefined {
  const index = request.fixed!.findIndex(({ box }) => free(box, taken, options));
  if (index < 0) return undefined;
  const { box, lines, cost } = request.fixed![index];
  return { ...box, id: request.id, lines, anchor: { x: request.x, y: request.y }, form: cost };
}

/** Each form of the text in turn (whole, wrapped, short): first where its leader crosses nothing, else only marks or the band. */
function placeOne(request: LabelRequest, taken: Box[], options: PlacementOptions): PlacedLabel | undefined {
  // A wrapped text costs less than a leader line; a shorter text more.
  const forms = request.texts.flatMap((lines, index) => {
    const wrapped = lines.length === 1 ? wrapInTwo(lines[0]) : undefined;
    const form = { lines, cost: index * SHORTER_COST * (request.importance ?? 1) };
    if (!wrapped) return [form];
    const two = { lines: wrapped, cost: form.cost + WRAPPED_COST };
    return options.wrapFirst ? [two, form] : [form, two];
  });
  for (const { lines, cost: form } of forms) {
    const placed = placeForm(request, lines, taken, options);
    if (placed) return { ...placed, form };
  }
  return undefined;
}

/** Labels side by side keep a word space apart, so that two never read as one. */
const LABEL_SPACING = 8;
const padded = (box: Box): Box => ({
  x: box.x - LABEL_SPACING / 2,
  y: box.y - 1,
  width: box.width + LABEL_SPACING,
  height: box.height + 2,
});

/**
 * The first candidate for this text that is free and beside its mark or tied to it by a
 * leader that crosses nothing; failing that, the first whose leader crosses only a mark
 * or the band.
 */
function placeForm(
  request: LabelRequest,
  lines: string[],
  taken: Box[],
  options: PlacementOptions,
): Omit<PlacedLabel, "form"> | undefined {
  const width = Math.max(...lines.map((line) => textWidth(line, options.fontSize)));
  const height = lines.length * options.lineHeight;
  let acrossMarks: Omit<PlacedLabel, "form"> | undefined;
  for (const box of candidates(request, width, height, options)) {
    if (!free(box, taken, options)) continue;
    const near =
      Math.abs(box.y + box.height - (request.y - options.markRadius - GAP)) < 1 ||
      Math.abs(box.y - (request.y + options.markRadius + GAP)) < 1 ||
      Math.abs(box.y + box.height / 2 - request.y) < 1;
    const label = { ...box, id: request.id, lines, anchor: { x: request.x, y: request.y } };
    if (near) return label;
    // A leader line crosses no text; a mark or the band only where nothing else fits.
    const leader = leaderTo(request, box, options.markRadius);
    const line = leaderBox(leader);
    if (taken.some((other) => overlaps(line, other))) continue;
    if (!options.soft?.some((other) => overlaps(line, other))) return { ...label, leader };
    acrossMarks ??= { ...label, leader, crossing: true };
  }
  return acrossMarks;
}

/**
 * Greedy placement of direct labels: each label, in order of importance, takes
 * the first candidate position (above its mark, then below, then further up
 * or down with a leader line, then beside it) that stays inside the graphic
 * and overlaps neither a label placed before nor an obstacle (marks, row
 * labels). Where the whole text fits nowhere, its wrapped form or its short
 * form is tried. Pure: text widths are estimated, never measured, so that it
 * runs the same in the browser and at build time.
 */
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
}

export interface PlacedLabel extends Box {
  id: string;
  lines: string[];
  anchor: { x: number; y: number };
  /** Set where the label stands away from its mark: draw a line to it. */
  leader: boolean;
}

export interface PlacementOptions {
  bounds: Box;
  obstacles: Box[];
  fontSize: number;
  lineHeight: number;
  /** Room around a mark that its label keeps clear of. */
  markRadius: number;
}

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
  const lefts = [x - width / 2, x - PADDING - 4, x - width + PADDING + 4];
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

/** The thin box of a vertical leader from the edge of a mark to its label. */
function leaderBox(request: LabelRequest, box: Box, markRadius: number): Box {
  const x = Math.max(box.x, Math.min(box.x + box.width, request.x));
  const from = box.y > request.y ? request.y + markRadius + 1 : box.y + box.height;
  const to = box.y > request.y ? box.y : request.y - markRadius - 1;
  return { x: x - 0.5, y: from, width: 1, height: Math.max(0, to - from) };
}

export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...options.obstacles];
  for (const request of requests) {
    const label = placeOne(request, taken, options);
    if (!label) continue;
    placed.push(label);
    taken.push(label);
  }
  return placed;
}

/** Each form of the text in turn (whole, wrapped, short): first where its leader crosses nothing, else anywhere. */
function placeOne(request: LabelRequest, taken: Box[], options: PlacementOptions): PlacedLabel | undefined {
  const forms = request.texts.flatMap((lines) => {
    const wrapped = lines.length === 1 ? wrapInTwo(lines[0]) : undefined;
    return wrapped ? [lines, wrapped] : [lines];
  });
  for (const lines of forms)
    for (const clearLeaders of [true, false]) {
      const placed = placeForm(request, lines, taken, options, clearLeaders);
      if (placed) return placed;
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

function placeForm(
  request: LabelRequest,
  lines: string[],
  taken: Box[],
  options: PlacementOptions,
  clearLeaders: boolean,
): PlacedLabel | undefined {
  const width = Math.max(...lines.map((line) => textWidth(line, options.fontSize)));
  const height = lines.length * options.lineHeight;
  for (const box of candidates(request, width, height, options)) {
    if (!inside(box, options.bounds) || taken.some((other) => overlaps(padded(box), other))) continue;
    const near =
      Math.abs(box.y + box.height - (request.y - options.markRadius - GAP)) < 1 ||
      Math.abs(box.y - (request.y + options.markRadius + GAP)) < 1 ||
      Math.abs(box.y + box.height / 2 - request.y) < 1;
    // A leader line should not cross another label or mark either.
    const line = near || !clearLeaders ? undefined : leaderBox(request, box, options.markRadius);
    if (line && taken.some((other) => overlaps(line, other))) continue;
    return { ...box, id: request.id, lines, anchor: { x: request.x, y: request.y }, leader: !near };
  }
  return undefined;
}

/**
 * The sticky graphic's key, at every step: what each encoding it shows means, in the
 * reader's language, drawn with the kit's key (kit/key.ts). It names the sides of the
 * highlighted marks, grey (context, not in focus), the density bars (events counted per day or
 * week where a row holds more than it shows as dots), the call numbers, a call not held,
 * the delivery fills in view, and what the overview always shows (the calls' sides,
 * the halts, the deadline), so that nothing appears before the key names it.
 */
import type { Lang } from "../../lib/format.js";
import { MESSAGES } from "../../lib/i18n/index.js";
import { fillSwatch, key, swatch, symbolSwatch } from "../kit/key.js";
import { textWidth } from "../kit/text.js";
import { DELIVERY_STYLE, MUTED, paint, type DeliveryFill, type Side } from "../palette.js";
import { sideColor } from "./marks.js";

/** What a density bar counts (sequence/density.ts): the events of a day or of a week. */
export type DensityUnit = "day" | "week";

export type KeyEntry =
  | { kind: "side"; side: Side }
  | { kind: "context" }
  | { kind: "density"; unit: DensityUnit; draw: Parameters<typeof swatch>[0] }
  | { kind: "callNumber" }
  | { kind: "notHeld" }
  | { kind: "delivery"; fill: DeliveryFill }
  | { kind: "deadline" };

const KEY_FONT_SIZE = 11;
const KEY_LINE_HEIGHT = 16;
/** A swatch (at most 16 px wide), the gap after it and the gap to the next item, px (story.css: .sequence-key). */
const ITEM_EXTRA = 16 + 3 + 9;

/** What an entry says. */
export function entryLabel(entry: KeyEntry, lang: Lang): string {
  const words = MESSAGES[lang].sequence.key;
  switch (entry.kind) {
    case "side":
      return words.sides[entry.side];
    case "context":
      return words.context;
    case "density":
      return words.density[entry.unit];
    case "callNumber":
      return words.callNumber;
    case "notHeld":
      return words.notHeld;
    case "deadline":
      return words.deadline;
    case "delivery":
      return words.delivery[entry.fill];
  }
}

const entryKey = (entry: KeyEntry) =>
  entry.kind === "side"
    ? `side-${entry.side}`
    : entry.kind === "delivery"
      ? `delivery-${entry.fill}`
      : entry.kind;

/** The entries once each, in a fixed order: sides, grey, signs, fills, deadline. */
export function orderEntries(entries: readonly KeyEntry[]): KeyEntry[] {
  const order = ["side", "context", "density", "callNumber", "notHeld", "delivery", "deadline"];
  const unique = new Map(entries.map((entry) => [entryKey(entry), entry]));
  return [...unique.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** How many lines the key takes at this width (its text measured as the kit estimates it). */
export function keyLines(entries: readonly KeyEntry[], width: number, lang: Lang): number {
  let lines = 1;
  let used = 0;
  for (const entry of entries) {
    const item = textWidth(entryLabel(entry, lang), KEY_FONT_SIZE) + ITEM_EXTRA;
    if (used > 0 && used + item > width) [lines, used] = [lines + 1, 0];
    used += item;
  }
  return entries.length ? lines : 0;
}

export const keyHeight = (entries: readonly KeyEntry[], width: number, lang: Lang) =>
  keyLines(entries, width, lang) * KEY_LINE_HEIGHT;

function entrySwatch(entry: KeyEntry): SVGSVGElement {
  switch (entry.kind) {
    case "side":
      return symbolSwatch("circle", { radius: 4, color: sideColor(entry.side) });
    case "context":
      return symbolSwatch("circle", { radius: 4, color: paint(MUTED) });
    case "density":
      return swatch(entry.draw, { width: 16, height: 14 });
    case "callNumber":
      // Drawn at its size (11 px, as in the marks), in a box no taller than a line.
      return swatch(
        (svg) =>
          svg
            .append("text")
            .attr("text-anchor", "middle")
            .attr("y", 4)
            .attr("font-size", KEY_FONT_SIZE)
            .attr("font-weight", 700)
            .attr("fill", "currentColor")
            .text("6"),
        { width: 12, height: 14 },
      );
    case "notHeld":
      return symbolSwatch("circle", { radius: 4, hollow: true });
    case "delivery":
      return fillSwatch(DELIVERY_STYLE[entry.fill], { width: 16, height: 10 });
    case "deadline":
      return swatch((svg) =>
        svg
          .append("path")
          .attr("d", "M-8,-4V4M-8,0H8")
          .attr("stroke", "currentColor")
          .attr("stroke-width", 2),
      );
  }
}

/** The key as HTML (`data-part="key"`), one item per entry. */
export function drawKey(entries: readonly KeyEntry[], lang: Lang): HTMLUListElement {
  return key(
    entries.map((entry) => ({
      swatch: entrySwatch(entry),
      label: entryLabel(entry, lang),
      attrs: { "data-entry": entryKey(entry) },
    })),
    { class: "sequence-key", "data-part": "key", "aria-label": MESSAGES[lang].sequence.key.label },
  );
}

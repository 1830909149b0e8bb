/**
 * The rows of the sticky graphic: Trump's contacts with Putin and with Zelensky
 * each in a lane of their own (as in the calls chart), then the US deliveries
 * (the weapons decisions on a band of delivery states), statements, attacks and
 * talks. A step shows only the rows its events are in.
 */
import type { Lang } from "../../lib/format.js";
import { MESSAGES, type SequenceRow } from "../../lib/i18n/index.js";
import { sequenceRow } from "../../lib/sequence.js";
import type { SequenceActor, SequenceEvent } from "../../lib/story.js";
import type { Side } from "../palette.js";

export type RowKey = SequenceRow;
export const ROWS: readonly RowKey[] = [
  "putin",
  "zelensky",
  "weapons",
  "deadline",
  "statements",
  "attacks",
  "talks",
];

/** A row's label: "Trump – Putin", "Äußerungen", … */
export const rowLabel = (row: RowKey, lang: Lang) => MESSAGES[lang].sequence.rows[row];

/** An event's row (lib/sequence.ts, which the build uses to count crowded rows). */
export const rowOf: (event: SequenceEvent) => RowKey = sequenceRow;

/** Who acts: the counterpart of a call, else the side of the first actor named. */
export function sideOf(event: SequenceEvent, actors: Record<string, SequenceActor>): Side {
  if (event.counterpart === "putin") return "russia";
  if (event.counterpart === "zelensky") return "ukraine";
  if (event.type === "talks") return "other";
  if (event.type === "attack") return "russia";
  return actors[event.actors[0]]?.side ?? "other";
}

/**
 * The rows a step needs: those of its events, in the fixed order; the deliveries
 * row also where the US speaks about weapons; the deadline's row where a step shows
 * a deadline. No events: every row but the deadline's.
 */
export function rowsFor(
  focused: readonly SequenceEvent[],
  actors: Record<string, SequenceActor>,
  deadlines = 0,
): RowKey[] {
  if (focused.length === 0) return ROWS.filter((row) => row !== "deadline");
  const needed = new Set(focused.map(rowOf));
  if (deadlines > 0) needed.add("deadline");
  if (
    focused.some(
      (event) => event.topic === "weapons" && sideOf(event, actors) === "us" && rowOf(event) === "statements",
    )
  )
    needed.add("weapons");
  return ROWS.filter((row) => needed.has(row));
}

export interface RowBox {
  key: RowKey;
  /** Top of the row. */
  y: number;
  height: number;
  /** Where the row's marks stand. */
  markY: number;
}

/** The tallest a row gets: more rows than a step needs would only spread its marks apart. */
export const MAX_ROW_HEIGHT = 120;
/** Where in its row the marks stand: room above for the labels, below for the band's. */
const MARK_POSITION = 0.55;

/**
 * Rows sharing the height by their weights (1 each, unless `weights` says otherwise),
 * up to MAX_ROW_HEIGHT per unit, centred in the space from `top`.
 */
export function layoutRows(
  rows: readonly RowKey[],
  top: number,
  available: number,
  weights: Partial<Record<RowKey, number>> = {},
): RowBox[] {
  const weight = (key: RowKey) => weights[key] ?? 1;
  const total = rows.reduce((sum, key) => sum + weight(key), 0);
  const unit = Math.min(MAX_ROW_HEIGHT, available / Math.max(1, total));
  let y = top + (available - unit * total) / 2;
  return rows.map((key) => {
    const height = unit * weight(key);
    const row = { key, y, height, markY: y + height * MARK_POSITION };
    y += height;
    return row;
  });
}

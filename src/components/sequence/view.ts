/**
 * What a step shows and where: its highlighted and context events, its window of days
 * (lib/sequence.ts), the sentence announced for it; then the geometry (rows, time scale,
 * each mark's place, what is in view) and the key's entries.
 */
import type { Lang } from "../../lib/format.js";
import { stepWindow } from "../../lib/sequence.js";
import type { SequenceData, SequenceEvent } from "../../lib/story.js";
import { deliveryFill } from "../palette.js";
import type * as DensityPart from "./density.js";
import { orderEntries, keyHeight, type KeyEntry } from "./key.js";
import { dodge, MARK_RADIUS } from "./marks.js";
import { shortLabel, stepSentence } from "./names.js";
import { OVERVIEW_HEIGHT } from "./overview.js";
import { layoutRows, rowOf, rowsFor, sideOf, type RowKey } from "./rows.js";
import { DAY, fullDomain, isoDay, midday, timeScale, type Domain } from "./scale.js";

export const EDGE = 8;
export const AXIS_HEIGHT = 24;
/** Room between the overview and the rows. */
const OVERVIEW_GAP = 4;

export interface ViewOptions {
  lang: Lang;
  /** First day of the time line (ISO). */
  start: string;
  /** Last day of the time line (ISO). */
  end: string;
  /** The story's own short labels for the events its steps highlight, by event id. */
  labels?: Record<string, string>;
}

/** What a step adds to its events: context events (grey) and its id, for labels of its own. */
export interface StepOptions {
  context?: readonly string[];
  /** The step's id: a label keyed "step-id/event-id" applies at this step only. */
  id?: string;
}

const defined = <T>(value: T | undefined): value is T => value !== undefined;

/** The period, the highlighted and the context events of a step, as the graphic shows them. */
export function stepView(
  data: SequenceData,
  ids: readonly string[],
  options: ViewOptions,
  { context: contextIds = [], id: stepId }: StepOptions = {},
) {
  const limits = fullDomain(options.start, options.end);
  const byId = new Map(data.events.map((event) => [event.id, event]));
  const focused = ids.map((id) => byId.get(id)).filter(defined);
  const context = contextIds
    .filter((id) => !ids.includes(id))
    .map((id) => byId.get(id))
    .filter(defined);
  const window =
    focused.length + context.length === 0
      ? undefined
      : stepWindow(
          data.events,
          { events: [...ids], context: [...contextIds] },
          [limits[0].getTime(), limits[1].getTime()],
          data.deadlines,
        );
  const domain: Domain = window ? [new Date(window[0]), new Date(window[1])] : limits;
  const shown = new Set([...ids, ...contextIds]);
  const deadlines = data.deadlines.filter((deadline) => shown.has(deadline.event));
  const own = (event: SequenceEvent) => options.labels?.[`${stepId}/${event.id}`];
  const labels = new Map(
    focused.map((event) => [
      event.id,
      own(event) ?? shortLabel(event, data.actors, options.lang, options.labels),
    ]),
  );
  const period: [string, string] = [isoDay(domain[0]), isoDay(new Date(domain[1].getTime() - DAY))];
  const sentence = stepSentence(
    period,
    focused.map((event) => ({ label: labels.get(event.id)!, dateLabel: event.dateLabel })),
    data.months,
    options.lang,
  );
  return { focused, context, deadlines, domain, labels, period, sentence, lang: options.lang };
}
export type StepView = ReturnType<typeof stepView>;

/** The key's entries for a step: what its marks, density bars, band and deadline show, and what the overview always shows. */
function keyEntries(
  data: SequenceData,
  view: StepView,
  visible: readonly SequenceEvent[],
  bandInView: boolean,
  counted?: KeyEntry,
): KeyEntry[] {
  const focus = new Set(view.focused.map((event) => event.id));
  const entries: KeyEntry[] = [
    { kind: "side", side: "russia" },
    { kind: "side", side: "ukraine" },
  ];
  if (counted) entries.push(counted);
  for (const event of visible) {
    if (focus.has(event.id)) entries.push({ kind: "side", side: sideOf(event, data.actors) });
    else if (focus.size > 0) entries.push({ kind: "context" });
    if (event.counterpart === "putin" && event.callNumber) entries.push({ kind: "callNumber" });
    if (event.status === "not_held") entries.push({ kind: "notHeld" });
  }
  const [start, end] = view.domain.map((date) => isoDay(date));
  const phases = bandInView
    ? data.deliveryPhases.filter((phase) => phase.start < end && phase.end > start)
    : data.haltPeriods;
  for (const phase of [...phases, ...data.haltPeriods])
    entries.push({ kind: "delivery", fill: deliveryFill(phase) });
  if (data.deadlines.length) entries.push({ kind: "deadline" });
  return orderEntries(entries);
}

/** Rows lower than this leave their marks no room beside their names and labels. */
const MIN_ROW_HEIGHT = 34;

/**
 * The rows that fit: where rows would be lower than MIN_ROW_HEIGHT, rows that hold only
 * context go, Trump's contacts first (the overview still shows them); the deliveries stay
 * (the ending shows the halt and the reversal): a phone shows less.
 */
function fitRows(rowKeys: RowKey[], view: StepView, height: number): RowKey[] {
  const own = new Set([...view.focused.map(rowOf), ...(view.deadlines.length ? ["deadline"] : [])]);
  const rows = [...rowKeys];
  for (const row of ["zelensky", "putin", "attacks", "statements"] as const)
    if (height / rows.length < MIN_ROW_HEIGHT && rows.includes(row) && !own.has(row))
      rows.splice(rows.indexOf(row), 1);
  return rows;
}

/**
 * The geometry of one step: rows, time scale, where each mark stands and whether it is in view,
 * the bars of events counted rather than drawn (with the density part, where the data has them); the key.
 */
export function stepLayout(
  data: SequenceData,
  view: StepView,
  size: { width: number; height: number },
  widest: number,
  density?: typeof DensityPart,
) {
  const range: [number, number] = [EDGE + 4, size.width - EDGE - 4];
  const rowKeys = rowsFor([...view.focused, ...view.context], data.actors, view.deadlines.length);
  const x = timeScale(view.domain, range);
  const dayWidth = x(new Date(view.domain[0].getTime() + DAY)) - x(view.domain[0]);
  const spread = Math.min(2 * MARK_RADIUS + 2, dayWidth / widest);
  const offsets = dodge(data.events);
  const xOf = (d: SequenceEvent) => x(midday(d.date)) + offsets.get(d.id)! * spread;
  const within = (d: SequenceEvent) => xOf(d) >= range[0] - 1 && xOf(d) <= range[1] + 1;
  // The events counted rather than drawn, in the given rows (with the density part, for data that has them).
  const counted = (rows: Iterable<RowKey>) =>
    density?.densityStep(data.density ?? [], view.domain, rows, dayWidth);
  // Room is kept for the key of the rows the step asks for; the rows that fit below it hold the
  // same or less, and the key drawn names only what they show.
  const asked = data.events.filter((d) => rowKeys.includes(rowOf(d)) && within(d));
  const keySpace = keyHeight(
    keyEntries(data, view, asked, rowKeys.includes("weapons"), counted(rowKeys)?.entry),
    size.width,
    view.lang,
  );
  const top = OVERVIEW_HEIGHT + OVERVIEW_GAP;
  const bottom = size.height - keySpace - AXIS_HEIGHT;
  const rows = layoutRows(fitRows(rowKeys, view, bottom - top), top, bottom - top);
  const rowBox = new Map(rows.map((row) => [row.key, row]));
  const inView = (d: SequenceEvent) => rowBox.has(rowOf(d)) && within(d);
  const bars = counted(rowBox.keys());
  const last = rows[rows.length - 1];
  return {
    range,
    rows,
    rowBox,
    x,
    /** The events counted rather than drawn, as bars of the rows shown. */
    density: bars?.bars ?? [],
    key: keyEntries(data, view, data.events.filter(inView), rowBox.has("weapons"), bars?.entry),
    top,
    /** Where a mark stands; undefined for one whose row the step does not show (it stays where it was). */
    position: (d: SequenceEvent) => {
      const row = rowBox.get(rowOf(d));
      return row && { x: xOf(d), y: row.markY };
    },
    isVisible: inView,
    bottom: last ? last.y + last.height : top,
    weapons: rowBox.get("weapons"),
    deadline: rowBox.get("deadline"),
    /** The top and bottom of an event's row. */
    rowSpan: (d: SequenceEvent): [number, number] | undefined => {
      const row = rowBox.get(rowOf(d));
      return row && [row.y, row.y + row.height];
    },
  };
}
export type Layout = ReturnType<typeof stepLayout>;

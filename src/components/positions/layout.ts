/** Where the statements stand: time to x, rows top to bottom, same-day statements of a row dodged downwards. */
import { scaleUtc, type ScaleTime } from "d3-scale";
import { utcDay } from "d3-time";
import type { StoryEvent } from "../../lib/story.js";
import { dayOf, isoDay } from "../kit/days.js";
import { HIT_RADIUS } from "../kit/marks.js";
import { dodgeLevels } from "../kit/placement.js";
import type { Margin } from "../kit/svg.js";
import type { Model, Row } from "./model.js";

export const FONT = 11;

export const FONT_TITLE = 12;

/** Radius of a context mark, of a numbered mark (its number inside), and of every hit target (24 px across). */
export const CONTEXT_RADIUS = 4;

export const KEY_RADIUS = 10;

/** Marks in a row keep this distance (centre to centre): hit targets never overlap. */
export const MARK_GAP = 2 * HIT_RADIUS;

export const MARGIN: Margin = { top: 4, right: 10, bottom: 6, left: 10 };

/** A row: its label's height above the marks, and the space below its last level. */
export const ROW_HEADER = 22;

export const ROW_FOOT = 4;

/** The day axis below the rows: its height, and the baselines of day and month labels. */
export const AXIS_HEIGHT = 34;

/** Room above the first row for the label of a halt's band. */
export const HALT_LABEL_HEIGHT = 16;

export interface PlacedStatement {
  event: StoryEvent;
  row: Row;
  x: number;
  level: number;
  /** Its number on the mark and the card, for a key statement. */
  number?: number;
}

/** Same-day (and, on a phone, neighbouring-day) statements of a row stack downwards, never overlapping. */
export function placeStatements(model: Model, dateX: ScaleTime<number, number>) {
  const placed: PlacedStatement[] = [];
  const levelsByRow = new Map<Row, number>();
  for (const row of model.rows) {
    const inRow = model.drawn
      .filter((statement) => model.rowOf(statement) === row)
      .map((event) => ({ event, row, x: dateX(dayOf(event.date)), number: model.numberOf.get(event.id) }));
    const levels = dodgeLevels(
      inRow,
      (statement) => statement.x,
      () => MARK_GAP,
    );
    inRow.forEach((statement, index) => placed.push({ ...statement, level: levels[index] }));
    levelsByRow.set(row, new Set(levels).size);
  }
  return { placed, levelsByRow };
}

/** Scales and rows: time → x; rows top to bottom, a label, then MARK_GAP px per level of marks. */
export function positionsLayout(model: Model, width: number) {
  const { since, lastDay } = model;
  const dateX = scaleUtc()
    .domain([dayOf(since), dayOf(lastDay > since ? lastDay : isoDay(utcDay.offset(dayOf(since), 1)))])
    .range([MARGIN.left + HIT_RADIUS, width - MARGIN.right - HIT_RADIUS]);
  const { placed, levelsByRow } = placeStatements(model, dateX);
  const rowTop = new Map<Row, number>();
  let y = MARGIN.top + (model.halts.length > 0 ? HALT_LABEL_HEIGHT : 0);
  for (const row of model.rows) {
    rowTop.set(row, y);
    y += ROW_HEADER + MARK_GAP * (levelsByRow.get(row) ?? 1) + ROW_FOOT;
  }
  const markY = (statement: PlacedStatement) =>
    rowTop.get(statement.row)! + ROW_HEADER + HIT_RADIUS + MARK_GAP * statement.level;
  return { width, dateX, placed, rowTop, axisTop: y, height: y + AXIS_HEIGHT + MARGIN.bottom, markY };
}

export type Layout = ReturnType<typeof positionsLayout>;

/** What the positions chart shows: the statements since a date, their rows by side, the key statements; taken from the data once. */
import type { HaltPeriod, KeyStatementGroup } from "../../lib/derive.js";
import type { Lang } from "../../lib/format.js";
import type { PositionRow } from "../../lib/i18n/index.js";
import type { StoryActor, StoryData, StoryEvent } from "../../lib/story.js";
import { keyStatementsOf } from "../facts.js";
import { paint, SIDE_COLOR } from "../palette.js";

export interface PositionsData {
  events: StoryEvent[];
  actors: Record<string, StoryActor>;
  meta: StoryData["meta"];
  /** The halts: the band behind the rows, and the moments whose statements are quoted in full. */
  haltPeriods?: HaltPeriod[];
  /** The statements numbered and quoted in full (lib/derive.ts keyStatements); none without. */
  keyStatements?: KeyStatementGroup[];
}

export interface PositionsOptions {
  width: number;
  lang: Lang;
  /** First day shown (ISO); statements before it are left out. By default the story data's meta.positionsSince. */
  since?: string;
}

export type Side = StoryActor["side"];

export type Row = PositionRow;

/** Europe and NATO share one row. */
export const ROW_OF: Record<Side, Row> = {
  us: "us",
  ukraine: "ukraine",
  russia: "russia",
  europe: "west",
  nato: "west",
  other: "other",
};

export const ROW_ORDER: Row[] = ["us", "ukraine", "russia", "west", "other"];

/** The colour of a row: its side's (Europe and NATO share one). */
export const ROW_COLOR: Record<Row, string> = {
  us: paint(SIDE_COLOR.us),
  ukraine: paint(SIDE_COLOR.ukraine),
  russia: paint(SIDE_COLOR.russia),
  west: paint(SIDE_COLOR.europe),
  other: paint(SIDE_COLOR.other),
};

/** Below this width a phone's chart: only the numbered statements are drawn, the rest are in the table. */
export const NARROW = 480;

/** The statements shown, their rows, the key statements and the period, taken from the data once. */
export function positionsModel(data: PositionsData, since: string, width: number) {
  const all = data.events.filter((event) => event.quote && event.date >= since);
  const rowOf = (event: StoryEvent): Row => ROW_OF[data.actors[event.quote!.speaker]?.side ?? "other"];
  const groups = keyStatementsOf(data, all);
  const numberOf = new Map(
    groups.flatMap((group) => group.events).map((event, index) => [event.id, index + 1]),
  );
  const phone = width < NARROW;
  // A phone shows less: only the numbered statements; the table holds them all.
  const drawn = phone ? all.filter((event) => numberOf.has(event.id)) : all;
  const rows = ROW_ORDER.filter((row) => drawn.some((event) => rowOf(event) === row));
  const lastDay = [data.meta.dataUntil, ...all.map((event) => event.date)].reduce((a, b) => (b > a ? b : a));
  const halts = (data.haltPeriods ?? []).filter((halt) => halt.end > since);
  return { since, all, drawn, rowOf, rows, groups, numberOf, phone, lastDay, halts };
}

export type Model = ReturnType<typeof positionsModel>;

export function speakerName(event: StoryEvent, actors: Record<string, StoryActor>): string {
  const speaker = event.quote?.speaker ?? "";
  return actors[speaker]?.name ?? speaker;
}

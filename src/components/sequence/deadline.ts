/**
 * Trump's deadlines for Moscow in their own row, on one line: each from the day it was
 * set to the day it ran out (an arrow where that lies beyond the step's days), its days
 * and end written beside it (the first above the line, the next below); a deadline cut
 * short by a later one goes on dashed from the cut.
 */
import type { Selection } from "d3-selection";
import type { Lang } from "../../lib/format.js";
import { MESSAGES } from "../../lib/i18n/index.js";
import type { Deadline } from "../../lib/sequence.js";
import { dayMonth } from "./names.js";
import { overlaps, textWidth, type Box } from "./placement.js";
import { midday, translate } from "./scale.js";

const LABEL_SIZE = 11;
const ARROW = 5;

/** "50 Tage, bis 2. Sept.", "10 oder 12 Tage, bis 7. oder 9. Aug." */
export function deadlineLabel(deadline: Deadline, months: readonly string[], lang: Lang): string {
  const words = MESSAGES[lang].sequence;
  const ends = deadline.ends.map((end) => dayMonth(end, months, lang));
  const sameMonth = deadline.ends.every((end) => end.slice(0, 7) === deadline.ends[0].slice(0, 7));
  const end =
    ends.length > 1 && sameMonth
      ? `${deadline.ends
          .slice(0, -1)
          .map((day) => words.dayOnly(Number(day.slice(8))))
          .join(", ")} ${words.or} ${ends.at(-1)}`
      : ends.join(` ${words.or} `);
  return words.deadline(deadlineDaysLabel(deadline, lang), end);
}

/** "50 Tage", "10 oder 12 Tage": a deadline's days alone. */
export function deadlineDaysLabel(deadline: Deadline, lang: Lang): string {
  const words = MESSAGES[lang].sequence;
  return words.deadlineDays(deadline.days.join(` ${words.or} `));
}

interface DrawnDeadline {
  deadline: Deadline;
  y: number;
  x0: number;
  /** Where it was cut short by a later deadline, if in view. */
  cut?: number;
  x1: number;
  beyond: boolean;
  ends: number[];
  label: string;
  labelX: number;
  /** Its label above the line, or below. */
  above: boolean;
}

/** Draws the deadlines shown in their row (none: clears it); returns their labels' boxes. */
export function drawDeadlines(
  group: Selection<SVGGElement, undefined, null, undefined>,
  deadlines: readonly Deadline[],
  row: { y: number; height: number } | undefined,
  x: (date: Date) => number,
  [left, right]: [number, number],
  months: readonly string[],
  lang: Lang,
  /** Text already drawn (the row names): a label moves right of it, or below the line. */
  keepClear: readonly Box[] = [],
): Box[] {
  const shown = row ? deadlines : [];
  const y = row ? row.y + row.height * 0.5 : 0;
  const taken = [...keepClear];
  const drawn: DrawnDeadline[] = shown.map((deadline, index) => {
    const later = shown[index + 1];
    const end = x(midday(deadline.ends.at(-1)!));
    const x0 = Math.max(left, x(midday(deadline.date)));
    const x1 = Math.min(right, end);
    // Where the whole label finds no room, the days alone (the ticks show the ends).
    const forms = [deadlineLabel(deadline, months, lang), deadlineDaysLabel(deadline, lang)];
    const place = labelPlace(x0, forms, y, index % 2 === 0, [left, right], taken);
    taken.push(labelBox(place.x, textWidth(place.label, LABEL_SIZE, "regular"), y, place.above));
    return {
      deadline,
      y,
      above: place.above,
      x0,
      x1,
      cut: later ? Math.min(right, x(midday(later.date))) : undefined,
      beyond: end > right,
      ends: deadline.ends.map((day) => x(midday(day))).filter((at) => at <= right),
      label: place.label,
      labelX: place.x,
    };
  });
  const items = group
    .selectAll<SVGGElement, DrawnDeadline>("g")
    .data(drawn, (d) => d.deadline.event)
    .join((enter) =>
      enter
        .append("g")
        .attr("class", "seq-deadline")
        .call((g) => g.append("line").attr("class", "seq-deadline-line"))
        .call((g) => g.append("line").attr("class", "seq-deadline-rest"))
        .call((g) => g.append("path").attr("class", "seq-deadline-ends"))
        .call((g) => g.append("text")),
    )
    .attr("data-deadline", (d) => d.deadline.event)
    .style("transform", (d) => translate(0, d.y));
  items
    .select(".seq-deadline-line")
    .attr("x1", (d) => d.x0.toFixed(1))
    .attr("x2", (d) => (d.cut ?? d.x1).toFixed(1));
  items
    .select(".seq-deadline-rest")
    .attr("x1", (d) => (d.cut ?? d.x1).toFixed(1))
    .attr("x2", (d) => d.x1.toFixed(1));
  // The end: a tick on each day it could run out, or an arrow where that lies beyond the step's days.
  items
    .select(".seq-deadline-ends")
    .attr("d", (d) =>
      [
        `M${d.x0.toFixed(1)},-4V4`,
        ...d.ends.map((at) => `M${at.toFixed(1)},-4V4`),
        d.beyond
          ? `M${(right - ARROW).toFixed(1)},-${ARROW}L${right},0L${(right - ARROW).toFixed(1)},${ARROW}`
          : "",
      ].join(""),
    );
  items
    .select("text")
    .attr("x", (d) => d.labelX.toFixed(1))
    .attr("y", (d) => (d.above ? -6 : 6 + LABEL_SIZE))
    .attr("font-size", LABEL_SIZE)
    .text((d) => d.label);
  return drawn.map((d) => labelBox(d.labelX, textWidth(d.label, LABEL_SIZE, "regular"), d.y, d.above));
}

const labelBox = (x: number, width: number, y: number, above: boolean): Box => ({
  x,
  y: above ? y - 8 - LABEL_SIZE : y + 4,
  width,
  height: LABEL_SIZE + 4,
});

/**
 * Where a deadline's label stands, and in which form: from the day it was set, inside the
 * graphic, on its side of the line; right of text it would cover, or else on the other side
 * of the line; the shorter form where the whole one finds no room.
 */
function labelPlace(
  x0: number,
  forms: readonly string[],
  y: number,
  above: boolean,
  [left, right]: [number, number],
  keepClear: readonly Box[],
): { x: number; above: boolean; label: string } {
  for (const label of forms) {
    const width = textWidth(label, LABEL_SIZE, "regular");
    const inside = (x: number) => Math.max(left, Math.min(right - width, x));
    const covered = (x: number, side: boolean) =>
      keepClear.filter((box) => overlaps(labelBox(x, width, y, side), box));
    for (const side of [above, !above]) {
      const x = inside(x0);
      const under = covered(x, side);
      if (under.length === 0) return { x, above: side, label };
      const after = inside(Math.max(...under.map((box) => box.x + box.width + 4)));
      if (covered(after, side).length === 0) return { x: after, above: side, label };
    }
  }
  const label = forms.at(-1)!;
  return { x: Math.max(left, Math.min(right - textWidth(label, LABEL_SIZE, "regular"), x0)), above, label };
}

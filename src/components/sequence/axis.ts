/**
 * The sticky graphic's time axis: a line and a label per tick, each tick keyed by
 * its date, so that a tick kept from one step to the next moves to its new place.
 * The first tick carries the year; zoomed in to days, a day after one that names its
 * month gives only its number ("4."); the days of the step's events are never dropped.
 */
import type { Selection } from "d3-selection";
import type { Lang } from "../../lib/format.js";
import { MESSAGES } from "../../lib/i18n/index.js";
import { dayMonth } from "./names.js";
import { textWidth } from "./placement.js";
import { isoDay, midday, timeTicks, translate, type Domain, type Tick } from "./scale.js";

export const AXIS_FONT_SIZE = 12;
/** Room between two tick labels. */
const TICK_GAP = 8;

export interface AxisTick {
  key: string;
  x: number;
  label: string;
  /** How far the label is moved from its tick to stay inside the graphic. */
  dx: number;
  width: number;
}

/** The day ticks to add: one at the middle of each day an event of the step falls on. */
const eventTicks = (days: readonly string[], [start, end]: Domain): Tick[] =>
  [...new Set(days)]
    .map((day) => midday(day))
    .filter((date) => date >= start && date < end)
    .map((date) => ({ date, unit: "day" as const }));

/**
 * The axis' ticks and labels: regular ticks and, zoomed in to days, the days of the
 * step's events (`days`), which are kept first; a regular tick goes where its label
 * would touch one kept before; where too many go, there are fewer regular ticks.
 */
export function axisTicks(
  domain: Domain,
  x: (date: Date) => number,
  [left, right]: [number, number],
  months: readonly string[],
  lang: Lang,
  days: readonly string[] = [],
): AxisTick[] {
  const words = MESSAGES[lang].sequence;
  const label = (ticks: Tick[]) =>
    ticks.map((tick, index) => {
      const year = tick.date.getUTCFullYear();
      const [month, day] = [tick.date.getUTCMonth(), tick.date.getUTCDate()];
      const previous = ticks[index - 1]?.date;
      const sameMonth = previous && previous.getUTCMonth() === month && previous.getUTCFullYear() === year;
      const short =
        tick.unit === "month"
          ? months[month]
          : sameMonth
            ? words.dayOnly(day)
            : dayMonth(isoDay(tick.date), months, lang);
      const text = index === 0 || previous!.getUTCFullYear() !== year ? words.withYear(short, year) : short;
      const width = textWidth(text, AXIS_FONT_SIZE, "regular");
      const centre = Math.max(left - 4 + width / 2, Math.min(right + 4 - width / 2, x(tick.date)));
      return { key: isoDay(tick.date), x: x(tick.date), label: text, dx: centre - x(tick.date), width };
    });
  const touch = (a: AxisTick, b: AxisTick) =>
    Math.abs(a.x + a.dx - (b.x + b.dx)) < (a.width + b.width) / 2 + TICK_GAP;
  for (let room = right - left; ; room *= 0.8) {
    const regular = timeTicks(domain, room);
    const zoomed = regular.length > 0 && regular[0].unit === "day";
    const must = zoomed ? eventTicks(days, domain) : [];
    const all = [...regular, ...must.filter((tick) => !regular.some((r) => +r.date === +tick.date))];
    all.sort((a, b) => +a.date - +b.date);
    // Kept first: the first tick (it carries the year), the events' days, then the rest in order.
    const mustKeys = new Set(must.map((tick) => +tick.date));
    const order = [...all.keys()].sort(
      (a, b) => rank(a, all[a], mustKeys) - rank(b, all[b], mustKeys) || a - b,
    );
    // Labels as they would read with every tick; a kept day after a dropped one may grow ("4." to "4. Juli").
    let kept: number[] = [];
    for (const index of order) {
      const candidate = [...kept, index].sort((a, b) => a - b);
      const labelled = label(candidate.map((i) => all[i]));
      if (labelled.every((tick, i) => i === 0 || !touch(labelled[i - 1], tick))) kept = candidate;
    }
    const dropped = all.length - kept.length;
    if (dropped <= 1 + must.length || room < 40) return label(kept.map((i) => all[i]));
  }
}

const rank = (index: number, tick: Tick, must: ReadonlySet<number>) =>
  index === 0 ? 0 : must.has(+tick.date) ? 1 : 2;

/** A bottom axis at `y`: a line and a label per tick. */
export function drawAxis(
  group: Selection<SVGGElement, undefined, null, undefined>,
  y: number,
  [left, right]: [number, number],
  ticks: readonly AxisTick[],
): void {
  group.style("transform", translate(0, y));
  group.selectAll("path").data([null]).join("path").attr("d", `M${left},0.5H${right}`);
  group
    .selectAll<SVGGElement, AxisTick>("g")
    .data(ticks, (tick) => tick.key)
    .join((enter) =>
      enter
        .append("g")
        .call((g) => g.append("line").attr("y2", 5))
        .call((g) => g.append("text").attr("y", 16).attr("text-anchor", "middle")),
    )
    .style("transform", (tick) => translate(tick.x, 0))
    .select("text")
    .attr("x", (tick) => (tick.dx ? tick.dx.toFixed(1) : null))
    .text((tick) => tick.label);
}

/**
 * The overview strip at the top of the sticky graphic: the whole period from the start
 * of the term to the last event (or the last deadline's end) at a glance, drawn from the
 * build's summary: the weeks with a call with Putin or with Zelensky, the halts, the
 * deadlines; the current step's window is marked on it and moves with the steps.
 */
import type { Selection } from "d3-selection";
import type { SequenceData } from "../../lib/story.js";
import { deliveryFill, paint, SIDE_COLOR, type DeliveryFill } from "../palette.js";
import { DAY, fullDomain, midday, timeScale, toDate, type Domain } from "./scale.js";

export const OVERVIEW_HEIGHT = 36;
const LANE_Y = { putin: 7, zelensky: 13 } as const;
const DOT_RADIUS = 2.5;
const BAND_TOP = 17;
const BAND_HEIGHT = 5;
const WINDOW_TOP = 2;
const WINDOW_HEIGHT = 23;
const LABEL_BASELINE = 35;
const LABEL_SIZE = 11;

type Group = Selection<SVGGElement, undefined, null, undefined>;

/** Draws the strip once; returns a function that marks a step's window on it. */
export function drawOverview(
  group: Group,
  data: SequenceData,
  [left, right]: [number, number],
  fills: (fill: DeliveryFill) => string,
): (domain: Domain) => void {
  const { from, until, bins } = data.overview;
  const scale = timeScale(fullDomain(from, until), [left, right]);
  // Whatever runs on beyond the strip (the 50 days of a deadline cut short) ends at its edge.
  const x = (date: Date) => Math.max(left, Math.min(right, scale(date)));
  group.attr("data-part", "overview");
  group
    .append("g")
    .attr("class", "seq-overview-halts")
    .selectAll("rect")
    .data(data.haltPeriods)
    .join("rect")
    .attr("x", (d) => x(midday(d.start)).toFixed(1))
    .attr("width", (d) => Math.max(2, x(midday(d.end)) - x(midday(d.start))).toFixed(1))
    .attr("y", BAND_TOP)
    .attr("height", BAND_HEIGHT)
    .attr("fill", (d) => fills(deliveryFill(d)));
  // Each deadline solid to the day a later one cut it short, dashed from there to its end (as in the rows below).
  const cutAt = (index: number) => data.deadlines[index + 1]?.date;
  const deadline = group
    .append("g")
    .attr("class", "seq-overview-deadlines")
    .selectAll("g")
    .data(data.deadlines)
    .join("g");
  deadline
    .append("line")
    .attr("x1", (d) => x(midday(d.date)).toFixed(1))
    .attr("x2", (d, i) => x(midday(cutAt(i) ?? d.ends.at(-1)!)).toFixed(1))
    .attr("y1", BAND_TOP + BAND_HEIGHT / 2)
    .attr("y2", BAND_TOP + BAND_HEIGHT / 2);
  deadline
    .filter((_, i) => cutAt(i) !== undefined)
    .append("line")
    .attr("class", "seq-deadline-rest")
    .attr("x1", (_, i) => x(midday(cutAt(i)!)).toFixed(1))
    .attr("x2", (d) => x(midday(d.ends.at(-1)!)).toFixed(1))
    .attr("y1", BAND_TOP + BAND_HEIGHT / 2)
    .attr("y2", BAND_TOP + BAND_HEIGHT / 2);
  deadline
    .filter((d) => scale(midday(d.ends.at(-1)!)) <= right)
    .append("line")
    .attr("class", "seq-deadline-end")
    .attr("x1", (d) => x(midday(d.ends.at(-1)!)).toFixed(1))
    .attr("x2", (d) => x(midday(d.ends.at(-1)!)).toFixed(1))
    .attr("y1", BAND_TOP - 1)
    .attr("y2", BAND_TOP + BAND_HEIGHT + 1);
  group
    .append("g")
    .attr("class", "seq-overview-calls")
    .selectAll("circle")
    .data(bins)
    .join("circle")
    .attr("cx", ([week]) => x(new Date(toDate(week).getTime() + 3.5 * DAY)).toFixed(1))
    .attr("cy", ([, lane]) => LANE_Y[lane])
    .attr("r", ([, , count]) => DOT_RADIUS + Math.min(2, count - 1))
    .attr("fill", ([, lane]) => paint(SIDE_COLOR[lane === "putin" ? "russia" : "ukraine"]));
  // A label for each month with room for it, the first with its year.
  const months = monthStarts(from, until).filter((date) => scale(date) <= right - 16);
  const ticks = group.append("g").attr("class", "seq-overview-axis");
  ticks
    .selectAll("line")
    .data(months)
    .join("line")
    .attr("x1", (d) => x(d).toFixed(1))
    .attr("x2", (d) => x(d).toFixed(1))
    .attr("y1", WINDOW_TOP + WINDOW_HEIGHT - 2)
    .attr("y2", WINDOW_TOP + WINDOW_HEIGHT + 1);
  ticks
    .selectAll("text")
    .data(months)
    .join("text")
    .attr("x", (d) => (x(d) + 2).toFixed(1))
    .attr("y", LABEL_BASELINE)
    .attr("font-size", LABEL_SIZE)
    .text((d) => data.months[d.getUTCMonth()]);
  const window = group
    .append("rect")
    .attr("class", "seq-overview-window")
    .attr("data-part", "overview-window")
    .attr("y", WINDOW_TOP)
    .attr("height", WINDOW_HEIGHT);
  return ([start, end]) => {
    const [x0, x1] = [x(start), x(end)];
    // At least a few pixels wide, centred on the days it stands for.
    const width = Math.max(4, x1 - x0);
    window.attr("x", ((x0 + x1) / 2 - width / 2).toFixed(1)).attr("width", width.toFixed(1));
  };
}

/** The first day of each month from `from` to `until`, after the first. */
function monthStarts(from: string, until: string): Date[] {
  const dates: Date[] = [];
  const start = toDate(from);
  for (let month = start.getUTCMonth() + 1, year = start.getUTCFullYear(); ; month++) {
    const date = new Date(Date.UTC(year, month, 1));
    if (date > toDate(until)) return dates;
    dates.push(date);
  }
}

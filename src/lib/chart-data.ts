/**
 * What each chart below the story's steps (and each embed) draws, as a file of its own: the
 * story's data with only the events the chart shows (data/charts/<chart>-<lang>.json). A reader
 * who scrolls to the calls chart loads the calls and meetings, not every event of the archive
 * with its summary and sources (the whole story: 6.7 MB at 10,000 events). The facts the charts
 * read (phases, halts, zoom, key statements, systems) are small and stay whole.
 */
import type { StoryChart } from "./charts.js";
import type { Lang } from "./format.js";
import type { StoryData, StoryEvent } from "./story.js";

/** The events a chart draws (and opens, and lists in its table), by chart. */
export const CHART_EVENTS: Record<StoryChart, (story: StoryData) => (event: StoryEvent) => boolean> = {
  /** Trump's calls and meetings with Putin or Zelensky. */
  calls: () => (event) => event.counterpart !== undefined,
  /** The weapons decisions, and the events the reported systems name. */
  deliveries: (story) => {
    const named = new Set(story.systems.map((system) => system.eventId));
    return (event) => event.type === "weapons_decision" || named.has(event.id);
  },
  /** The quoted statements since the chart's first day. */
  positions: (story) => (event) => event.quote !== undefined && event.date >= story.meta.positionsSince,
};

/** The story's data for one chart: its events only; no fact check or corrections, which no chart draws. */
export function chartData(chart: StoryChart, story: StoryData): StoryData {
  return {
    ...story,
    events: story.events.filter(CHART_EVENTS[chart](story)),
    factchecks: [],
    corrections: [],
  };
}

/** Where a chart's data is built, from the site's root (src/data/charts/[chart].json.ts). */
export const chartDataPath = (chart: StoryChart, lang: Lang) => `/data/charts/${chart}-${lang}.json`;

/** The id of the story page's link to a chart's data (`<link rel="alternate" id="chart-data-calls">` in its head). */
export const chartDataId = (chart: StoryChart) => `chart-data-${chart}`;

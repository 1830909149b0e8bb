/**
 * The charts below the story's steps, as a page names them: `storyChart("calls", {lang, fullStory})`.
 * Each loads its code and the full story when it nears the viewport (LazyChart); the page
 * says which chart, this module says how it loads and draws.
 */
import type { Lang } from "../lib/format.js";
import type { StoryData } from "../lib/story.js";
import { LazyChart } from "./lazy.js";

type ChartFunction = (story: StoryData, options: { width: number; lang: Lang }) => Node;

/** Each chart's module, loaded on first use (a literal import() each, so that Framework builds it). */
const CHARTS = {
  calls: (): Promise<ChartFunction> => import("./CallsChart.js").then((module) => module.CallsChart),
  deliveries: (): Promise<ChartFunction> =>
    import("./DeliveriesChart.js").then((module) => module.DeliveriesChart),
  positions: (): Promise<ChartFunction> =>
    import("./PositionsChart.js").then((module) => module.PositionsChart),
};

export type StoryChart = keyof typeof CHARTS;
export const STORY_CHARTS = Object.keys(CHARTS) as StoryChart[];

export interface StoryChartOptions {
  lang: Lang;
  /** Loads the full story once (the page's FileAttachment of data/story-<lang>.json). */
  fullStory: () => Promise<StoryData>;
}

/**
 * A chart of the story, drawn at its container's width. A page puts it in a block of its own,
 * `<div class="story-chart">${storyChart(…)}</div>`: a `${…}` alone on its line would become a <p>.
 */
export function storyChart(chart: StoryChart, { lang, fullStory }: StoryChartOptions): HTMLElement {
  return LazyChart(async () => {
    const [draw, story] = await Promise.all([CHARTS[chart](), fullStory()]);
    return (width) => draw(story, { width, lang });
  });
}

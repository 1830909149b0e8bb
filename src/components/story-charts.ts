/**
 * The charts below the story's steps, which a page marks with `<div class="story-chart" data-chart="calls">`
 * and the page's script (story-page.ts) fills with `storyChart("calls", {lang, fullStory})`.
 * Each loads its code and the full story when it nears the viewport (LazyChart); the page
 * says which chart, this module says how it loads and draws; which charts there are is
 * lib/charts.ts's registry.
 */
import type { StoryChart } from "../lib/charts.js";
import type { Lang } from "../lib/format.js";
import type { StoryData } from "../lib/story.js";
import { LazyChart } from "./lazy.js";

export type { StoryChart } from "../lib/charts.js";
export { STORY_CHARTS } from "../lib/charts.js";

/** A chart drawn from the story's data: (story, {width, lang}) -> node. */
export type ChartFunction = (story: StoryData, options: { width: number; lang: Lang }) => Element;

/**
 * Each story chart's component (lib/charts.ts: `component`), loaded on first use: a
 * literal import() each, so that Framework bundles it; TypeScript asks for one per story chart.
 */
export const CHART_LOADERS: Record<StoryChart, () => Promise<ChartFunction>> = {
  calls: () => import("./CallsChart.js").then((module) => module.CallsChart),
  deliveries: () => import("./DeliveriesChart.js").then((module) => module.DeliveriesChart),
  positions: () => import("./PositionsChart.js").then((module) => module.PositionsChart),
};

export interface StoryChartOptions {
  lang: Lang;
  /** Loads the full story once (data/story-<lang>.json; story-page.ts fetches it). */
  fullStory: () => Promise<StoryData>;
}

/** A chart of the story, drawn at its container's width. */
export function storyChart(chart: StoryChart, { lang, fullStory }: StoryChartOptions): HTMLElement {
  return LazyChart(async () => {
    const [draw, story] = await Promise.all([CHART_LOADERS[chart](), fullStory()]);
    return (width) => draw(story, { width, lang });
  });
}

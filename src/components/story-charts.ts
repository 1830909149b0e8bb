/**
 * The charts below the story's steps, which a page marks with `<div class="story-chart" data-chart="calls">`
 * and the page's script (story-page.ts) fills with `storyChart("calls", {lang, fullStory})`.
 * Each loads its code and the full story when it nears the viewport (LazyChart); the page
 * says which chart, this module says how it draws; which charts there are, and how each
 * loads, is lib/charts.ts's registry.
 */
import { loadChart, type StoryChart } from "../lib/charts.js";
import type { Lang } from "../lib/format.js";
import type { StoryData } from "../lib/story.js";
import { LazyChart } from "./lazy.js";

export type { StoryChart } from "../lib/charts.js";
export { STORY_CHARTS } from "../lib/charts.js";

export interface StoryChartOptions {
  lang: Lang;
  /** Loads the full story once (data/story-<lang>.json; story-page.ts fetches it). */
  fullStory: () => Promise<StoryData>;
}

/** A chart of the story, drawn at its container's width. */
export function storyChart(chart: StoryChart, { lang, fullStory }: StoryChartOptions): HTMLElement {
  return LazyChart(async () => {
    const [draw, story] = await Promise.all([loadChart(chart), fullStory()]);
    return (width) => draw(story, { width, lang });
  });
}

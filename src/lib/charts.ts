/**
 * The registry of the story's charts: each chart once, by name, with where it is
 * published. Everything that lists charts derives its list from here: the static
 * SVGs (observablehq.config.ts, src/data/static/[chart].svg.ts, render/static.ts),
 * the story's <noscript> placeholders (lib/story-check.ts), the charts a page can
 * name (components/story-charts.ts, whose loader table TypeScript makes complete)
 * and the embeds (EMBED_CHARTS, for the embed template). Pure data: no component
 * is imported here (lib sits below the components).
 */
export interface ChartInfo {
  /** Drawn below the story's steps, loaded when it nears the viewport: `<div class="story-chart" data-chart="name">` in story/*.md. */
  story: boolean;
  /** Published as a static SVG (dist/data/static/<name>-<lang>.svg) and as a <noscript> copy on the story page ({{noscript.<name>}}). */
  static: boolean;
  /** Offered as an embed page per language (/embed/<name>.html, /en/embed/<name>.html). */
  embed: boolean;
}

export const CHARTS = {
  /** The sticky graphic of the steps (drawn by components/scrolly.ts); here for its static copy. */
  sequence: { story: false, static: true, embed: false },
  calls: { story: true, static: true, embed: true },
  deliveries: { story: true, static: true, embed: true },
  positions: { story: true, static: true, embed: true },
} as const satisfies Record<string, ChartInfo>;

export type ChartName = keyof typeof CHARTS;

/** The names of the charts that have `feature`. */
type ChartsWith<Feature extends keyof ChartInfo> = {
  [Name in ChartName]: (typeof CHARTS)[Name][Feature] extends true ? Name : never;
}[ChartName];

export type StoryChart = ChartsWith<"story">;
export type StaticChart = ChartsWith<"static">;
export type EmbedChart = ChartsWith<"embed">;

const chartsWith = <Feature extends keyof ChartInfo>(feature: Feature) =>
  (Object.keys(CHARTS) as ChartName[]).filter((name) => CHARTS[name][feature]) as ChartsWith<Feature>[];

/** The charts below the story's steps, in the story's order. */
export const STORY_CHARTS = chartsWith("story");
/** The charts also published as static SVG files and <noscript> copies. */
export const STATIC_CHARTS = chartsWith("static");
/** The charts with an embed page. */
export const EMBED_CHARTS = chartsWith("embed");

/** The story template's placeholder for a chart's <noscript> copy: {{noscript.calls}}. */
export const noscriptPlaceholder = (chart: StaticChart) => `noscript.${chart}` as const;

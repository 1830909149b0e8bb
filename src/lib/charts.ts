/**
 * The registry of the story's charts: each chart once, by name, with its
 * component, its title and where it is published. Everything that lists charts
 * derives from here: the static SVGs (observablehq.config.ts,
 * src/data/static/[chart].svg.ts, render/static.ts), the story's <noscript>
 * placeholders (lib/story-check.ts), the embed pages and their titles
 * (render/embed-page.ts), and the loaders of the charts below the steps
 * (components/story-charts.ts: one literal import() per chart, as the bundler
 * needs, typed complete by this registry and checked against each entry's component).
 * Pure data and words: no component is imported here (lib sits below the components).
 */
import type { Lang } from "./format.js";
import { MESSAGES } from "./i18n/index.js";

export interface ChartInfo {
  /** The component that draws it: src/components/<component>.ts, exporting a function of that name. */
  component: string;
  /** Its title in the reader's language (each dictionary's words). */
  title: (lang: Lang) => string;
  /** Drawn below the story's steps, loaded when it nears the viewport: `<div class="story-chart" data-chart="name">` in story/*.md. */
  story: boolean;
  /** Published as a static SVG (dist/data/static/<name>-<lang>.svg) and as a <noscript> copy on the story page ({{noscript.<name>}}). */
  static: boolean;
  /** Offered as an embed page per language (/embed/<name>.html, /en/embed/<name>.html). */
  embed: boolean;
}

export const CHARTS = {
  /** The sticky graphic of the steps (drawn by components/scrolly.ts); here for its static copy. */
  sequence: {
    component: "SequenceChart",
    title: (lang: Lang) => MESSAGES[lang].sequence.label,
    story: false,
    static: true,
    embed: false,
  },
  calls: {
    component: "CallsChart",
    title: (lang: Lang) => MESSAGES[lang].embed.titles.calls,
    story: true,
    static: true,
    embed: true,
  },
  deliveries: {
    component: "DeliveriesChart",
    title: (lang: Lang) => MESSAGES[lang].embed.titles.deliveries,
    story: true,
    static: true,
    embed: true,
  },
  positions: {
    component: "PositionsChart",
    title: (lang: Lang) => MESSAGES[lang].embed.titles.positions,
    story: true,
    static: true,
    embed: true,
  },
} as const satisfies Record<string, ChartInfo>;

export type ChartName = keyof typeof CHARTS;

/** The names of the charts that have `feature`. */
type ChartsWith<Feature extends "story" | "static" | "embed"> = {
  [Name in ChartName]: (typeof CHARTS)[Name][Feature] extends true ? Name : never;
}[ChartName];

export type StoryChart = ChartsWith<"story">;
export type StaticChart = ChartsWith<"static">;
export type EmbedChart = ChartsWith<"embed">;

const chartsWith = <Feature extends "story" | "static" | "embed">(feature: Feature) =>
  (Object.keys(CHARTS) as ChartName[]).filter((name) => CHARTS[name][feature]) as ChartsWith<Feature>[];

/** The charts below the story's steps, in the story's order. */
export const STORY_CHARTS = chartsWith("story");
/** The charts also published as static SVG files and <noscript> copies. */
export const STATIC_CHARTS = chartsWith("static");
/** The charts with an embed page. */
export const EMBED_CHARTS = chartsWith("embed");

/** The story template's placeholder for a chart's <noscript> copy: {{noscript.calls}}. */
export const noscriptPlaceholder = (chart: StaticChart) => `noscript.${chart}` as const;

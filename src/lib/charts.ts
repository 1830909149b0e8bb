/**
 * The registry of the story's charts: each chart once, by name, with its
 * component and where it is published. Everything that lists charts derives
 * from here: the loaders of the charts below the steps (components/story-charts.ts),
 * the static SVGs (observablehq.config.ts, src/data/static/[chart].svg.ts,
 * render/static.ts), the story's <noscript> placeholders (lib/story-check.ts),
 * the embed pages and their titles (render/embed-page.ts).
 *
 * A component is loaded only when it is drawn (`load`, a literal import() each so
 * that Framework bundles it): nothing here runs a component when the registry is read.
 */
import type { Lang } from "./format.js";
import { MESSAGES } from "./i18n/index.js";
import type { StoryData } from "./story.js";

/** A chart drawn from the story's data: (story, {width, lang}) -> node. */
export type ChartFunction = (story: StoryData, options: { width: number; lang: Lang }) => Element;

export interface ChartInfo {
  /** The component that draws it: src/components/<component>.ts, exporting a function of that name. */
  component: string;
  /** Its title in the reader's language (each dictionary's words). */
  title: (lang: Lang) => string;
  /** Loads the component. */
  load: () => Promise<unknown>;
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
    load: () => import("../components/SequenceChart.js").then((module) => module.SequenceChart),
    story: false,
    static: true,
    embed: false,
  },
  calls: {
    component: "CallsChart",
    title: (lang: Lang) => MESSAGES[lang].embed.titles.calls,
    load: () => import("../components/CallsChart.js").then((module) => module.CallsChart),
    story: true,
    static: true,
    embed: true,
  },
  deliveries: {
    component: "DeliveriesChart",
    title: (lang: Lang) => MESSAGES[lang].embed.titles.deliveries,
    load: () => import("../components/DeliveriesChart.js").then((module) => module.DeliveriesChart),
    story: true,
    static: true,
    embed: true,
  },
  positions: {
    component: "PositionsChart",
    title: (lang: Lang) => MESSAGES[lang].embed.titles.positions,
    load: () => import("../components/PositionsChart.js").then((module) => module.PositionsChart),
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

/** A chart drawn from the story's data (every chart but the sticky graphic, which draws its own data), loaded. */
export const loadChart = (chart: Exclude<ChartName, "sequence">): Promise<ChartFunction> =>
  CHARTS[chart].load() as Promise<ChartFunction>;

/** The story template's placeholder for a chart's <noscript> copy: {{noscript.calls}}. */
export const noscriptPlaceholder = (chart: StaticChart) => `noscript.${chart}` as const;

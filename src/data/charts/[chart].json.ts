// What one chart below the steps draws, in one language (/data/charts/calls-de.json, …): lib/chart-data.ts.
import { cachedStory } from "../../lib/build-cache.js";
import { chartData } from "../../lib/chart-data.js";
import { STORY_CHARTS, type StoryChart } from "../../lib/charts.js";
import { runLoader } from "../../lib/files.js";
import { langParam, routeParam } from "../../lib/route.js";

const [chart, lang] = (routeParam("chart") ?? "").split("-");

await runLoader(() => {
  if (!STORY_CHARTS.includes(chart as StoryChart))
    throw new Error(`unknown chart ${chart}; expected one of ${STORY_CHARTS.join(", ")}, then -<language>`);
  return JSON.stringify(chartData(chart as StoryChart, cachedStory(langParam(lang))));
});

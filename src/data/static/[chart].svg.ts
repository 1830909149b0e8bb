// A chart as a standalone SVG for readers without JavaScript: /data/static/calls-de.svg and so on.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cachedStory } from "../../lib/build-cache.js";
import { runLoader } from "../../lib/files.js";
import { langParam, routeParam } from "../../lib/route.js";
import { STATIC_CHARTS, type StaticChart } from "../../lib/charts.js";
import { storySteps } from "../../lib/sequence.js";

const [chart, lang] = (routeParam("chart") ?? "").split("-");

await runLoader(async () => {
  if (!STATIC_CHARTS.includes(chart as StaticChart))
    throw new Error(`unknown chart ${chart}; expected one of ${STATIC_CHARTS.join(", ")}, then -<language>`);
  const story = cachedStory(langParam(lang));
  // The sticky graphic's copy draws what the page's graphic draws first: the events of the story's
  // steps and their windows (story/<lang>.md, as render/page.ts reads them), not every event.
  const steps = chart === "sequence" ? storySteps(readFileSync(join("story", `${story.lang}.md`), "utf8")) : undefined;
  // The renderer needs a DOM before the components load (render/dom.ts).
  return (await import("../../render/static.js")).staticChartFile(chart as StaticChart, story, steps);
});

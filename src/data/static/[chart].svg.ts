// A chart as a standalone SVG for readers without JavaScript: /data/static/calls-de.svg and so on.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { withDom } from "../../render/dom.js";
import { loadDataset, runLoader } from "../../lib/files.js";
import { buildStory } from "../../lib/story.js";

const { values } = parseArgs({ options: { chart: { type: "string" } } });
const [chart, lang] = (values.chart ?? "").split("-") as [string, string];

/** The stylesheet with its @imports inlined, for inside the SVG. */
function stylesheet(path: string): string {
  return readFileSync(path, "utf8").replace(/@import url\("\.\/(.+?)"\);/g, (_, file: string) => stylesheet(new URL(file, `file://${path}`).pathname));
}

await runLoader(async () => {
  const { STATIC_CHARTS, staticChartSvg } = await import("../../render/static.js");
  if (!STATIC_CHARTS.includes(chart as never) || (lang !== "de" && lang !== "en")) throw new Error(`unknown chart ${values.chart}; expected one of ${STATIC_CHARTS.map((name) => `${name}-de`).join(", ")} (or -en)`);
  const story = buildStory(loadDataset(), lang);
  return withDom(() => staticChartSvg(chart as never, story, stylesheet(`${process.cwd()}/src/style.css`)));
});

/**
 * The parts of the story page that are rendered at build time, by the same
 * components the browser runs: the boxes from data and a static copy of each
 * chart for readers without JavaScript (and for print). Needs a DOM (withDom).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "../lib/format.js";
import { MESSAGES } from "../lib/i18n/index.js";
import { relativeTo } from "../lib/social.js";
import type { StepDefinition } from "../lib/sequence.js";
import { sequenceData, type StoryData } from "../lib/story.js";
import { noscriptPlaceholder, STATIC_CHARTS, type StaticChart } from "../lib/charts.js";
import { escapeForMarkdown } from "../lib/template.js";
import { jsonBlock, STORY_PAGE_IDS } from "../lib/story-page.js";
import { withDom } from "./dom.js";
import { CHART_LOADERS } from "../components/story-charts.js";
import { Corrections, FactChecks } from "../components/sections.js";
import { Quotation } from "../components/kit/quotation.js";
import { eventsFrom, SequenceChart } from "../components/SequenceChart.js";

export { STATIC_CHARTS };

/** The width of the static charts; their SVGs scale down with the page. */
const STATIC_WIDTH = 640;

/** Where the page finds a chart's static SVG (dist/data/static/…, see src/data/static/[chart].svg.ts). */
const staticSvgPath = (chart: StaticChart, lang: Lang) =>
  relativeTo(MESSAGES[lang].edition, `/data/static/${chart}-${lang}.svg`);

/** The height of the sticky graphic's static copy. */
const SEQUENCE_HEIGHT = 300;

/**
 * The chart's figure as rendered in the browser, at the static width: a story chart
 * by its loader (components/story-charts.ts, from the registry lib/charts.ts); the
 * sticky graphic, which the steps draw, from the story's sequence data.
 */
async function renderChart(
  chart: StaticChart,
  story: StoryData,
  steps?: readonly StepDefinition[],
): Promise<Element> {
  const lang = story.lang;
  if (chart === "sequence")
    return SequenceChart(sequenceData(story, steps), {
      width: STATIC_WIDTH,
      height: SEQUENCE_HEIGHT,
      lang,
      start: story.meta.termStart,
      end: story.meta.dataUntil,
      details: eventsFrom(() => story),
      // The bars of events counted rather than drawn, which the page's graphic loads where it has them.
      density: await import("../components/sequence/density.js"),
    });
  return (await CHART_LOADERS[chart]())(story, { width: STATIC_WIDTH, lang });
}

/** The chart's main SVG: the widest one (legends hold small ones). */
function mainSvg(node: Element): SVGSVGElement {
  const svgs = [...node.querySelectorAll("svg")];
  return svgs.reduce((widest, svg) =>
    Number(svg.getAttribute("width")) > Number(widest.getAttribute("width")) ? svg : widest,
  );
}

const STYLESHEET = join(dirname(fileURLToPath(import.meta.url)), "..", "style.css");

/** The stylesheet with its @imports inlined, for inside the SVG. */
function inlinedStylesheet(path: string): string {
  return readFileSync(path, "utf8").replace(/@import url\("\.\/(.+?)"\);/g, (_, file: string) =>
    inlinedStylesheet(join(dirname(path), file)),
  );
}

/**
 * The static SVG file of a chart, with the page's stylesheet inside (renders in a DOM of its own).
 * Given the story's steps, the sticky graphic's copy holds the events the page's graphic holds
 * (lib/story.ts sequenceData), not every event of the archive.
 */
export function staticChartFile(
  chart: StaticChart,
  story: StoryData,
  steps?: readonly StepDefinition[],
): Promise<string> {
  return withDom(async () =>
    staticChartSvg(chart, await renderChart(chart, story, steps), inlinedStylesheet(STYLESHEET)),
  );
}

/**
 * A chart as a standalone SVG file, for readers without JavaScript: wrapped in
 * an outer <svg class="chart calls"> (the chart's name) so that the page's own chart
 * CSS, embedded, applies.
 */
export function staticChartSvg(name: StaticChart, chart: Element, css: string): string {
  const svg = withoutInteraction(mainSvg(chart));
  const width = svg.getAttribute("width");
  const height = svg.getAttribute("height");
  // XML, not HTML serialisation: a standalone SVG file must be well-formed XML.
  const xml = new svg.ownerDocument.defaultView!.XMLSerializer().serializeToString(svg);
  const style = `<style><![CDATA[${css.replace(/\]\]>/g, "")}]]></style>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart ${name}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${style}${xml}</svg>`;
}

/** The parts of the story's appendix (on the sources page) that components fill: the full fact check, the corrections (needs a DOM). */
export function appendixParts(story: StoryData): Record<"factchecks" | "corrections", string> {
  const html = (node: Element) => escapeForMarkdown(node.outerHTML);
  return { factchecks: html(FactChecks(story)), corrections: html(Corrections(story)) };
}

/**
 * The story's placeholders that components fill: the boxes from data and each chart's static copy
 * (needs a DOM). The list of every event and the codebook are on the sources page only: in the
 * story page they would grow its first load with the archive.
 */
export async function storyTemplateParts(
  story: StoryData,
  steps?: readonly StepDefinition[],
): Promise<Record<string, string>> {
  const lang: Lang = story.lang;
  const html = (node: Element) => escapeForMarkdown(node.outerHTML);
  // The chart as an image that only readers without JavaScript load, with its HTML caption and legend.
  // The open tag alone on its line makes Markdown read the whole as one HTML block, not a paragraph.
  const noscript = async (chart: Exclude<StaticChart, "sequence">) => {
    const figure = staticFigure(await renderChart(chart, story));
    const svg = mainSvg(figure);
    const alt = figure.querySelector(".chart-caption")?.textContent ?? "";
    const image = Object.assign(figure.ownerDocument.createElement("img"), {
      src: staticSvgPath(chart, lang),
      alt,
    });
    image.setAttribute("width", svg.getAttribute("width")!);
    image.setAttribute("height", svg.getAttribute("height")!);
    svg.replaceWith(image);
    return `<noscript>\n<div class="static-chart">${html(figure)}</div>\n</noscript>`;
  };
  const sequenceAlt = MESSAGES[lang].sequenceAlt;
  return {
    ...appendixParts(story),
    // Each quoted event's quote, as the story's text places it: {{quote.<event-id>}}.
    ...Object.fromEntries(
      story.events
        .filter((event) => event.quote)
        .map((event) => [
          `quote.${event.id}`,
          html(Quotation(event.quote!, lang, { speaker: story.actors[event.quote!.speaker]?.name })),
        ]),
    ),
    // What the sticky graphic draws on first load, in the page itself (components/story-page.ts reads it).
    "sequence.data": jsonBlock(STORY_PAGE_IDS.sequenceData, sequenceData(story, steps)),
    [noscriptPlaceholder("sequence")]:
      `<noscript><img class="sequence-svg" src="${staticSvgPath("sequence", lang)}" alt="${sequenceAlt}" width="${STATIC_WIDTH}" height="${SEQUENCE_HEIGHT}"></noscript>`,
    // Every other static chart: its figure, with the static SVG as its image.
    ...Object.fromEntries(
      await Promise.all(
        STATIC_CHARTS.filter((chart) => chart !== "sequence").map(async (chart) => [
          noscriptPlaceholder(chart),
          await noscript(chart),
        ]),
      ),
    ),
  };
}

/**
 * A chart as a picture with its caption and source line: no focusable marks,
 * no details panel, and no table of its events (the page's list of all events,
 * also in the HTML, is the text without JavaScript; a copy per chart would only
 * add weight to every reader's first load).
 */
function staticFigure(figure: Element): Element {
  figure.removeAttribute("id");
  withoutInteraction(figure);
  for (const node of figure.querySelectorAll(".details-panel, .chart-alternative")) node.remove();
  return figure;
}

/** Marks that nothing can open are not buttons. */
function withoutInteraction(node: Element): Element {
  for (const mark of node.querySelectorAll("[tabindex]")) {
    mark.removeAttribute("tabindex");
    mark.removeAttribute("role");
  }
  return node;
}

/**
 * The story page's one script (story/<lang>.md loads it with <script type="module" src>).
 * The page is complete HTML; this script adds what needs JavaScript, each part where
 * the page marks its place:
 * - the sticky graphic, drawn from the page's own JSON block #sequence-data (the
 *   events it shows, written by the build) with the short labels of #sequence-labels
 *   (written by the editor in story/<lang>.md), at the top of `.scrolly-graphic`;
 * - the steps of `.scrolly` (scrollytelling), their controls below the graphic;
 * - each chart below the steps, into `<div class="story-chart" data-chart="…">`,
 *   when the reader nears it;
 * - the forwarding of older links to events.
 * The full story (summaries, quotes, sources) loads once, from the JSON file the
 * page's head names (`<link rel="alternate" id="story-data">`), when a reader opens
 * an event; each chart below the steps loads only what it draws, from the file the head
 * names for it (`id="chart-data-calls"`, …). A page without an element leaves its part out.
 */
import { chartDataId } from "../lib/chart-data.js";
import { STORY_CHARTS, type StoryChart } from "../lib/charts.js";
import { langOf } from "../lib/i18n/index.js";
import { STORY_PAGE_IDS } from "../lib/story-page.js";
import type { StoryData } from "../lib/story.js";
import { once } from "./lazy.js";
import { forwardEventLinks } from "./old-links.js";
import { scrollytelling, stepContextIds } from "./scrolly.js";
import { eventsFrom, ResponsiveSequence } from "./SequenceChart.js";
import { storyChart } from "./story-charts.js";

/** The parsed content of a JSON block (<script type="application/json" id="…">) of the page. */
function jsonBlock<T>(doc: Document, id: string): T | undefined {
  const text = doc.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as T) : undefined;
}

/** Story data from a file the page's head names (`<link rel="alternate" id="…">`), fetched once. */
function linkedData(doc: Document, id: string): () => Promise<StoryData> {
  const href = doc.getElementById(id)?.getAttribute("href");
  return once(async () => {
    if (!href) throw new Error(`#${id} names no file`);
    const response = await fetch(new URL(href, doc.baseURI));
    if (!response.ok) throw new Error(`${href}: ${response.status}`);
    return (await response.json()) as StoryData;
  });
}

/** The full story (every event with its summary, quotes and sources). */
const fullStoryFrom = (doc: Document) => linkedData(doc, STORY_PAGE_IDS.fullStory);

const isStoryChart = (name: string | undefined): name is StoryChart =>
  STORY_CHARTS.includes(name as StoryChart);

/** Each chart below the steps, in the place the page marks for it, with the data it draws (lib/chart-data.ts). */
function placeCharts(doc: Document, lang: StoryData["lang"]): void {
  for (const slot of doc.querySelectorAll<HTMLElement>(".story-chart[data-chart]")) {
    const chart = slot.dataset.chart;
    if (isStoryChart(chart))
      slot.replaceChildren(storyChart(chart, { lang, data: linkedData(doc, chartDataId(chart)) }));
  }
}

/** The sticky graphic and the steps that drive it. */
function startSteps(doc: Document, lang: StoryData["lang"], fullStory: () => Promise<StoryData>): void {
  const story = doc.querySelector<HTMLElement>(".scrolly");
  const graphic = story?.querySelector<HTMLElement>(".scrolly-graphic");
  const data = jsonBlock<Parameters<typeof ResponsiveSequence>[0]>(doc, STORY_PAGE_IDS.sequenceData);
  if (!story || !graphic || !data) return;
  const sequence = ResponsiveSequence(data, {
    lang,
    start: data.meta.termStart,
    end: data.meta.dataUntil,
    details: eventsFrom(fullStory),
    labels: jsonBlock<Record<string, string>>(doc, STORY_PAGE_IDS.sequenceLabels) ?? {},
  });
  graphic.prepend(sequence);
  const scrolly = scrollytelling(story, {
    lang,
    onStep: (step, ids) => sequence.highlight(ids, { context: stepContextIds(step), id: step.id }),
    onEvent: (id) => void sequence.select(id),
  });
  graphic.append(scrolly.nav);
}

/** Adds the story's interactive parts to a page (the whole document by default). */
export function startStory(doc: Document = document): void {
  const lang = langOf(doc.documentElement.lang);
  const fullStory = fullStoryFrom(doc);
  forwardEventLinks(lang);
  startSteps(doc, lang, fullStory);
  placeCharts(doc, lang);
}

startStory();

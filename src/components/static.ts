/**
 * The parts of the story page that are rendered at build time, by the same
 * components the browser runs: the boxes from data and a static copy of each
 * chart for readers without JavaScript (and for print). Needs a DOM (withDom).
 */
import type { CodebookColumn } from "../lib/codebook.js";
import { ordinal, type Lang } from "../lib/format.js";
import type { StoryData } from "../lib/story.js";
import { escapeForMarkdown } from "../lib/template.js";
import { CallsChart } from "./CallsChart.js";
import { DeliveriesChart } from "./DeliveriesChart.js";
import { PositionsChart } from "./PositionsChart.js";
import { Codebook, Corrections, EventList, FactChecks } from "./sections.js";
import { SequenceChart } from "./SequenceChart.js";

/** The width of the static charts; their SVGs scale down with the page. */
const STATIC_WIDTH = 640;

export function storyTemplateValues(story: StoryData, codebook: { file: string; columns: CodebookColumn[] }[]): Record<string, string> {
  const lang: Lang = story.lang;
  const html = (node: Element) => escapeForMarkdown(node.outerHTML);
  const sixth = story.events.find((event) => event.callNumber !== undefined && event.id === "2025-07-03-trump-putin-call");
  const [march, july] = story.haltPeriods;
  if (!sixth || !march || !july) throw new Error("the story needs the 3 July Trump–Putin call and the March and July halt periods in the data");
  // The open tag alone on its line makes Markdown read the whole as one HTML block, not a paragraph.
  const noscript = (figure: Element) => `<noscript>\n<div class="static-chart">${html(staticFigure(figure))}</div>\n</noscript>`;
  const sequence = SequenceChart(story, { width: STATIC_WIDTH, height: 300, lang, start: "2025-01-20", end: story.meta.dataUntil });
  return {
    eventCount: String(story.meta.eventCount),
    sourceCount: String(story.meta.sourceCount),
    updated: story.meta.updatedLabel,
    dataUntil: story.meta.dataUntilLabel,
    "sixthCall.ordinal": ordinal(sixth.callNumber!, lang),
    "sixthCall.daysSincePrevious": String(sixth.daysSincePreviousCall ?? ""),
    "sixthCall.time": sixth.timeLabel ?? sixth.dateLabel,
    "marchHalt.days": String(march.days),
    "julyHalt.days": String(july.days),
    factchecks: html(FactChecks(story)),
    events: html(EventList(story)),
    codebook: html(Codebook(codebook, lang)),
    corrections: html(Corrections(story)),
    "noscript.sequence": `<noscript>${html(withoutInteraction(sequence.querySelector("svg")!))}</noscript>`,
    "noscript.calls": noscript(CallsChart(story, { width: STATIC_WIDTH, lang })),
    "noscript.deliveries": noscript(DeliveriesChart(story, { width: STATIC_WIDTH, lang })),
    "noscript.positions": noscript(PositionsChart(story, { width: STATIC_WIDTH, lang })),
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

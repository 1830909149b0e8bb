/**
 * A chart as a newsroom publishes it: title, chart, details, a text alternative
 * built when first opened, caption and source line.
 */
import type { Lang } from "../../lib/format.js";
import { MESSAGES } from "../../lib/i18n/index.js";
import type { StoryEvent } from "../../lib/story.js";
import { leadingSources } from "../../lib/source-policy.js";
import { LABELS } from "../labels.js";
import { el } from "./html.js";

/**
 * A chart's source line: the leading publishers of the events shown (official
 * and agency first, see lib/source-policy), "and others" where there are more, our analysis,
 * and the data's cut-off: "Quellen: TASS, AP, Reuters, CNN u. a.; eigene Auswertung · Daten bis 29. Juli 2025".
 */
export function sourceLine(events: StoryEvent[], dataUntilLabel: string, lang: Lang, count = 4): string {
  const ranked = leadingSources(events.map((event) => event.sources));
  const words = MESSAGES[lang].sourceLine;
  return `${LABELS[lang].sources}: ${ranked.slice(0, count).join(", ")}${ranked.length > count ? words.more : ""}; ${words.own} · ${words.until} ${dataUntilLabel}`;
}

export interface FigureParts {
  id: string;
  title: string;
  caption: string;
  source: string;
  chart: Node;
  /** Builds the text alternative, when the reader first opens it. */
  alternative: () => Node;
  details?: HTMLElement;
  lang: Lang;
}

/**
 * A box for a table that may be wider than a phone: it scrolls sideways on its
 * own, never the page, and takes focus so that a keyboard can scroll it too.
 * Its label names it among the other such boxes on the page.
 */
export function scrollRegion(label: string, ...content: Node[]): HTMLElement {
  return el("div", { class: "table-scroll", tabindex: "0", role: "region", "aria-label": label }, ...content);
}

/**
 * A chart as a newsroom publishes it: title, chart, details, text alternative, then
 * caption and source line as the figure's last child (a figcaption must be the first
 * or last child of its figure).
 */
export function chartFigure({
  id,
  title,
  caption,
  source,
  chart,
  alternative,
  details,
  lang,
}: FigureParts): HTMLElement {
  const summary = LABELS[lang].tableSummary;
  const scroller = scrollRegion(`${summary}: ${title}`);
  const disclosure = el("details", { class: "chart-alternative" }, el("summary", {}, summary), scroller);
  buildOnFirstOpen(disclosure, () => scroller.append(alternative()));
  return el(
    "figure",
    { class: "chart", id },
    el("h3", { class: "chart-title" }, title),
    chart,
    details,
    disclosure,
    el(
      "figcaption",
      {},
      el("p", { class: "chart-caption" }, caption),
      el("p", { class: "chart-source" }, source),
    ),
  );
}

/**
 * Runs `build` the first time a <details> is opened, not before: a
 * table of thousands of rows costs more than the chart. (Printing hides the
 * tables; the printed text is the page's list of all events.)
 */
function buildOnFirstOpen(disclosure: HTMLDetailsElement, build: () => void): void {
  let built = false;
  disclosure.addEventListener("toggle", () => {
    if (!disclosure.open || built) return;
    built = true;
    build();
  });
}

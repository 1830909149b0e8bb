/**
 * What every chart shares: the details panel that opens an event, keyboard navigation between marks, and the figure with
 * caption, source line and text alternative.
 */
import { leadingSources } from "../lib/source-policy.js";
import type { Selection } from "d3-selection";
import type { Lang } from "../lib/format.js";
import { eventHref } from "../lib/links.js";
import type { ActorSummary, StoryActor, StoryEvent, StorySource } from "../lib/story.js";
import { MESSAGES } from "../lib/i18n/index.js";
import { LABELS } from "./labels.js";
import { Quotation } from "./quotation.js";
import { el, safeUrl } from "./kit/html.js";

export { el, safeUrl } from "./kit/html.js";
export { symbolPath, type SymbolKind } from "./kit/symbols.js";

export const svgNs = "http://www.w3.org/2000/svg";

/** The stable anchor of an event: #ereignis-… (German), #event-… (English), on the sources page. */
export { eventAnchor } from "../lib/links.js";

/** A quotation in the quotation marks of the reader's language: „…“ / “…”. */
export function quoted(text: string, lang: Lang): string {
  const [open, close] = MESSAGES[lang].quotes;
  return `${open}${text}${close}`;
}

/** An event's sources as a comma-separated run of links (plain text where a URL is not http(s)). */
export function sourceLinks(sources: StorySource[]): (Node | string)[] {
  return sources.flatMap((source, index) => {
    const href = safeUrl(source.url);
    const link = href ? el("a", { href, rel: "noopener noreferrer" }, source.outlet) : source.outlet;
    return index > 0 ? [", ", link] : [link];
  });
}

/** A source as a list names it: the outlet, or for a copy of record "AP via Dayton Daily News". */
export function sourceName(source: Pick<StorySource, "outlet" | "via">, lang: Lang): string {
  return source.via ? MESSAGES[lang].sections.copyOf(source.via, source.outlet) : source.outlet;
}

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

/** Everything known about an event, for the details panel. */
export function eventDetails(
  event: StoryEvent,
  actors: Record<string, ActorSummary>,
  lang: Lang,
): HTMLElement {
  const labels = LABELS[lang];
  const when = [event.dateLabel, event.timeLabel ?? event.timing].filter(Boolean).join(" · ");
  const who = event.actors.map((id) => actors[id]?.name ?? id).join(", ");
  const facts = [labels.type[event.type], labels.topic[event.topic]];
  if (event.callNumber) facts.push(labels.callNumber(event.callNumber));
  if (event.daysSincePreviousCall) facts.push(labels.daysSince(event.daysSincePreviousCall));
  if (event.status === "not_held") facts.push(labels.notHeld);
  const article = el(
    "article",
    { class: "event-details", "data-event": event.id },
    el("p", { class: "event-details-when" }, when),
    el("h3", {}, event.headline),
    el("p", { class: "event-details-facts" }, facts.join(" · ")),
    el("p", {}, event.summary),
    el("p", { class: "event-details-who" }, `${labels.actors}: ${who}`),
  );
  if (event.quote)
    article.append(
      Quotation(event.quote, lang, { speaker: actors[event.quote.speaker]?.name ?? event.quote.speaker }),
    );
  if (event.notes) article.append(el("p", { class: "event-details-notes" }, event.notes));
  article.append(
    el(
      "p",
      { class: "event-details-confidence" },
      `${labels.confidenceLabel}: ${labels.confidence[event.confidence]}`,
      event.figureConfidence &&
        ` · ${labels.figureConfidenceLabel}: ${labels.confidence[event.figureConfidence]}`,
    ),
  );
  const list = el("ul", { class: "event-sources" });
  for (const source of event.sources) {
    const href = safeUrl(source.url);
    const name = sourceName(source, lang);
    list.append(el("li", {}, href ? el("a", { href, rel: "noopener noreferrer" }, name) : name));
  }
  article.append(el("p", { class: "event-sources-label" }, `${labels.sources}:`), list);
  article.append(
    el("p", { class: "event-details-link" }, el("a", { href: eventHref(event.id, lang) }, labels.eventLink)),
  );
  return article;
}

/** What a focusable mark needs of its datum: an id and a name. */
export type MarkDatum = Pick<StoryEvent, "id" | "dateLabel" | "headline">;

/**
 * Makes marks usable by pointer, touch and keyboard: one tab stop for the
 * chart (roving tabindex), arrow keys and Home/End move between marks in
 * order, Enter or Space opens a mark, Escape closes; hover and focus preview it.
 */
export function interactiveMarks<E extends SVGElement, D extends MarkDatum = StoryEvent>(
  marks: Selection<E, D, SVGElement | null, unknown>,
  show: (event: D | undefined, mark?: E) => void,
): void {
  const nodes = marks.nodes();
  const events = marks.data();
  marks
    .attr("tabindex", (_, index) => (index === 0 ? "0" : "-1"))
    .attr("role", "button")
    .attr("aria-label", (event) => `${event.dateLabel}: ${event.headline}`)
    .attr("data-event", (event) => event.id)
    .on("click", function (_, event) {
      show(event, this);
    })
    .on("mouseenter", function (_, event) {
      show(event, this);
    })
    .on("focus", function (_, event) {
      for (const node of nodes) node.setAttribute("tabindex", node === this ? "0" : "-1");
      show(event, this);
    })
    .on("keydown", function (event) {
      const keyEvent = event as KeyboardEvent;
      const index = nodes.indexOf(this);
      const target = {
        ArrowRight: index + 1,
        ArrowDown: index + 1,
        ArrowLeft: index - 1,
        ArrowUp: index - 1,
        Home: 0,
        End: nodes.length - 1,
      }[keyEvent.key];
      if (target !== undefined) {
        keyEvent.preventDefault();
        nodes[Math.max(0, Math.min(nodes.length - 1, target))].focus();
      } else if (keyEvent.key === "Enter" || keyEvent.key === " ") {
        keyEvent.preventDefault();
        show(events[index], this);
      } else if (keyEvent.key === "Escape") {
        show(undefined);
      }
    });
}

/**
 * Marks which marks show what is open: a class for the eye, `aria-current` for a
 * screen reader ("current item"), on the marks that `active` picks and off the others.
 */
export function markActive<E extends Element, D>(
  marks: Selection<E, D, SVGElement | null, unknown> | Selection<E, D, null, undefined>,
  active: (datum: D) => boolean,
): void {
  (marks as Selection<E, D, SVGElement | null, unknown>)
    .classed("is-active", active)
    .attr("aria-current", (datum) => (active(datum) ? "true" : null));
}

/**
 * The panel in which a chart shows the event in focus (`show`), or other
 * content such as a summary of several events (`showContent`), with a close button.
 */
export function detailsPanel(
  actors: Record<string, ActorSummary>,
  lang: Lang,
): {
  node: HTMLElement;
  show: (event: StoryEvent | undefined) => void;
  showContent: (content: HTMLElement) => void;
} {
  const node = el("div", { class: "details-panel", "aria-live": "polite" });
  node.append(el("p", { class: "details-hint" }, LABELS[lang].keyboardHint));
  const close = () => {
    node.replaceChildren(el("p", { class: "details-hint" }, LABELS[lang].keyboardHint));
    node.classList.remove("is-open");
  };
  const showContent = (content: HTMLElement) => {
    const button = el(
      "button",
      { type: "button", class: "details-close", "aria-label": LABELS[lang].close },
      "×",
    );
    button.addEventListener("click", close);
    node.replaceChildren(button, content);
    node.classList.add("is-open");
  };
  const show = (event: StoryEvent | undefined) =>
    event ? showContent(eventDetails(event, actors, lang)) : close();
  return { node, show, showContent };
}

/** Marks that open their event's details: interactive, the open one marked active; returns the details panel. */
export function selectableMarks<E extends SVGElement>(
  marks: Selection<E, StoryEvent, SVGElement | null, unknown>,
  actors: Record<string, ActorSummary>,
  lang: Lang,
): ReturnType<typeof detailsPanel> {
  const panel = detailsPanel(actors, lang);
  interactiveMarks(marks, (event) => {
    markActive(marks, (d) => d === event);
    panel.show(event);
  });
  return panel;
}

/** The events of a chart as a table: the chart's text alternative. */
export function eventTable(
  events: StoryEvent[],
  actors: Record<string, StoryActor>,
  lang: Lang,
  caption: string,
): HTMLElement {
  const labels = LABELS[lang];
  const table = el("table", { class: "event-table" }, el("caption", {}, caption));
  table.append(
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, labels.date),
        el("th", { scope: "col" }, labels.event),
        el("th", { scope: "col" }, labels.actors),
        el("th", { scope: "col" }, labels.sources),
      ),
    ),
  );
  const body = el("tbody");
  for (const event of events) {
    const sources = el("td", { "data-label": labels.sources }, ...sourceLinks(event.sources));
    const headline = event.status === "not_held" ? `${event.headline} (${labels.notHeld})` : event.headline;
    body.append(
      el(
        "tr",
        { "data-event": event.id },
        el(
          "td",
          { class: "event-table-date" },
          [event.dateLabel, event.timeLabel].filter(Boolean).join(", "),
        ),
        el("td", {}, headline),
        el(
          "td",
          { "data-label": labels.actors },
          event.actors.map((id) => actors[id]?.name ?? id).join(", "),
        ),
        sources,
      ),
    );
  }
  table.append(body);
  return table;
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

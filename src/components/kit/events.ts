/**
 * An event as the charts show it: its details in the panel, its row in a chart's
 * table, its quote in the reader's quotation marks, its sources as links.
 */
import type { Lang } from "../../lib/format.js";
import { eventHref } from "../../lib/links.js";
import type { ActorSummary, StoryActor, StoryEvent, StorySource } from "../../lib/story.js";
import { MESSAGES } from "../../lib/i18n/index.js";
import { LABELS } from "../labels.js";
import { el, safeUrl } from "./html.js";
import { Quotation } from "./quotation.js";
import { dataTable } from "./table.js";

/**
 * A source as a list names it: the outlet; for a copy of record "AP via Dayton Daily News";
 * for a report resting on another newsroom's "LIGA.net, nach NBC News" / "LIGA.net, citing NBC News".
 */
export function sourceName(source: Pick<StorySource, "outlet" | "via" | "relation">, lang: Lang): string {
  if (!source.via) return source.outlet;
  const words = MESSAGES[lang].sections;
  return source.relation === "citing"
    ? words.citing(source.outlet, source.via)
    : words.copyOf(source.via, source.outlet);
}

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

/** The events of a chart as a table: the chart's text alternative. */
export function eventTable(
  events: StoryEvent[],
  actors: Record<string, StoryActor>,
  lang: Lang,
  caption: string,
): HTMLElement {
  const labels = LABELS[lang];
  return dataTable(
    events,
    [
      {
        header: labels.date,
        attrs: { class: "event-table-date" },
        cell: (event) => [event.dateLabel, event.timeLabel].filter(Boolean).join(", "),
      },
      {
        header: labels.event,
        cell: (event) =>
          event.status === "not_held" ? `${event.headline} (${labels.notHeld})` : event.headline,
      },
      {
        header: labels.actors,
        attrs: { "data-label": labels.actors },
        cell: (event) => event.actors.map((id) => actors[id]?.name ?? id).join(", "),
      },
      {
        header: labels.sources,
        attrs: { "data-label": labels.sources },
        cell: (event) => sourceLinks(event.sources),
      },
    ],
    { caption, attrs: { class: "event-table" }, rowAttrs: (event) => ({ "data-event": event.id }) },
  );
}

/**
 * The boxes that come from data, on the story page and on the sources page: the
 * fact check, every event with its sources, the codebook, the corrections. Each
 * is a function of data returning a node; the data explorer draws its events
 * with the same EventItem that the build writes into the page.
 */
import type { CodebookColumn } from "../lib/codebook.js";
import type { Lang } from "../lib/format.js";
import { eventAnchor, eventHref } from "../lib/links.js";
import { eventPages, type ExplorerEvent } from "../lib/explore.js";
import type { StoryData, StoryEvent } from "../lib/story.js";
import { scrollRegion } from "./kit/figure.js";
import { el, safeUrl } from "./kit/html.js";
import { sourceName } from "./kit/events.js";
import { wordingLine } from "./kit/quotation.js";
import { dataTable } from "./kit/table.js";
import { LABELS } from "./labels.js";
import { MESSAGES } from "../lib/i18n/index.js";

/** A link to the event on the static page of the sources page that holds it (relative to the story page of its language). */
function eventLink(event: StoryEvent, lang: Lang, page: number): HTMLElement {
  return el("a", { href: eventHref(event.id, lang, page) }, `${event.dateLabel}: ${event.headline}`);
}

export function FactChecks(story: StoryData): HTMLElement {
  const words = MESSAGES[story.lang].sections;
  const pages = eventPages(story.events);
  const events = new Map(story.events.map((event) => [event.id, { event, page: pages.get(event.id)! }]));
  const list = el("div", { class: "factchecks" });
  for (const check of story.factchecks) {
    const refs = el("ul", { class: "factcheck-events" });
    for (const id of check.eventIds) {
      const found = events.get(id);
      if (found) refs.append(el("li", {}, eventLink(found.event, story.lang, found.page)));
    }
    list.append(
      el(
        "section",
        { class: "factcheck", id: `faktencheck-${check.id}` },
        el("h3", {}, check.title),
        el("p", { class: `factcheck-verdict factcheck-verdict-${check.verdict}` }, check.verdictLabel),
        el(
          "dl",
          {},
          el("dt", {}, words.claim),
          el("dd", {}, check.claim),
          el("dt", {}, words.finding),
          el("dd", {}, check.finding),
        ),
        el("p", { class: "factcheck-see" }, `${words.see}:`),
        refs,
      ),
    );
  }
  return list;
}

/** One event with its sources, as the sources page lists it; its id is the event's anchor. */
export function EventItem(
  event: ExplorerEvent,
  actors: Record<string, { name: string }>,
  lang: Lang,
): HTMLElement {
  const words = MESSAGES[lang].sections;
  const sources = el("ul", { class: "event-list-sources" });
  for (const source of event.sources) {
    const href = safeUrl(source.url);
    const name = sourceName(source, lang);
    sources.append(
      el(
        "li",
        {},
        href ? el("a", { href, rel: "noopener noreferrer" }, name) : name,
        ` · ${words.kinds[source.kind]}`,
      ),
    );
  }
  const who = event.actors.map((id) => actors[id]?.name ?? id).join(", ");
  return el(
    "li",
    { id: eventAnchor(event.id, lang), class: "event-list-item", tabindex: "-1" },
    el(
      "p",
      { class: "event-list-when" },
      [event.dateLabel, event.timeLabel ?? event.timing].filter(Boolean).join(" · "),
    ),
    el("h3", { class: "event-list-headline" }, event.headline),
    el("p", {}, event.summary),
    el("p", { class: "event-list-facts" }, `${LABELS[lang].type[event.type]} · ${who}`),
    sources,
    // Whose wording a quoted event's quote is.
    event.quote ? el("p", { class: "event-list-wording" }, wordingLine(event.quote, lang)) : undefined,
  );
}

/** Every event with its sources: the sources page's list, complete without JavaScript. */
export function EventList(story: StoryData): HTMLElement {
  const list = el("ol", { class: "event-list" });
  for (const event of story.events) list.append(EventItem(event, story.actors, story.lang));
  return list;
}

export function Codebook(codebook: { file: string; columns: CodebookColumn[] }[], lang: Lang): HTMLElement {
  const words = MESSAGES[lang].sections;
  const container = el("div", { class: "codebook" });
  for (const { file, columns } of codebook) {
    const table = dataTable(columns, [
      { header: words.column, rowHeader: true, cell: (column) => el("code", {}, column.name) },
      {
        header: words.requiredHeader,
        attrs: { class: "codebook-required" },
        cell: (column) => (column.required ? words.required : words.optional),
      },
      { header: words.allowed, attrs: { "data-label": words.allowed }, cell: (column) => column.allowed },
      { header: words.meaning, attrs: { "data-label": words.meaning }, cell: (column) => column.description },
    ]);
    container.append(
      el("details", {}, el("summary", {}, file), scrollRegion(`${words.codebookOf} ${file}`, table)),
    );
  }
  return container;
}

export function Corrections(story: StoryData): HTMLElement {
  const list = el("ul", { class: "corrections" });
  for (const correction of story.corrections)
    list.append(
      el("li", {}, el("time", { datetime: correction.date }, correction.dateLabel), `: ${correction.text}`),
    );
  return list;
}

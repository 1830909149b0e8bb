/**
 * The story's boxes that come from data: the fact check, the sources, the
 * codebook, the corrections. Each is a function of data returning a node.
 */
import type { CodebookColumn } from "../lib/codebook.js";
import type { Lang } from "../lib/format.js";
import type { StoryData, StoryEvent } from "../lib/story.js";
import { el, eventAnchor, safeUrl, scrollRegion } from "./common.js";

const WORDS = {
  de: {
    claim: "Erste Berichte",
    finding: "Was die Quellen zeigen",
    see: "Belegt durch",
    kinds: { official: "amtlich", wire: "Agentur", press: "Presse", aggregator: "Weiterverbreitung" },
    required: "Pflicht",
    optional: "optional",
    requiredHeader: "Pflicht",
    codebookOf: "Codebuch von",
    column: "Spalte",
    allowed: "Erlaubt",
    meaning: "Bedeutung",
    file: "Datei",
  },
  en: {
    claim: "First reports",
    finding: "What the sources show",
    see: "Established by",
    kinds: { official: "official", wire: "wire", press: "press", aggregator: "republication" },
    required: "required",
    optional: "optional",
    requiredHeader: "Required",
    codebookOf: "Codebook of",
    column: "Column",
    allowed: "Allowed",
    meaning: "Meaning",
    file: "File",
  },
};

function eventLink(event: StoryEvent, lang: Lang): HTMLElement {
  return el("a", { href: `#${eventAnchor(event.id, lang)}` }, `${event.dateLabel}: ${event.headline}`);
}

export function FactChecks(story: StoryData): HTMLElement {
  const words = WORDS[story.lang];
  const events = new Map(story.events.map((event) => [event.id, event]));
  const list = el("div", { class: "factchecks" });
  for (const check of story.factchecks) {
    const refs = el("ul", { class: "factcheck-events" });
    for (const id of check.eventIds) {
      const event = events.get(id);
      if (event) refs.append(el("li", {}, eventLink(event, story.lang)));
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

/** Every event with its sources: the story's list of events and sources. */
export function EventList(story: StoryData): HTMLElement {
  const words = WORDS[story.lang];
  const list = el("ol", { class: "event-list" });
  for (const event of story.events) {
    const sources = el("ul", { class: "event-list-sources" });
    for (const source of event.sources) {
      const href = safeUrl(source.url);
      const name = source.via ? `${source.outlet} (${source.via})` : source.outlet;
      sources.append(
        el(
          "li",
          {},
          href ? el("a", { href, rel: "noopener noreferrer" }, name) : name,
          ` · ${words.kinds[source.kind]}`,
        ),
      );
    }
    list.append(
      el(
        "li",
        { id: eventAnchor(event.id, story.lang), class: "event-list-item" },
        el(
          "p",
          { class: "event-list-when" },
          [event.dateLabel, event.timeLabel ?? event.timing].filter(Boolean).join(" · "),
        ),
        el("p", { class: "event-list-headline" }, event.headline),
        el("p", {}, event.summary),
        sources,
      ),
    );
  }
  return list;
}

export function Codebook(codebook: { file: string; columns: CodebookColumn[] }[], lang: Lang): HTMLElement {
  const words = WORDS[lang];
  const container = el("div", { class: "codebook" });
  for (const { file, columns } of codebook) {
    const body = el("tbody");
    for (const column of columns) {
      body.append(
        el(
          "tr",
          {},
          el("th", { scope: "row" }, el("code", {}, column.name)),
          el("td", { class: "codebook-required" }, column.required ? words.required : words.optional),
          el("td", { "data-label": words.allowed }, column.allowed),
          el("td", { "data-label": words.meaning }, column.description),
        ),
      );
    }
    container.append(
      el(
        "details",
        {},
        el("summary", {}, file),
        scrollRegion(
          `${words.codebookOf} ${file}`,
          el(
            "table",
            {},
            el(
              "thead",
              {},
              el(
                "tr",
                {},
                el("th", { scope: "col" }, words.column),
                el("th", { scope: "col" }, words.requiredHeader),
                el("th", { scope: "col" }, words.allowed),
                el("th", { scope: "col" }, words.meaning),
              ),
            ),
            body,
          ),
        ),
      ),
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

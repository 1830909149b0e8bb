/** The key statements quoted in full, as numbered cards in groups. */
import { create } from "d3-selection";
import { formatDate, type Lang } from "../../lib/format.js";
import type { StoryActor, StoryEvent } from "../../lib/story.js";
import { sourceLinks } from "../kit/events.js";
import { el } from "../kit/html.js";
import { LABELS } from "../labels.js";
import { FONT, KEY_RADIUS } from "./layout.js";
import { ROW_COLOR, speakerName, type Model, type Row } from "./model.js";
import { Quotation } from "../quotation.js";

/**
 * The key statements quoted in full, as cards in groups: the number of the mark,
 * speaker and role, the date, the quote in its own language (translation on
 * demand) and its sources. A grid of one, two or three columns as the width allows;
 * on a phone, compact cards that open on demand.
 */
export function quoteCards(
  model: Model,
  actors: Record<string, StoryActor>,
  lang: Lang,
  rowOf: (event: StoryEvent) => Row,
): HTMLElement {
  const section = el("div", { class: "quote-groups" });
  for (const group of model.groups) {
    const heading = LABELS[lang].positions.group[group.moment](formatDate(group.date, lang));
    const list = el("ol", { class: "quote-cards" });
    const card = model.phone ? compactQuoteCard : quoteCard;
    for (const event of group.events)
      list.append(card(event, model.numberOf.get(event.id)!, actors, lang, ROW_COLOR[rowOf(event)]));
    section.append(el("h4", { class: "quote-group" }, heading), list);
  }
  return section;
}

/** The number of a key statement as its mark shows it: in the colour of its side (an attribute, never inline style). */
export function numberBadge(number: number, color: string, label: string): SVGSVGElement {
  const badge = create("svg")
    .attr("class", "quote-card-number")
    .attr("width", 2 * KEY_RADIUS)
    .attr("height", 2 * KEY_RADIUS)
    .attr("viewBox", `${-KEY_RADIUS} ${-KEY_RADIUS} ${2 * KEY_RADIUS} ${2 * KEY_RADIUS}`)
    .attr("role", "img")
    .attr("aria-label", label);
  badge.append("circle").attr("r", KEY_RADIUS).attr("fill", color);
  badge
    .append("text")
    .attr("text-anchor", "middle")
    .attr("y", 4)
    .attr("font-size", FONT)
    .text(String(number));
  return badge.node()!;
}

export function quoteCard(
  event: StoryEvent,
  number: number,
  actors: Record<string, StoryActor>,
  lang: Lang,
  color: string,
): HTMLElement {
  const labels = LABELS[lang];
  const role = actors[event.quote!.speaker]?.role;
  return el(
    "li",
    { class: "quote-card", "data-event": event.id },
    el(
      "p",
      { class: "quote-card-who" },
      numberBadge(number, color, labels.statementNumber(number)),
      el("strong", {}, speakerName(event, actors)),
      role ? el("span", { class: "quote-card-role" }, `, ${role}`) : undefined,
    ),
    el("p", { class: "quote-card-when" }, event.dateLabel),
    ...quoteParts(event, lang),
  );
}

/**
 * A key statement on a phone, compact: one summary that names it (number, speaker,
 * date) and says what it is about (its event's headline); the speaker's role, the
 * quote and its sources one tap away. A phone shows less, not smaller.
 */
export function compactQuoteCard(
  event: StoryEvent,
  number: number,
  actors: Record<string, StoryActor>,
  lang: Lang,
  color: string,
): HTMLElement {
  const labels = LABELS[lang];
  const role = actors[event.quote!.speaker]?.role;
  return el(
    "li",
    { class: "quote-card is-compact", "data-event": event.id },
    el(
      "details",
      {},
      el(
        "summary",
        {},
        numberBadge(number, color, labels.statementNumber(number)),
        el("strong", {}, speakerName(event, actors)),
        el("span", { class: "quote-card-when" }, `, ${event.dateLabel}`),
        el("span", { class: "quote-card-headline" }, event.headline),
      ),
      role ? el("p", { class: "quote-card-role" }, role) : undefined,
      ...quoteParts(event, lang),
    ),
  );
}

/** The quote in its own language, its translation on demand, its sources. */
function quoteParts(event: StoryEvent, lang: Lang): HTMLElement[] {
  const labels = LABELS[lang];
  const quote = event.quote!;
  return [
    Quotation(quote, lang),
    el("p", { class: "quote-card-sources" }, `${labels.sources}: `, ...sourceLinks(event.sources)),
  ];
}

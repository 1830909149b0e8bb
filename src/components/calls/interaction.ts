/** The marks in use: the overview's marks walked by keyboard, the enlarged ones by pointer; what opens for a bin. */
import type { StoryEvent } from "../../lib/story.js";
import { el } from "../kit/html.js";
import { interactiveMarks, markActive, type DetailsPanel } from "../kit/interaction.js";
import type { Svg } from "../kit/svg.js";
import type { Lang } from "../../lib/format.js";
import { LABELS } from "../labels.js";
import { isBin, type Bin, type Mark } from "./bins.js";
import type { CallsModel } from "./model.js";

/** How many headlines the details of a bin list before pointing to the table. */
export const BIN_HEADLINES = 8;

/**
 * One tab stop for the chart; the arrow keys walk the overview's marks. The enlarged
 * days repeat some of them: they answer a pointer, but are hidden from assistive
 * technology and the keyboard, so that each event is heard and focused once.
 */
export function wireMarks(svg: Svg, panel: DetailsPanel, model: CallsModel): void {
  const { lang } = model;
  const all = svg.selectAll<SVGGElement, Mark>("g.calls-mark");
  const show = (mark: Mark | undefined) => {
    if (mark && isBin(mark)) panel.showContent(binDetails(mark, lang));
    else panel.show(mark);
    markActive(all, (other) => mark !== undefined && related(other, mark));
  };
  const overview = svg.selectAll<SVGGElement, Mark>(".calls-overview g.calls-mark");
  interactiveMarks(overview, show);
  overview.attr("aria-label", (mark) => markLabel(mark, model));
  // A bin is no event: it needs no event id (interactiveMarks sets one), its days and count say what it holds.
  overview.filter((mark) => isBin(mark)).attr("data-event", null);
  const zoom = svg.selectAll<SVGGElement, Mark>(".calls-zoom g.calls-mark");
  zoom
    .attr("data-event", (mark) => (isBin(mark) ? null : mark.id))
    .on("click", (_, mark) => show(mark))
    .on("mouseenter", (_, mark) => show(mark));
}

/** Whether a mark shows what is active: the same event or, where a bin is involved, the same lane on overlapping days. */
export function related(mark: Mark, active: Mark): boolean {
  if (!isBin(mark) && !isBin(active)) return mark.id === active.id;
  return (
    mark.counterpart === active.counterpart &&
    firstDay(mark) <= lastDay(active) &&
    firstDay(active) <= lastDay(mark)
  );
}

export const firstDay = (mark: Mark) => (isBin(mark) ? mark.start : mark.date);

export const lastDay = (mark: Mark) => (isBin(mark) ? mark.end : mark.date);

/**
 * A mark's accessible name, read as a sentence: "6. Telefonat mit Putin, 3. Juli 2025: …"
 * / "6th call with Putin, 3 July 2025: …". It holds the number shown on the mark
 * (WCAG 2.5.3, label in name); a bin's names its days and its count.
 */
export function markLabel(mark: Mark, model: CallsModel): string {
  if (isBin(mark)) return `${mark.dateLabel}: ${mark.headline}`;
  const labels = LABELS[model.lang];
  const who = labels.contactName(labels.type[mark.type], model.name(mark.counterpart!), mark.callNumber);
  const notHeld = mark.status === "not_held" ? ` (${labels.notHeld})` : "";
  return `${who}, ${mark.dateLabel}: ${mark.headline}${notHeld}`;
}

/** A bin in short: its days, its count, the first headlines with their dates, and how many more the table lists. */
export function binDetails(bin: Bin, lang: Lang): HTMLElement {
  const notHeld = LABELS[lang].notHeld;
  const listed = bin.events.slice(0, BIN_HEADLINES);
  const more = bin.events.length - listed.length;
  const item = (event: StoryEvent) =>
    el(
      "li",
      {},
      `${event.dateLabel}: ${event.headline}${event.status === "not_held" ? ` (${notHeld})` : ""}`,
    );
  return el(
    "article",
    { class: "calls-bin-details", "data-bin": bin.id },
    el("p", { class: "event-details-when" }, bin.dateLabel),
    el("h3", {}, bin.headline),
    el("ul", { class: "calls-bin-events" }, ...listed.map(item)),
    more > 0 ? el("p", { class: "calls-bin-more" }, LABELS[lang].calls.binMore(more)) : undefined,
  );
}

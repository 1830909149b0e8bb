/**
 * Marks that a reader can use by pointer, touch and keyboard, and the panel in
 * which they open what they stand for: for any kind of mark (an event, a bin of
 * events, a statement), as long as it has an id and a name.
 */
import type { BaseType, Selection } from "d3-selection";
import type { Lang } from "../../lib/format.js";
import type { ActorSummary, StoryEvent } from "../../lib/story.js";
import { LABELS } from "../labels.js";
import { eventDetails } from "./events.js";
import { el } from "./html.js";

/** What a focusable mark needs of its datum: an id and a name. */
export type MarkDatum = Pick<StoryEvent, "id" | "dateLabel" | "headline">;

/**
 * Makes marks usable by pointer, touch and keyboard: one tab stop for the
 * chart (roving tabindex), arrow keys and Home/End move between marks in
 * order, Enter or Space opens a mark, Escape closes; hover and focus preview it.
 */
export function interactiveMarks<E extends SVGElement, D extends MarkDatum, P extends BaseType, PD>(
  marks: Selection<E, D, P, PD>,
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
export function markActive<E extends Element, D, P extends BaseType, PD>(
  marks: Selection<E, D, P, PD>,
  active: (datum: D) => boolean,
): void {
  marks.classed("is-active", active).attr("aria-current", (datum) => (active(datum) ? "true" : null));
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

export type DetailsPanel = ReturnType<typeof detailsPanel>;

/** Marks that open what they stand for (`show`): interactive, the open one marked active. */
export function selectableMarks<E extends SVGElement, D extends MarkDatum, P extends BaseType, PD>(
  marks: Selection<E, D, P, PD>,
  show: (datum: D | undefined) => void,
): void {
  interactiveMarks(marks, (datum) => {
    markActive(marks, (other) => other === datum);
    show(datum);
  });
}

/**
 * Keyboard and pointer for the sticky graphic's marks. Only the marks in view
 * are focusable and in the accessibility tree; one of them is the graphic's
 * tab stop (the first highlighted mark of the step); arrows, Home and End move
 * among them in time order; Enter or Space opens the details, Escape closes.
 * Hover changes nothing a screen reader hears.
 */
import type { Selection } from "d3-selection";
import type { SequenceEvent } from "../../lib/story.js";

type Marks = Selection<SVGGElement, SequenceEvent, SVGGElement, undefined>;

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index) => index + 1,
  ArrowDown: (index) => index + 1,
  ArrowLeft: (index) => index - 1,
  ArrowUp: (index) => index - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * Sets which marks can be reached: `visible` in reading order, `first` the tab stop.
 * The others leave the tab order and the accessibility tree.
 */
export function setReachable(marks: Marks, visible: readonly string[], first: string | undefined): void {
  const shown = new Set(visible);
  const stop = first ?? visible[0];
  marks.each(function (event) {
    if (shown.has(event.id)) {
      this.setAttribute("tabindex", event.id === stop ? "0" : "-1");
      this.setAttribute("role", "button");
      this.removeAttribute("aria-hidden");
    } else {
      this.removeAttribute("tabindex");
      this.removeAttribute("role");
      this.setAttribute("aria-hidden", "true");
    }
  });
}

/** Wires the marks once; `order()` gives the ids of the reachable marks in their current order. */
export function wireMarks(
  marks: Marks,
  order: () => readonly string[],
  open: (id: string | undefined) => void,
): void {
  // marks.data() makes a new array on each call: once, not once per mark (quadratic with thousands of marks).
  const data = marks.data();
  const byId = new Map(marks.nodes().map((node, index) => [data[index].id, node]));
  marks
    .on("click", (_, event) => open(event.id))
    .on("focus", function () {
      for (const node of byId.values())
        if (node.getAttribute("tabindex") === "0") node.setAttribute("tabindex", "-1");
      this.setAttribute("tabindex", "0");
    })
    .on("keydown", function (keyEvent: KeyboardEvent, event) {
      const ids = order();
      const move = MOVES[keyEvent.key];
      if (move) {
        keyEvent.preventDefault();
        const target = ids[Math.max(0, Math.min(ids.length - 1, move(ids.indexOf(event.id), ids.length)))];
        byId.get(target)?.focus();
      } else if (keyEvent.key === "Enter" || keyEvent.key === " ") {
        keyEvent.preventDefault();
        open(event.id);
      } else if (keyEvent.key === "Escape") {
        open(undefined);
      }
    });
}

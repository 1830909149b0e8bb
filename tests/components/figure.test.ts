// @vitest-environment jsdom
/**
 * What the three reference charts share as figures: valid HTML (a figcaption is
 * the first or last child of its figure, so the text alternative comes before it),
 * and marks that expose which one is open (aria-current), not only by a class.
 */
import { afterEach, describe, expect, it } from "vitest";
import { CallsChart } from "../../src/components/CallsChart.js";
import { DeliveriesChart } from "../../src/components/DeliveriesChart.js";
import { PositionsChart } from "../../src/components/PositionsChart.js";
import { liveStory } from "./stories.js";

const CHARTS = {
  calls: (width: number) => CallsChart(liveStory("de"), { width, lang: "de" }),
  deliveries: (width: number) => DeliveriesChart(liveStory("de"), { width, lang: "de" }),
  positions: (width: number) => PositionsChart(liveStory("de"), { width, lang: "de" }),
};

afterEach(() => {
  document.body.replaceChildren();
});

describe.each(Object.entries(CHARTS))("%s chart as a figure", (_, draw) => {
  it("ends with its figcaption; the text alternative and everything else come before it", () => {
    const figure = draw(640);
    expect(figure.lastElementChild!.tagName).toBe("FIGCAPTION");
    expect(figure.querySelectorAll(":scope > figcaption")).toHaveLength(1);
    const alternative = figure.querySelector(":scope > details.chart-alternative")!;
    expect(alternative.compareDocumentPosition(figure.lastElementChild!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it("marks the open mark with aria-current, and only that one", () => {
    const figure = draw(640);
    document.body.append(figure);
    const marks = [...figure.querySelectorAll<SVGElement>("[role=button][data-event]")];
    expect(marks.length).toBeGreaterThan(1);
    marks[1].dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const current = [...figure.querySelectorAll("[aria-current=true]")];
    expect(current.length).toBeGreaterThan(0);
    expect(current.every((mark) => mark.getAttribute("data-event") === marks[1].dataset.event)).toBe(true);
    marks[1].dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(figure.querySelectorAll("[aria-current]")).toHaveLength(0);
  });
});

// @vitest-environment jsdom
/**
 * The deliveries chart rendered in jsdom with the real data: band segments
 * against the derived delivery phases, decision marks against the weapons
 * decisions, the zoom on the halts, the systems reported as halted,
 * interaction, both languages, and geometry from phone to desktop widths.
 * SVG snapshots under tests/snapshots show every change of the chart in review.
 */
import { afterEach, describe, expect, it } from "vitest";
import { DeliveriesChart } from "../../src/components/DeliveriesChart.js";
import { decisionFill } from "../../src/components/deliveries/decisions.js";
import { DELIVERY_STYLE, deliveryFill, paint } from "../../src/components/palette.js";
import { LABELS } from "../../src/components/labels.js";
import { loadDataset } from "../../src/lib/files.js";
import { daysBetween } from "../../src/lib/dates.js";
import { formatDayMonth } from "../../src/lib/format.js";
import { buildStory, type StoryData } from "../../src/lib/story.js";
import { openAlternative } from "./figure.js";
import { fixtureStory } from "./stories.js";
import { position, printSvg, textExtent } from "./svg.js";

const dataset = loadDataset();
const story = buildStory(dataset, "de");
const storyEn = buildStory(dataset, "en");

const decisionsOf = (data: StoryData) => data.events.filter((event) => event.type === "weapons_decision");
const WIDTHS = [320, 375, 640, 1000, 1200];

function render(
  width: number,
  lang: "de" | "en" = "de",
  data: StoryData = lang === "de" ? story : storyEn,
): HTMLElement {
  const figure = DeliveriesChart(data, { width, lang });
  document.body.append(figure);
  return figure;
}

const svgOf = (figure: HTMLElement) => figure.querySelector<SVGSVGElement>("svg.deliveries-svg")!;
const segmentsOf = (figure: HTMLElement) => [
  ...figure.querySelectorAll<SVGRectElement>(".deliveries-overview .deliveries-band rect.phase"),
];
const marksOf = (figure: HTMLElement) => [...figure.querySelectorAll<SVGGElement>(".decisions .decision")];
const num = (element: Element, name: string) => Number(element.getAttribute(name));

afterEach(() => {
  document.body.replaceChildren();
});

describe("DeliveriesChart", () => {
  it("draws one band segment per delivery phase, in order, with the phase's status", () => {
    const figure = render(640);
    const segments = segmentsOf(figure);
    expect(segments).toHaveLength(story.deliveryPhases.length);
    story.deliveryPhases.forEach((phase, index) => {
      const segment = segments[index];
      expect(segment.classList.contains(`phase-${phase.status}`)).toBe(true);
      expect(segment.dataset.start).toBe(phase.start);
      expect(segment.dataset.end).toBe(phase.end);
      if (index > 0) {
        const previous = segments[index - 1];
        expect(num(segment, "x")).toBeGreaterThan(num(previous, "x"));
        // Contiguous: each phase begins where the previous one ends.
        expect(num(previous, "x") + num(previous, "width")).toBeCloseTo(num(segment, "x"), 6);
      }
    });
    // Longer phases are wider.
    const widthOf = (index: number) => num(segments[index], "width");
    const longest = story.deliveryPhases.reduce(
      (best, phase, index) =>
        daysBetween(phase.start, phase.end) >
        daysBetween(story.deliveryPhases[best].start, story.deliveryPhases[best].end)
          ? index
          : best,
      0,
    );
    for (let index = 0; index < segments.length; index++)
      expect(widthOf(index)).toBeLessThanOrEqual(widthOf(longest));
  });

  it("tells the delivery fills apart by the palette's colours and stripes, and names each in the key", () => {
    const figure = render(640);
    const shown = [...new Set(story.deliveryPhases.map(deliveryFill))];
    const fills = new Map(
      segmentsOf(figure).map((segment) => [segment.dataset.fill, segment.getAttribute("fill")]),
    );
    expect(new Set(fills.values()).size).toBe(shown.length);
    for (const fill of shown) {
      const style = DELIVERY_STYLE[fill];
      const item = figure.querySelector(`.deliveries-legend li[data-status="${fill}"]`)!;
      expect(item.textContent).toBe(
        fill === "reported" ? LABELS.de.deliveries.reportedKey : LABELS.de.delivery[fill],
      );
      if (style.hatch) {
        const id = /^url\(#(.+)\)$/.exec(fills.get(fill)!)![1];
        const rects = [...figure.querySelectorAll(`pattern#${id} rect`)];
        expect(rects.at(-1)!.getAttribute("fill")).toBe(paint(style.fill));
        expect(rects.length > 1 ? rects[0].getAttribute("fill") : undefined).toBe(
          style.ground && paint(style.ground),
        );
        // The key draws the same stripes, without a pattern of its own.
        expect(item.querySelector("line")!.getAttribute("stroke")).toBe(paint(style.fill));
      } else {
        expect(fills.get(fill)).toBe(paint(style.fill));
        expect(item.querySelector("rect")!.getAttribute("fill")).toBe(fills.get(fill));
      }
    }
  });

  it("draws a focusable mark for every weapons decision, at its date, with a 24 px hit target", () => {
    const figure = render(640);
    const decisions = decisionsOf(story);
    const marks = marksOf(figure);
    expect(marks).toHaveLength(decisions.length);
    expect(marks.map((mark) => mark.dataset.event)).toEqual(decisions.map((event) => event.id));
    for (const mark of marks) {
      expect(mark.getAttribute("tabindex")).toMatch(/^(0|-1)$/);
      expect(mark.getAttribute("role")).toBe("button");
      expect(num(mark.querySelector(".hit-target")!, "r")).toBeGreaterThanOrEqual(12);
    }
    // A decision that begins a phase sits where that phase begins in the zoom.
    for (const phase of story.deliveryPhases.filter((p) => p.startEvent)) {
      const mark = figure.querySelector(`.decision[data-event="${phase.startEvent}"]`)!;
      const segment = figure.querySelector(`.deliveries-zoom rect.phase[data-start="${phase.start}"]`);
      if (segment) expect(position(mark).x).toBeCloseTo(num(segment, "x"), 6);
    }
    // Filled as the band draws the state it sets (hatched where that phase is only reported),
    // hollow where it does not change the state.
    const fillOfState = new Map(
      segmentsOf(figure).map((segment) => [segment.dataset.fill, segment.getAttribute("fill")]),
    );
    const reportedStarts = new Set(
      story.deliveryPhases.flatMap((phase) => (phase.reported && phase.startEvent ? [phase.startEvent] : [])),
    );
    decisions.forEach((event, index) => {
      const symbol = marks[index].querySelector(".decision-symbol")!;
      const state = decisionFill(event, reportedStarts);
      expect(symbol.getAttribute("fill"), event.id).toBe(
        state ? (fillOfState.get(state) ?? expect.any(String)) : null,
      );
      if (reportedStarts.has(event.id)) expect(state, event.id).toBe("reported");
    });
  });

  it("zooms into each halt day by day, with its length in days from the phases", () => {
    const figure = render(640);
    const panels = [...figure.querySelectorAll(".deliveries-zoom")];
    expect(panels).toHaveLength(story.haltPeriods.length);
    story.haltPeriods.forEach((halt, index) => {
      const segment = panels[index].querySelector(`rect.phase-${halt.status}[data-start="${halt.start}"]`)!;
      expect(segment).not.toBeNull();
      const days = daysBetween(halt.start, halt.end);
      // Day ticks: one per day, so the halt spans `days` tick intervals.
      const ticks = [...panels[index].querySelectorAll(".axis-days line")].map((line) => num(line, "x1"));
      const dayWidth = ticks[1] - ticks[0];
      expect(num(segment, "width")).toBeCloseTo(days * dayWidth, 6);
      expect(panels[index].textContent).toContain(`${days} Tage`);
    });
    // Each decision in a zoom is labelled with its short date.
    const shortDate = new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "numeric", timeZone: "UTC" });
    for (const event of decisionsOf(story)) {
      const label = figure.querySelector(`.decision[data-event="${event.id}"] .decision-label`)!;
      expect(label.textContent).toBe(shortDate.format(new Date(event.date + "T00:00:00Z")));
    }
  });

  it("lists the systems reported as halted in one table, grouped by report, each attribution once, headed as reported", () => {
    const figure = render(640);
    const section = figure.querySelector(".deliveries-systems")!;
    expect(section.closest("svg")).toBeNull();
    expect(section.querySelector(".systems-heading")!.textContent).toContain(LABELS.de.reported);
    expect(section.querySelectorAll("table")).toHaveLength(1);
    const rows = [...section.querySelectorAll("tbody tr:not(.table-group)")];
    expect(rows).toHaveLength(story.systems.length);
    story.systems.forEach((system, index) => {
      const group = rows[index].closest("tbody")!;
      expect(group.getAttribute("data-event")).toBe(system.eventId);
      expect(rows[index].textContent).toContain(system.system);
      expect(rows[index].textContent).toContain(system.quantity);
      expect(group.querySelector(".table-group")!.textContent).toContain(system.reportedBy);
    });
    // Each attribution stands once per report that gives it, in its group's head only.
    const text = section.textContent!;
    for (const attribution of new Set(story.systems.map((system) => system.reportedBy))) {
      const reports = new Set(
        story.systems.filter((system) => system.reportedBy === attribution).map((system) => system.eventId),
      );
      expect(text.split(attribution).length - 1, attribution).toBe(reports.size);
    }
  });

  it("moves focus with the arrow keys and opens a decision's quote and sources on click", () => {
    const figure = render(640);
    const marks = marksOf(figure);
    marks[0].focus();
    expect(document.activeElement).toBe(marks[0]);
    marks[0].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(document.activeElement).toBe(marks[1]);
    expect(marks[1].getAttribute("tabindex")).toBe("0");
    expect(marks[0].getAttribute("tabindex")).toBe("-1");

    const event = decisionsOf(story).find((decision) => decision.quote && decision.sources.length > 0)!;
    const mark = figure.querySelector<SVGGElement>(`.decision[data-event="${event.id}"]`)!;
    mark.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const panel = figure.querySelector(".details-panel")!;
    expect(panel.textContent).toContain(event.quote!.text);
    const links = [...panel.querySelectorAll(".event-sources a")];
    expect(links).toHaveLength(event.sources.length);
    for (const link of links) expect(link.getAttribute("href")).toMatch(/^https?:\/\//);
    expect(mark.classList.contains("is-active")).toBe(true);
    expect(marks.filter((m) => m.classList.contains("is-active"))).toHaveLength(1);
  });

  it("has a text alternative: the phases with the days of each halt, and the decisions", () => {
    const figure = render(640);
    const alternative = figure.querySelector(".chart-alternative")!;
    expect(alternative.querySelector("table")).toBeNull();
    openAlternative(figure);
    const phaseRows = [...alternative.querySelectorAll(".phase-table tbody tr")];
    expect(phaseRows).toHaveLength(story.deliveryPhases.length);
    story.deliveryPhases.forEach((phase, index) => {
      const cells = [...phaseRows[index].children].map((cell) => cell.textContent);
      // A phase that began with an announced reversal says so, and from when reports (not a
      // confirmed date) have deliveries again; every other phase is named by its state.
      if (phase.reported) {
        expect(cells[0]).toContain(LABELS.de.deliveries.announced);
        expect(cells[0]).toContain(formatDayMonth(phase.reported.date, "de"));
        expect(cells[0]).not.toBe(LABELS.de.delivery[phase.status]);
      } else expect(cells[0]).toBe(LABELS.de.delivery[phase.status]);
      const halt = story.haltPeriods.find(
        (period) => period.start === phase.start && period.status === phase.status,
      );
      expect(cells[3]).toBe(halt ? String(halt.days) : "–");
    });
    expect(alternative.querySelectorAll(".event-table tbody tr")).toHaveLength(decisionsOf(story).length);
  });

  it("uses English words in the English edition", () => {
    const figure = render(1000, "en");
    expect(figure.querySelector(".chart-title")!.textContent).toBe(
      "When the US halted weapons deliveries to Ukraine",
    );
    expect(figure.querySelector(".systems-heading")!.textContent).toContain(LABELS.en.reported);
    const legend = figure.querySelector(".deliveries-legend")!.textContent!;
    for (const status of new Set(storyEn.deliveryPhases.map((phase) => phase.status)))
      expect(legend).toContain(LABELS.en.delivery[status]);
    const months = [...figure.querySelectorAll(".axis-months text")].map((text) => text.textContent);
    expect(months).toContain("Jul");
    expect(figure.textContent).not.toContain("Tage");
    expect(figure.querySelector(".chart-source")!.textContent).toContain(
      `Data until ${storyEn.meta.dataUntilLabel}`,
    );
  });

  it.each(WIDTHS)("keeps every text and mark inside the svg at %i px, and marks never overlap", (width) => {
    const figure = render(width);
    const svg = svgOf(figure);
    expect(num(svg, "width")).toBe(width);
    const height = num(svg, "height");
    for (const text of svg.querySelectorAll("text")) {
      const { left, right } = textExtent(text);
      expect(left, text.textContent!).toBeGreaterThanOrEqual(0);
      expect(right, text.textContent!).toBeLessThanOrEqual(width);
      const { y } = position(text);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThanOrEqual(height);
    }
    const centres = marksOf(figure).map(position);
    for (const { x, y } of centres) {
      expect(x - 12).toBeGreaterThanOrEqual(0);
      expect(x + 12).toBeLessThanOrEqual(width);
      expect(y - 12).toBeGreaterThanOrEqual(0);
    }
    // Hit targets (24 px squares around the centres) never overlap.
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) {
        expect(
          Math.max(Math.abs(centres[i].x - centres[j].x), Math.abs(centres[i].y - centres[j].y)),
        ).toBeGreaterThanOrEqual(24);
      }
    }
    // Decision labels in the same panel never overlap.
    const labels = [...svg.querySelectorAll(".decision-label")].map((text) => ({
      ...textExtent(text),
      y: position(text).y,
    }));
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i];
        const b = labels[j];
        if (Math.abs(a.y - b.y) < 12) expect(a.right <= b.left || b.right <= a.left).toBe(true);
      }
    }
  });

  it("matches the SVG snapshots", async () => {
    await expect(printSvg(svgOf(render(640, "de", fixtureStory("de"))).outerHTML)).toMatchFileSnapshot(
      "../snapshots/deliveries-de-640.svg",
    );
    await expect(printSvg(svgOf(render(375, "de", fixtureStory("de"))).outerHTML)).toMatchFileSnapshot(
      "../snapshots/deliveries-de-375.svg",
    );
  });
});

// @vitest-environment jsdom
/**
 * The positions chart rendered in jsdom with the real data: one mark per quoted
 * statement since a date, in the row of the speaker's side, in the colour and
 * shape of its topic, never overlapping; interaction, both languages, and
 * geometry from phone to desktop widths. SVG snapshots under tests/snapshots.
 */
import { afterEach, describe, expect, it } from "vitest";
import { keyStatementsOf } from "../../src/components/facts.js";
import { LABELS } from "../../src/components/labels.js";
import { MUTED, paint, SIDE_COLOR } from "../../src/components/palette.js";
import { PositionsChart } from "../../src/components/PositionsChart.js";
import { loadDataset } from "../../src/lib/files.js";
import { buildStory, type StoryData } from "../../src/lib/story.js";
import { openAlternative } from "./figure.js";
import { fixtureStory } from "./stories.js";
import { position, printSvg, textExtent } from "./svg.js";

const dataset = loadDataset();
const story = buildStory(dataset, "de");
const storyEn = buildStory(dataset, "en");

const WIDTHS = [320, 375, 640, 1000, 1200];
const ROW_OF: Record<string, string> = {
  us: "us",
  ukraine: "ukraine",
  russia: "russia",
  europe: "west",
  nato: "west",
  other: "other",
};
const ROW_LABELS = {
  de: { us: "USA", ukraine: "Ukraine", russia: "Russland", west: "Europa/NATO", other: "Andere" },
  en: { us: "USA", ukraine: "Ukraine", russia: "Russia", west: "Europe/NATO", other: "Others" },
} as Record<"de" | "en", Record<string, string>>;

const statementsOf = (data: StoryData, since = data.meta.positionsSince) =>
  data.events.filter((event) => event.quote && event.date >= since);
const rowOf = (data: StoryData, speaker: string) => ROW_OF[data.actors[speaker].side];

function render(
  width: number,
  lang: "de" | "en" = "de",
  since?: string,
  data: StoryData = lang === "de" ? story : storyEn,
): HTMLElement {
  const figure = PositionsChart(data, { width, lang, since });
  document.body.append(figure);
  return figure;
}

const svgOf = (figure: HTMLElement) => figure.querySelector<SVGSVGElement>("svg.positions-svg")!;
const marksOf = (figure: HTMLElement) => [...figure.querySelectorAll<SVGGElement>(".statements .statement")];

afterEach(() => {
  document.body.replaceChildren();
});

describe("PositionsChart", () => {
  it.each([undefined, "2025-05-01", "2025-07-04"])(
    "draws one mark per quoted statement since %s, in order of date",
    (since) => {
      const figure = render(640, "de", since);
      const statements = statementsOf(story, since);
      const marks = marksOf(figure);
      expect(marks).toHaveLength(statements.length);
      expect(marks.map((mark) => mark.dataset.event)).toEqual(statements.map((event) => event.id));
      openAlternative(figure);
      expect(figure.querySelectorAll(".statement-table tbody tr")).toHaveLength(statements.length);
    },
  );

  it.each([undefined, "2025-05-01"])(
    "puts each statement in the row of its speaker's side, rows labelled in German (since %s)",
    (since) => {
      const figure = render(640, "de", since);
      const statements = statementsOf(story, since);
      const rows = [...new Set(statements.map((event) => rowOf(story, event.quote!.speaker)))];
      const labels = [...figure.querySelectorAll(".rows .row-label")].map((text) => text.textContent);
      expect([...labels].sort()).toEqual(rows.map((row) => ROW_LABELS.de[row]).sort());
      if (statements.some((event) => ["europe", "nato"].includes(story.actors[event.quote!.speaker].side)))
        expect(labels).toContain("Europa/NATO");
      const marks = marksOf(figure);
      statements.forEach((event, index) =>
        expect(marks[index].dataset.row).toBe(rowOf(story, event.quote!.speaker)),
      );
      // Rows do not mix: every mark of a row lies below that row's label and above the next row's.
      const labelY = new Map(
        [...figure.querySelectorAll(".rows .row-label")].map((text) => [text.textContent, position(text).y]),
      );
      const order = [...labelY.entries()].sort((a, b) => a[1] - b[1]);
      for (const mark of marks) {
        const { y } = position(mark);
        const own = labelY.get(ROW_LABELS.de[mark.dataset.row!])!;
        expect(y).toBeGreaterThan(own);
        const next = order.find(([, top]) => top > own);
        if (next) expect(y).toBeLessThan(next[1]);
      }
    },
  );

  it("numbers the key statements in the colour of their side; the others recede to the muted grey", () => {
    const figure = render(640);
    const statements = statementsOf(story);
    const keys = keyStatementsOf(story, statements).flatMap((group) => group.events);
    expect(keys.length).toBeGreaterThan(0);
    const number = new Map(keys.map((event, index) => [event.id, index + 1]));
    const marks = marksOf(figure);
    statements.forEach((event, index) => {
      const mark = marks[index];
      const symbol = mark.querySelector(".statement-symbol")!;
      if (number.has(event.id)) {
        const side = story.actors[event.quote!.speaker].side;
        expect(symbol.getAttribute("fill")).toBe(paint(SIDE_COLOR[side === "nato" ? "europe" : side]));
        expect(mark.querySelector(".statement-number")!.textContent).toBe(String(number.get(event.id)));
        expect(mark.getAttribute("aria-label")).toMatch(new RegExp(`^Äußerung ${number.get(event.id)}: `));
      } else {
        expect(symbol.getAttribute("fill")).toBe(paint(MUTED));
        expect(mark.querySelector(".statement-number")).toBeNull();
      }
    });
    // No topic colours, no legend: the rows name the sides.
    expect(figure.querySelector(".positions-legend")).toBeNull();
  });

  it("quotes each key statement as a card: number, speaker, date, quote in German, original on demand, sources", () => {
    const figure = render(1000);
    const groups = keyStatementsOf(story, statementsOf(story));
    const cards = [...figure.querySelectorAll<HTMLElement>(".quote-card")];
    const keys = groups.flatMap((group) => group.events);
    expect(cards.map((card) => card.dataset.event)).toEqual(keys.map((event) => event.id));
    expect(figure.querySelectorAll(".quote-group")).toHaveLength(groups.length);
    keys.forEach((event, index) => {
      const card = cards[index];
      expect(card.querySelector(".quote-card-number")!.getAttribute("aria-label")).toBe(
        `Äußerung ${index + 1}`,
      );
      expect(card.querySelector("strong")!.textContent).toBe(story.actors[event.quote!.speaker].name);
      expect(card.textContent).toContain(event.dateLabel);
      // The reader's language first; the words as printed one tap away (components/quotation.ts).
      const quote = card.querySelector("blockquote")!;
      expect(quote.getAttribute("lang")).toBe("de");
      expect(quote.textContent).toBe(`„${event.quote!.translation ?? event.quote!.text}“`);
      const original = card.querySelector<HTMLDetailsElement>("details.quotation-original");
      if (event.quote!.lang !== "de") {
        expect(original!.open).toBe(false);
        expect(original!.querySelector(`blockquote[lang="${event.quote!.lang}"]`)!.textContent).toContain(
          event.quote!.text,
        );
      } else expect(original).toBeNull();
      const links = [...card.querySelectorAll(".quote-card-sources a")];
      expect(links).toHaveLength(event.sources.filter((source) => /^https?:\/\//.test(source.url)).length);
    });
  });

  it("shows less on a phone: only the numbered statements are drawn, every statement is in the table", () => {
    const figure = render(375);
    const statements = statementsOf(story);
    const keys = keyStatementsOf(story, statements).flatMap((group) => group.events);
    expect(marksOf(figure).map((mark) => mark.dataset.event)).toEqual(
      statements.filter((event) => keys.includes(event)).map((event) => event.id),
    );
    expect(figure.querySelectorAll(".quote-card")).toHaveLength(keys.length);
    openAlternative(figure);
    expect(figure.querySelectorAll(".statement-table tbody tr")).toHaveLength(statements.length);
  });

  it("shows each key statement compactly on a phone: number, speaker, date and headline, the quote one tap away", () => {
    const figure = render(375);
    const keys = keyStatementsOf(story, statementsOf(story)).flatMap((group) => group.events);
    const cards = [...figure.querySelectorAll<HTMLElement>(".quote-card")];
    expect(cards.map((card) => card.dataset.event)).toEqual(keys.map((event) => event.id));
    cards.forEach((card, index) => {
      const event = keys[index];
      const details = card.querySelector<HTMLDetailsElement>(":scope > details")!;
      expect(details.open).toBe(false);
      const summary = details.querySelector(":scope > summary")!;
      expect(summary.querySelector(".quote-card-number")!.getAttribute("aria-label")).toBe(
        LABELS.de.statementNumber(index + 1),
      );
      expect(summary.textContent).toContain(story.actors[event.quote!.speaker].name);
      expect(summary.textContent).toContain(event.dateLabel);
      expect(summary.textContent).toContain(event.headline);
      expect(summary.querySelector("blockquote")).toBeNull();
      expect(details.querySelector("blockquote")!.getAttribute("lang")).toBe("de");
    });
    // A wide screen quotes in full, nothing folded.
    expect(render(640).querySelector(".quote-card.is-compact")).toBeNull();
  });

  it("moves focus with the arrow keys and opens the quote, its translation and sources on click", () => {
    const figure = render(640);
    const marks = marksOf(figure);
    marks[0].focus();
    expect(document.activeElement).toBe(marks[0]);
    marks[0].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(document.activeElement).toBe(marks[1]);
    marks[1].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
    expect(document.activeElement).toBe(marks[0]);

    const event = statementsOf(story).find(
      (statement) => statement.quote!.translation && statement.sources.length > 0,
    )!;
    const mark = figure.querySelector<SVGGElement>(`.statement[data-event="${event.id}"]`)!;
    mark.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const panel = figure.querySelector(".details-panel")!;
    expect(panel.textContent).toContain(event.quote!.text);
    expect(panel.textContent).toContain(event.quote!.translation!);
    expect(panel.textContent).toContain(story.actors[event.quote!.speaker].name);
    const links = [...panel.querySelectorAll(".event-sources a")];
    expect(links).toHaveLength(event.sources.length);
    for (const link of links) expect(link.getAttribute("href")).toMatch(/^https?:\/\//);
    expect(mark.classList.contains("is-active")).toBe(true);
    expect(mark.getAttribute("aria-label")).toContain(story.actors[event.quote!.speaker].name);
  });

  it("has a text alternative with date, speaker, quote and translation, and source links", () => {
    const figure = render(640);
    openAlternative(figure);
    const rows = [...figure.querySelectorAll(".chart-alternative .statement-table tbody tr")];
    statementsOf(story).forEach((event, index) => {
      const row = rows[index];
      expect(row.getAttribute("data-event")).toBe(event.id);
      expect(row.textContent).toContain(event.dateLabel);
      expect(row.textContent).toContain(story.actors[event.quote!.speaker].name);
      expect(row.querySelector(`blockquote[lang="${event.quote!.lang}"]`)!.textContent).toContain(
        event.quote!.text,
      );
      if (event.quote!.translation) expect(row.textContent).toContain(event.quote!.translation);
      const links = [...row.querySelectorAll("a")];
      expect(links).toHaveLength(event.sources.filter((source) => /^https?:\/\//.test(source.url)).length);
      for (const link of links) expect(link.getAttribute("href")).toMatch(/^https?:\/\//);
    });
  });

  it("uses English words in the English edition", () => {
    const figure = render(1000, "en");
    expect(figure.querySelector(".chart-title")!.textContent).toBe("Who said what, when");
    const labels = [...figure.querySelectorAll(".rows .row-label")].map((text) => text.textContent);
    expect(labels).toContain("Russia");
    expect(labels).not.toContain("Russland");
    expect(figure.querySelector(".quote-card-number")!.getAttribute("aria-label")).toBe("Statement 1");
    expect(figure.querySelector(".quote-card blockquote")!.textContent).toMatch(/^“.*”$/);
    expect([...figure.querySelectorAll(".axis text.month")].map((text) => text.textContent)).toEqual([
      "Jun",
      "Jul",
    ]);
    expect(figure.querySelector(".chart-source")!.textContent).toContain(
      `Data until ${storyEn.meta.dataUntilLabel}`,
    );
  });

  it.each(WIDTHS)("keeps text and marks inside the svg at %i px; marks in a row never overlap", (width) => {
    const figure = render(width);
    const svg = svgOf(figure);
    expect(Number(svg.getAttribute("width"))).toBe(width);
    for (const text of svg.querySelectorAll("text")) {
      const { left, right } = textExtent(text);
      expect(left, text.textContent!).toBeGreaterThanOrEqual(0);
      expect(right, text.textContent!).toBeLessThanOrEqual(width);
    }
    const marks = marksOf(figure).map((mark) => ({ row: mark.dataset.row, ...position(mark) }));
    const height = Number(svg.getAttribute("height"));
    for (const { x, y } of marks) {
      expect(x - 12).toBeGreaterThanOrEqual(0);
      expect(x + 12).toBeLessThanOrEqual(width);
      expect(y + 12).toBeLessThanOrEqual(height);
    }
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        if (marks[i].row !== marks[j].row) continue;
        // 24 px hit targets: centres at least 24 px apart.
        expect(Math.hypot(marks[i].x - marks[j].x, marks[i].y - marks[j].y)).toBeGreaterThanOrEqual(24);
      }
    }
  });

  it("matches the SVG snapshots", async () => {
    await expect(
      printSvg(svgOf(render(640, "de", undefined, fixtureStory("de"))).outerHTML),
    ).toMatchFileSnapshot("../snapshots/positions-de-640.svg");
    await expect(
      printSvg(svgOf(render(375, "de", undefined, fixtureStory("de"))).outerHTML),
    ).toMatchFileSnapshot("../snapshots/positions-de-375.svg");
    await expect(
      printSvg(svgOf(render(1000, "en", undefined, fixtureStory("en"))).outerHTML),
    ).toMatchFileSnapshot("../snapshots/positions-en-1000.svg");
  });
});

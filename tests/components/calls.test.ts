// @vitest-environment jsdom
/**
 * The calls chart rendered in jsdom with the real data: marks counted against
 * the data, call numbers from the data, the enlarged July days, interaction,
 * both languages, and geometry at phone and desktop widths; and 10,000
 * synthetic events (bench/synthetic.ts), counted in bins. SVG
 * snapshots under tests/snapshots show every change of the chart in review.
 */
import { leadingSources } from "../../src/lib/source-policy.js";
import { afterEach, describe, expect, it } from "vitest";
import { CallsChart } from "../../src/components/CallsChart.js";
import { LABELS } from "../../src/components/labels.js";
import { loadDataset } from "../../src/lib/files.js";
import { daysBetween, DAY_MS, parseDate } from "../../src/lib/dates.js";
import { formatDateRange, formatDayMonth } from "../../src/lib/format.js";
import { buildStory, type StoryData, type StoryEvent } from "../../src/lib/story.js";
import { paint, SIDE_COLOR } from "../../src/components/palette.js";
import { openAlternative } from "./figure.js";
import { syntheticStory } from "../../bench/synthetic.js";
import { fixtureData, fixtureStory } from "./stories.js";
import { position, printSvg, textExtent } from "./svg.js";

const dataset = loadDataset();
const story = buildStory(dataset, "de");
const storyEn = buildStory(dataset, "en");

/** The events the chart is about: Trump's calls and meetings with Putin or Zelensky since the term began. */
const shown = (data: StoryData) =>
  data.events.filter(
    (event) => event.counterpart && event.date >= data.meta.termStart && event.date <= data.meta.dataUntil,
  );
/** Every day of the window derive.ts computes for the chart to enlarge (callsZoom), first to last. */
const zoomDays = (data: StoryData): string[] => {
  const [first, last] = data.callsZoom!;
  return Array.from({ length: daysBetween(first, last) + 1 }, (_, i) =>
    new Date(parseDate(first).getTime() + i * DAY_MS).toISOString().slice(0, 10),
  );
};
const inZoom = (data: StoryData) =>
  shown(data).filter((event) => event.date >= data.callsZoom![0] && event.date <= data.callsZoom![1]);

function render(
  width: number,
  lang: "de" | "en" = "de",
  data: StoryData = lang === "de" ? story : storyEn,
): HTMLElement {
  const figure = CallsChart(data, { width, lang });
  document.body.append(figure);
  return figure;
}

const svgOf = (figure: HTMLElement) => figure.querySelector<SVGSVGElement>("svg.calls-svg")!;

/** Opens the figure's text alternative as a reader does: `open` set, then the toggle event. */
const marksIn = (figure: HTMLElement, panel: "overview" | "zoom") => [
  ...figure.querySelectorAll<SVGGElement>(`.calls-${panel} .calls-mark`),
];
const markOf = (figure: HTMLElement, panel: "overview" | "zoom", id: string) =>
  figure.querySelector<SVGGElement>(`.calls-${panel} .calls-mark[data-event="${id}"]`)!;

/** The side whose colour a lane takes. */
const SIDE_OF = { putin: "russia", zelensky: "ukraine" } as const;
afterEach(() => {
  document.body.replaceChildren();
});

function inherited(element: Element, name: string): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = node.getAttribute(name);
    if (value !== null) return value;
  }
  return undefined;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  what: string;
}

/** The box a text takes, estimated as the charts estimate it (jsdom does not lay out text). */
function textBox(text: SVGTextElement): Box {
  const fontSize = Number(inherited(text, "font-size"));
  const { y: baseline } = position(text);
  const dy = text.getAttribute("dy") ?? "0";
  const y = baseline + (dy.endsWith("em") ? parseFloat(dy) * fontSize : Number(dy));
  return {
    ...textExtent(text),
    top: y - 0.8 * fontSize,
    bottom: y + 0.25 * fontSize,
    what: `text “${text.textContent}”`,
  };
}

function symbolBox(mark: SVGGElement): Box {
  const { x, y } = position(mark);
  const radius = Number(mark.querySelector(".calls-ring")!.getAttribute("r")) - 3.5;
  return {
    left: x - radius,
    right: x + radius,
    top: y - radius,
    bottom: y + radius,
    what: `mark ${mark.dataset.event}`,
  };
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("CallsChart: marks from the data", () => {
  it("draws one mark per call or meeting with Putin or Zelensky, in its lane", () => {
    const figure = render(640);
    const events = shown(story);
    expect(events.length).toBeGreaterThan(0);
    const marks = marksIn(figure, "overview");
    expect(marks).toHaveLength(events.length);
    expect(marks.map((mark) => mark.dataset.event)).toEqual(events.map((event) => event.id));
    for (const counterpart of ["putin", "zelensky"] as const) {
      expect(figure.querySelectorAll(`.calls-overview .calls-mark--${counterpart}`)).toHaveLength(
        events.filter((event) => event.counterpart === counterpart).length,
      );
    }
    // Every Putin mark lies above the top of the Zelensky lane, every Zelensky mark below it.
    const zelenskyLaneTop = position(
      figure.querySelector('.calls-overview .calls-lane[data-lane="zelensky"]')!,
    ).y;
    for (const event of events) {
      const { y } = position(markOf(figure, "overview", event.id));
      if (event.counterpart === "putin") expect(y).toBeLessThan(zelenskyLaneTop);
      else expect(y).toBeGreaterThan(zelenskyLaneTop);
    }
  });

  it("numbers the Putin calls with the callNumber of the data", () => {
    const figure = render(640);
    const numbered = shown(story).filter((event) => event.callNumber !== undefined);
    const callNumbers = numbered.map((event) => event.callNumber);
    expect(callNumbers).toEqual(callNumbers.map((_, index) => index + 1));
    const numbersShown = [...figure.querySelectorAll(".calls-overview .calls-number")].map((text) =>
      Number(text.textContent),
    );
    expect(numbersShown).toEqual(callNumbers);
    for (const event of numbered) {
      expect(markOf(figure, "overview", event.id).querySelector(".calls-number")!.textContent).toBe(
        String(event.callNumber),
      );
    }
    for (const event of shown(story).filter((event) => event.callNumber === undefined)) {
      expect(markOf(figure, "overview", event.id).querySelector(".calls-number")).toBeNull();
    }
  });

  it("draws calls as circles and meetings as squares; what did not take place is hollow and dashed, and says so", () => {
    const figure = render(640);
    const notHeld = shown(story).filter((event) => event.status === "not_held");
    expect(notHeld.some((event) => event.type === "meeting")).toBe(true);
    for (const event of shown(story)) {
      const mark = markOf(figure, "overview", event.id);
      const symbol = mark.querySelector(".calls-symbol")!;
      expect(symbol.getAttribute("d")!.includes("A")).toBe(event.type === "call"); // circles are drawn with arcs
      if (event.status === "not_held") {
        expect(symbol.getAttribute("fill")).toBe("none");
        expect(symbol.getAttribute("stroke-dasharray")).toBeTruthy();
        expect(symbol.getAttribute("stroke")).toBe(paint(SIDE_COLOR[SIDE_OF[event.counterpart!]]));
        expect(mark.getAttribute("aria-label")).toContain(LABELS.de.notHeld);
      } else {
        expect(symbol.getAttribute("fill")).toBe(paint(SIDE_COLOR[SIDE_OF[event.counterpart!]]));
        expect(symbol.getAttribute("stroke-dasharray")).toBeNull();
        expect(mark.getAttribute("aria-label")).not.toContain(LABELS.de.notHeld);
      }
    }
  });

  it("enlarges the days derive.ts computes: the Putin call of 3 July in its column, left of the Zelensky call of 4 July", () => {
    const figure = render(640);
    const zoomEvents = inZoom(story);
    const zoomMarks = marksIn(figure, "zoom");
    expect(zoomMarks).toHaveLength(zoomEvents.length);
    expect(zoomMarks.map((mark) => mark.dataset.event)).toEqual(zoomEvents.map((event) => event.id));
    const days = [...figure.querySelectorAll<SVGTextElement>(".calls-days text")];
    expect(days.map((day) => day.dataset.day)).toEqual(zoomDays(story));
    expect(days[0].textContent).toBe(formatDayMonth(story.callsZoom![0], "de"));
    const columnX = (iso: string) => position(figure.querySelector(`.calls-days text[data-day="${iso}"]`)!).x;
    for (const event of zoomEvents)
      expect(position(markOf(figure, "zoom", event.id)).x).toBeCloseTo(columnX(event.date), 5);

    const putinCall = zoomEvents.find(
      (event) => event.counterpart === "putin" && event.date === "2025-07-03",
    )!;
    const zelenskyCall = zoomEvents.find(
      (event) => event.counterpart === "zelensky" && event.date === "2025-07-04",
    )!;
    expect(putinCall?.callNumber).toBeDefined();
    expect(zelenskyCall).toBeDefined();
    const putin = position(markOf(figure, "zoom", putinCall.id));
    const zelensky = position(markOf(figure, "zoom", zelenskyCall.id));
    expect(putin.x).toBeLessThan(zelensky.x);
    expect(zelensky.x - putin.x).toBeGreaterThanOrEqual(24);
    expect(markOf(figure, "zoom", putinCall.id).querySelector(".calls-number")!.textContent).toBe(
      String(putinCall.callNumber),
    );
  });

  it("stacks marks of one lane on the same day instead of drawing them over each other", () => {
    const call = inZoom(story).find((event) => event.counterpart === "putin")!;
    const twin: StoryEvent = { ...call, id: `${call.id}-twin`, callNumber: undefined };
    const events = [...story.events];
    events.splice(events.indexOf(call) + 1, 0, twin);
    const figure = render(375, "de", { ...story, events });
    for (const panel of ["overview", "zoom"] as const) {
      const a = position(markOf(figure, panel, call.id));
      const b = position(markOf(figure, panel, twin.id));
      expect(b.x).toBeCloseTo(a.x, 5);
      expect(Math.abs(b.y - a.y)).toBeGreaterThanOrEqual(24);
    }
  });

  it("labels the lanes with the last names of the data, in German and English", () => {
    const laneLabels = (figure: HTMLElement) =>
      [...figure.querySelectorAll(".calls-overview .calls-lane-label")].map((text) => text.textContent);
    expect(laneLabels(render(640, "de"))).toEqual(["Trump – Putin", "Trump – Selenskyj"]);
    const english = render(640, "en");
    expect(laneLabels(english)).toEqual(["Trump – Putin", "Trump – Zelensky"]);
    expect(english.textContent).toContain("Zelensky");
    expect(english.querySelector(".calls-zoom .calls-lane-label:last-of-type")).not.toBeNull();
  });

  it("names the months in the reader's language", () => {
    const ticks = (figure: HTMLElement) =>
      [...figure.querySelectorAll(".calls-axis .tick text")].map((text) => text.textContent);
    // From February to the month the data ends in.
    const months = new Date(story.meta.dataUntil).getUTCMonth();
    expect(ticks(render(1000, "de"))).toEqual(
      ["Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."].slice(
        0,
        months,
      ),
    );
    expect(ticks(render(1000, "en"))).toEqual(
      ["Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"].slice(0, months),
    );
    expect(render(1000, "en").querySelector('.calls-days text[data-day="2025-07-01"]')!.textContent).toBe(
      "1 July",
    );
  });
});

describe("CallsChart: figure, caption, sources, text alternative", () => {
  it("is a figure with title, chart, details panel, caption, source line and table", () => {
    const figure = render(640);
    expect(figure.tagName).toBe("FIGURE");
    expect(figure.querySelector(".chart-title")!.textContent).toBe(
      "Trumps Telefonate und Treffen mit Putin und Selenskyj",
    );
    expect(figure.querySelector(".details-panel")).not.toBeNull();
    const svg = svgOf(figure);
    expect(svg.getAttribute("role")).toBe("group");
    expect(svg.getAttribute("aria-label")).toContain("Putin");
    expect(Number(svg.getAttribute("width"))).toBe(640);
  });

  it("counts the Putin calls in the caption from the data", () => {
    const words = ["Kein", "Ein", "Zwei", "Drei", "Vier", "Fünf", "Sechs", "Sieben", "Acht", "Neun", "Zehn"];
    const count = shown(story).filter((event) => event.callNumber !== undefined).length;
    const caption = render(640).querySelector(".chart-caption")!.textContent!;
    expect(caption.startsWith(`${words[count]} öffentlich bekannte`)).toBe(true);
    expect(caption.replace(/\u00a0/g, " ")).toContain(story.meta.dataUntilLabel.replace(/\u00a0/g, " "));
    const english = render(640, "en").querySelector(".chart-caption")!.textContent!;
    expect(english).toMatch(/^\w+ publicly known calls between Trump and Putin/);
  });

  it("says to which day it shows Trump's contacts with Zelensky where the data holds none after it", () => {
    const last = shown(story)
      .filter((event) => event.counterpart === "zelensky")
      .reduce((latest, event) => (event.date > latest ? event.date : latest), "");
    const caption = render(640)
      .querySelector(".chart-caption")!
      .textContent!.replace(/\u00a0/g, " ");
    const label = story.events.find((event) => event.date === last)!.dateLabel.replace(/\u00a0/g, " ");
    if (last < story.meta.dataUntil) expect(caption).toContain(`mit Selenskyj bis zum ${label}`);
    else expect(caption).not.toContain("mit Selenskyj bis zum");
  });

  it("names the leading publishers in the source line: official and agency first (lib/source-policy)", () => {
    const ranked = leadingSources(shown(story).map((event) => event.sources));
    const source = render(640).querySelector(".chart-source")!.textContent!;
    const match = /^Quellen: (.+?)( u\. a\.)?; eigene Auswertung · Daten bis \d+\.\s\w+ \d{4}$/.exec(source);
    expect(match).not.toBeNull();
    const outlets = match![1].split(", ");
    expect(outlets.length).toBeGreaterThanOrEqual(Math.min(3, ranked.length));
    expect(outlets.length).toBeLessThanOrEqual(4);
    expect(outlets).toEqual(ranked.slice(0, outlets.length));
    expect(Boolean(match![2])).toBe(ranked.length > outlets.length);
    expect(render(640, "en").querySelector(".chart-source")!.textContent).toMatch(
      /^Sources: .+; own analysis · Data until \d+ \w+ \d{4}$/,
    );
  });

  it("has the shown events as its text alternative, built when it is first opened", () => {
    const figure = render(640);
    expect(figure.querySelector(".chart-alternative table")).toBeNull();
    openAlternative(figure);
    const rows = [...figure.querySelectorAll<HTMLTableRowElement>(".chart-alternative tbody tr")];
    expect(rows.map((row) => row.dataset.event)).toEqual(shown(story).map((event) => event.id));
    expect(figure.querySelector(".chart-alternative caption")!.textContent).toBe(
      figure.querySelector(".chart-caption")!.textContent,
    );
    openAlternative(figure);
    expect(figure.querySelectorAll(".chart-alternative table")).toHaveLength(1);
  });
});

describe("CallsChart: keyboard, pointer, screen reader", () => {
  it("makes every overview mark focusable and named, with a 24 px hit target and one tab stop", () => {
    const figure = render(640);
    const marks = [...svgOf(figure).querySelectorAll<SVGGElement>(".calls-overview .calls-mark")];
    expect(marks).toHaveLength(shown(story).length);
    for (const mark of marks) {
      expect(mark.getAttribute("tabindex")).toMatch(/^(0|-1)$/);
      expect(mark.getAttribute("role")).toBe("button");
      const event = story.events.find((candidate) => candidate.id === mark.dataset.event)!;
      expect(mark.getAttribute("aria-label")).toContain(event.headline);
      expect(mark.getAttribute("aria-label")).toContain(event.dateLabel);
      expect(Number(mark.querySelector(".calls-hit")!.getAttribute("r"))).toBeGreaterThanOrEqual(12);
    }
    expect(marks.filter((mark) => mark.getAttribute("tabindex") === "0")).toHaveLength(1);
  });

  it("hides the enlarged days, which repeat marks and lane labels, from assistive technology and the keyboard", () => {
    const figure = render(640);
    const zoom = figure.querySelector(".calls-zoom")!;
    expect(zoom.getAttribute("aria-hidden")).toBe("true");
    expect(zoom.querySelectorAll("[tabindex], [role]")).toHaveLength(0);
    // Each event is focusable once, in the overview.
    const focusable = [...figure.querySelectorAll<SVGGElement>(".calls-mark[tabindex]")];
    expect(focusable.map((mark) => mark.dataset.event)).toEqual(shown(story).map((event) => event.id));
    // A pointer still opens an enlarged mark.
    const event = inZoom(story)[0];
    markOf(figure, "zoom", event.id).dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(figure.querySelector(".details-panel h3")!.textContent).toBe(event.headline);
  });

  it("names marks as sentences that read right: the call's number, with whom, the date, the headline", () => {
    for (const lang of ["de", "en"] as const) {
      const data = lang === "de" ? story : storyEn;
      const figure = render(640, lang);
      for (const event of shown(data)) {
        const name = markOf(figure, "overview", event.id).getAttribute("aria-label")!;
        const who = event.counterpart === "putin" ? "Putin" : lang === "de" ? "Selenskyj" : "Zelensky";
        const kind = LABELS[lang].type[event.type];
        const expected =
          lang === "de"
            ? `${event.callNumber ? `${event.callNumber}. ` : ""}${kind} mit ${who}, ${event.dateLabel}: ${event.headline}`
            : `${kind}${event.callNumber ? ` ${event.callNumber}` : ""} with ${who}, ${event.dateLabel}: ${event.headline}`;
        expect(name.startsWith(expected)).toBe(true);
      }
      document.body.replaceChildren();
    }
    const sixth = shown(story).find((event) => event.callNumber === 6);
    if (sixth)
      expect(markOf(render(640), "overview", sixth.id).getAttribute("aria-label")).toMatch(
        /^6\. Telefonat mit Putin, \d+\.\s\S+ 2025: /,
      );
  });

  it("moves the focus to the next mark with the arrow keys", () => {
    const figure = render(640);
    const marks = [...svgOf(figure).querySelectorAll<SVGGElement>(".calls-mark")];
    marks[0].focus();
    expect(document.activeElement).toBe(marks[0]);
    marks[0].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(document.activeElement).toBe(marks[1]);
    expect(marks[1].getAttribute("tabindex")).toBe("0");
    expect(marks[0].getAttribute("tabindex")).toBe("-1");
    marks[1].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
    expect(document.activeElement).toBe(marks[0]);
    expect(figure.querySelector(".details-panel h3")!.textContent).toBe(
      story.events.find((event) => event.id === marks[0].dataset.event)!.headline,
    );
  });

  it("opens a clicked event in the details panel, with the links of its sources, and highlights its marks", () => {
    const figure = render(640);
    const event = inZoom(story).find((candidate) => candidate.counterpart === "putin")!;
    const mark = markOf(figure, "zoom", event.id);
    mark.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const panel = figure.querySelector(".details-panel")!;
    expect(panel.querySelector("h3")!.textContent).toBe(event.headline);
    const links = [...panel.querySelectorAll(".event-sources a")].map((link) => link.getAttribute("href"));
    expect(links.length).toBeGreaterThan(0);
    expect(links).toEqual(
      event.sources.map((source) => source.url).filter((url) => /^https?:\/\//.test(url)),
    );
    for (const link of links) expect(link).toMatch(/^https?:\/\//);
    expect(mark.classList.contains("is-active")).toBe(true);
    expect(markOf(figure, "overview", event.id).classList.contains("is-active")).toBe(true);
    expect(figure.querySelectorAll(".calls-mark.is-active")).toHaveLength(2);
  });

  it("inserts text from the data as text, never as markup", () => {
    const call = shown(story)[0];
    const hostile: StoryEvent = { ...call, headline: '<img src="x" onerror="alert(1)">' };
    const figure = render(640, "de", {
      ...story,
      events: story.events.map((event) => (event === call ? hostile : event)),
    });
    markOf(figure, "overview", call.id).dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(figure.querySelector("img")).toBeNull();
    expect(figure.querySelector(".details-panel h3")!.textContent).toBe(hostile.headline);
  });
});

describe("CallsChart: sized by the width", () => {
  for (const width of [320, 375, 640, 1000, 1200]) {
    it(`keeps every label and hit target inside the svg and apart at ${width} px`, () => {
      for (const lang of ["de", "en"] as const) {
        const figure = render(width, lang);
        const svg = svgOf(figure);
        const height = Number(svg.getAttribute("height"));
        expect(Number(svg.getAttribute("width"))).toBe(width);
        expect(svg.getAttribute("viewBox")).toBe(`0 0 ${width} ${height}`);
        const texts = [...svg.querySelectorAll<SVGTextElement>("text")].map(textBox);
        for (const box of texts) {
          expect(box.left, box.what).toBeGreaterThanOrEqual(0);
          expect(box.right, box.what).toBeLessThanOrEqual(width);
          expect(box.top, box.what).toBeGreaterThanOrEqual(0);
          expect(box.bottom, box.what).toBeLessThanOrEqual(height);
        }
        const marks = [...svg.querySelectorAll<SVGGElement>(".calls-mark")];
        for (const mark of marks) {
          const { x, y } = position(mark);
          expect(x - 12).toBeGreaterThanOrEqual(0);
          expect(x + 12).toBeLessThanOrEqual(width);
          expect(y - 12).toBeGreaterThanOrEqual(0);
          expect(y + 12).toBeLessThanOrEqual(height);
        }
        // No text on text or on a mark; no hit target on another one.
        const boxes = [...texts, ...marks.map(symbolBox)];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++)
            expect(overlap(boxes[i], boxes[j]), `${boxes[i].what} overlaps ${boxes[j].what}`).toBe(false);
        }
        for (let i = 0; i < marks.length; i++) {
          for (let j = i + 1; j < marks.length; j++) {
            const a = position(marks[i]);
            const b = position(marks[j]);
            expect(
              Math.hypot(a.x - b.x, a.y - b.y),
              `${marks[i].dataset.event} / ${marks[j].dataset.event}`,
            ).toBeGreaterThanOrEqual(24);
          }
        }
        document.body.replaceChildren();
      }
    });
  }

  it("uses fewer month ticks and smaller type on a phone", () => {
    const ticks = (figure: HTMLElement) => figure.querySelectorAll(".calls-axis .tick").length;
    const phone = render(320);
    const desktop = render(1000);
    expect(ticks(phone)).toBeLessThan(ticks(desktop));
    expect(Number(svgOf(phone).getAttribute("font-size"))).toBeLessThan(
      Number(svgOf(desktop).getAttribute("font-size")),
    );
    expect(svgOf(phone).querySelector('.calls-days text[data-day="2025-07-01"]')!.textContent).toBe("1.");
  });
});

/** n events cloned from the story's calls and meetings, as the benches make them. */
const synthetic = (n: number) =>
  syntheticStory(story, n, { templates: story.events.filter((event) => event.counterpart) });
/** The days the chart shows: from the start of the term to the end of the data, both included. */
const days = daysBetween(story.meta.termStart, story.meta.dataUntil) + 1;
const many = synthetic(10_000);
const shownMany = shown(many);
const LANES = ["putin", "zelensky"] as const;
const count = (mark: Element) => Number(mark.getAttribute("data-count"));
const laneOf = (mark: Element) => LANES.find((lane) => mark.classList.contains(`calls-mark--${lane}`))!;
/** The events of a bin's lane from its data-start to its data-end (its attributes read once, not per event). */
const inBin = (events: StoryEvent[], mark: Element) => {
  const [lane, start, end] = [laneOf(mark), mark.getAttribute("data-start")!, mark.getAttribute("data-end")!];
  return events.filter((event) => event.counterpart === lane && event.date >= start && event.date <= end);
};
const daysIn = (mark: Element) =>
  (Date.parse(mark.getAttribute("data-end")!) - Date.parse(mark.getAttribute("data-start")!)) / 86_400_000 +
  1;

describe("CallsChart: 10,000 events, counted in bins", () => {
  it("bins both panels, one mark per non-empty bin, and draws no node per event", () => {
    const figure = render(1000, "de", many);
    expect(shownMany).toHaveLength(10_000);
    for (const panel of ["overview", "zoom"] as const) {
      const marks = marksIn(figure, panel);
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        expect(mark.classList.contains("calls-bin"), panel).toBe(true);
        expect(count(mark)).toBeGreaterThan(0);
      }
    }
    expect(svgOf(figure).querySelectorAll("*").length).toBeLessThan(1000);
  });

  it("counts every event of a lane once, in the overview and in the enlarged days", () => {
    const figure = render(1000, "de", many);
    for (const [panel, events] of [
      ["overview", shownMany],
      ["zoom", inZoom(many)],
    ] as const) {
      for (const lane of LANES) {
        const marks = marksIn(figure, panel).filter((mark) => laneOf(mark) === lane);
        const total = marks.reduce((sum, mark) => sum + count(mark), 0);
        expect(total, `${panel} ${lane}`).toBe(events.filter((event) => event.counterpart === lane).length);
        expect(total).toBeGreaterThan(0);
      }
    }
  });

  it("gives each bin the count of its lane's events from data-start to data-end, in bins that follow each other", () => {
    const figure = render(1000, "de", many);
    for (const panel of ["overview", "zoom"] as const) {
      for (const lane of LANES) {
        const marks = marksIn(figure, panel).filter((mark) => laneOf(mark) === lane);
        for (const mark of marks)
          expect(count(mark), mark.getAttribute("aria-label")!).toBe(inBin(shownMany, mark).length);
        for (let i = 1; i < marks.length; i++)
          expect(marks[i].getAttribute("data-start")! > marks[i - 1].getAttribute("data-end")!).toBe(true);
      }
    }
    // The enlarged days: one bin per day, in the column of its day.
    for (const mark of marksIn(figure, "zoom")) {
      expect(mark.getAttribute("data-start")).toBe(mark.getAttribute("data-end"));
      expect(position(mark).x).toBeCloseTo(
        position(figure.querySelector(`.calls-days text[data-day="${mark.getAttribute("data-start")}"]`)!).x,
        0,
      );
    }
  });

  it("bins the overview in runs of k days from 20 January, k the fewest days 24 px wide, and says so in the caption", () => {
    const width = 1000;
    const figure = render(width, "de", many);
    const dayWidth = (width - 28) / days;
    const k = Math.ceil(24 / dayWidth);
    expect(k * dayWidth).toBeGreaterThanOrEqual(24);
    expect((k - 1) * dayWidth).toBeLessThan(24);
    const marks = marksIn(figure, "overview").filter((mark) => laneOf(mark) === "putin");
    expect(marks[0].getAttribute("data-start")).toBe("2025-01-20");
    for (const mark of marks.slice(0, -1)) expect(daysIn(mark)).toBe(k);
    expect(marks.at(-1)!.getAttribute("data-end")).toBe(many.meta.dataUntil);
    const words = ["null", "einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
    const caption = figure.querySelector(".chart-caption")!.textContent!;
    expect(caption).toContain(`fasst die Übersicht je ${words[k]} Tage`);
    expect(caption).toContain("die Vergrößerung jeden Tag");
    expect(caption).toContain("Fläche eines Kreises");
    expect(caption).not.toContain("nummeriert");
    expect(figure.querySelector(".calls-legend")!.textContent).toContain(
      "Fläche: Zahl der Telefonate und Treffen",
    );
    expect(
      render(width, "en", { ...many, lang: "en" }).querySelector(".chart-caption")!.textContent,
    ).toContain(`the overview combines every ${["", "", "two", "three", "four", "five", "six"][k]} days`);
  });

  for (const width of [375, 1000]) {
    it(`keeps the bins of a lane 24 px apart at ${width} px, inside the svg, with circles whose area follows the count`, () => {
      const figure = render(width, "de", many);
      const svg = svgOf(figure);
      const height = Number(svg.getAttribute("height"));
      for (const panel of ["overview", "zoom"] as const) {
        const radii: { r: number; n: number }[] = [];
        for (const lane of LANES) {
          const marks = marksIn(figure, panel).filter((mark) => laneOf(mark) === lane);
          const xs = marks.map((mark) => position(mark).x);
          for (let i = 1; i < xs.length; i++)
            expect(xs[i] - xs[i - 1], `${panel} ${lane}`).toBeGreaterThanOrEqual(24);
          marks.forEach((mark, i) => {
            const { x, y } = position(mark);
            expect(Number(mark.querySelector(".calls-hit")!.getAttribute("r"))).toBeGreaterThanOrEqual(12);
            expect(x - 12).toBeGreaterThanOrEqual(0);
            expect(x + 12).toBeLessThanOrEqual(width);
            expect(y - 12).toBeGreaterThanOrEqual(0);
            expect(y + 12).toBeLessThanOrEqual(height);
            const r = Number(mark.querySelector(".calls-bin-symbol")!.getAttribute("r"));
            expect(r).toBeGreaterThanOrEqual(3);
            if (i > 0)
              expect(xs[i] - xs[i - 1]).toBeGreaterThan(
                r + Number(marks[i - 1].querySelector(".calls-bin-symbol")!.getAttribute("r")),
              );
            radii.push({ r, n: count(mark) });
          });
        }
        // Area ∝ count: r² / n the same for every circle above the smallest size (radii are rounded to 0.1 px).
        const sized = radii.filter(({ r }) => r > 3);
        expect(sized.length).toBeGreaterThan(0);
        const fullest = sized.reduce((a, b) => (b.n > a.n ? b : a));
        for (const { r, n } of sized) expect(r).toBeCloseTo(fullest.r * Math.sqrt(n / fullest.n), 0);
      }
    });
  }

  it("names each bin by its days and its count, in German and English", () => {
    const figure = render(1000, "de", many);
    for (const mark of marksIn(figure, "overview")) {
      const who = laneOf(mark) === "putin" ? "Putin" : "Selenskyj";
      expect(mark.getAttribute("aria-label")).toBe(
        `${formatDateRange(mark.getAttribute("data-start")!, mark.getAttribute("data-end")!, "de")}: ${count(mark)} Telefonate und Treffen mit ${who}`,
      );
      expect(mark.getAttribute("role")).toBe("button");
      expect(mark.hasAttribute("data-event")).toBe(false);
    }
    const english = marksIn(render(1000, "en", { ...many, lang: "en" }), "overview")[0];
    expect(english.getAttribute("aria-label")).toBe(
      `${formatDateRange(english.getAttribute("data-start")!, english.getAttribute("data-end")!, "en")}: ${count(english)} calls and meetings with Putin`,
    );
  });

  it("walks the bins with the arrow keys and opens one with Enter: its days, count, first headlines and how many more", () => {
    const figure = render(1000, "de", many);
    const marks = [...svgOf(figure).querySelectorAll<SVGGElement>(".calls-mark")];
    expect(marks.filter((mark) => mark.getAttribute("tabindex") === "0")).toHaveLength(1);
    marks[0].focus();
    marks[0].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(document.activeElement).toBe(marks[1]);
    expect(marks[1].getAttribute("tabindex")).toBe("0");
    marks[1].dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    const panel = figure.querySelector(".details-panel")!;
    const n = count(marks[1]);
    expect(n).toBeGreaterThan(8);
    expect(panel.querySelector("h3")!.textContent).toBe(
      `${n} Telefonate und Treffen mit ${laneOf(marks[1]) === "putin" ? "Putin" : "Selenskyj"}`,
    );
    expect(panel.querySelector(".event-details-when")!.textContent).toBe(
      formatDateRange(marks[1].getAttribute("data-start")!, marks[1].getAttribute("data-end")!, "de"),
    );
    const listed = [...panel.querySelectorAll(".calls-bin-events li")].map((item) => item.textContent);
    expect(listed).toEqual(
      inBin(shownMany, marks[1])
        .slice(0, 8)
        .map(
          (event) =>
            `${event.dateLabel}: ${event.headline}${event.status === "not_held" ? " (fand nicht statt)" : ""}`,
        ),
    );
    expect(panel.querySelector(".calls-bin-more")!.textContent).toBe(`und ${n - 8} weitere (siehe Tabelle)`);
    panel.querySelector<HTMLButtonElement>(".details-close")!.click();
    expect(panel.classList.contains("is-open")).toBe(false);
  });

  it("highlights the overview bin that holds a clicked day of the enlarged view", () => {
    const figure = render(1000, "de", many);
    const day = marksIn(figure, "zoom").find(
      (mark) => laneOf(mark) === "putin" && mark.getAttribute("data-start") === "2025-07-03",
    )!;
    day.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const active = [...figure.querySelectorAll(".calls-mark.is-active")];
    expect(active).toHaveLength(2);
    const holder = active.find((mark) => mark !== day)!;
    expect(holder.closest(".calls-overview")).not.toBeNull();
    expect(laneOf(holder)).toBe("putin");
    expect(
      holder.getAttribute("data-start")! <= "2025-07-03" && "2025-07-03" <= holder.getAttribute("data-end")!,
    ).toBe(true);
  });

  it("builds the table of all its events only when it is opened", () => {
    // Fewer events than above: still counted in bins, and a table jsdom builds in a moment.
    const some = synthetic(1_000);
    const figure = render(1000, "de", some);
    expect(figure.querySelectorAll(".calls-overview .calls-mark").length).toBeLessThan(shown(some).length);
    expect(figure.querySelector(".chart-alternative table")).toBeNull();
    expect(figure.querySelectorAll("tr")).toHaveLength(0);
    openAlternative(figure);
    expect(figure.querySelectorAll(".chart-alternative tbody tr")).toHaveLength(shown(some).length);
  });
});

describe("CallsChart: when to count in bins", () => {
  /** The real data with `extra` more Putin calls on 3 July, a day no other Putin contact lies near. */
  const withTwins = (extra: number): StoryData => {
    const call = inZoom(story).find((event) => event.counterpart === "putin" && event.date === "2025-07-03")!;
    const twins = Array.from({ length: extra }, (_, i): StoryEvent => ({
      ...call,
      id: `${call.id}-twin-${i}`,
      callNumber: undefined,
    }));
    const events = [...story.events];
    events.splice(events.indexOf(call) + 1, 0, ...twins);
    return { ...story, events };
  };

  it("draws the real data event by event, in both panels, with the key to the shapes", () => {
    for (const width of [375, 640, 1000]) {
      const figure = render(width);
      expect(marksIn(figure, "overview").map((mark) => mark.dataset.event)).toEqual(
        shown(story).map((event) => event.id),
      );
      expect(marksIn(figure, "zoom").map((mark) => mark.dataset.event)).toEqual(
        inZoom(story).map((event) => event.id),
      );
      expect(figure.querySelectorAll(".calls-bin, [data-count]")).toHaveLength(0);
      expect(figure.querySelector(".chart-caption")!.textContent).not.toContain("Kreis");
      expect(figure.querySelector(".chart-caption")!.textContent).toContain("(nummeriert)");
      const legend = figure.querySelector(".calls-legend")!.textContent!;
      expect(legend).toContain("geplant, fand nicht statt");
      expect(legend).not.toContain("Fläche");
      document.body.replaceChildren();
    }
  });

  it("stacks three marks of a lane on one day, and counts four in bins", () => {
    const three = render(1000, "de", withTwins(2));
    expect(three.querySelectorAll(".calls-bin")).toHaveLength(0);
    expect(marksIn(three, "zoom")).toHaveLength(inZoom(story).length + 2);
    const four = render(1000, "de", withTwins(3));
    for (const panel of ["overview", "zoom"] as const) {
      const marks = marksIn(four, panel);
      expect(
        marks.every((mark) => mark.classList.contains("calls-bin")),
        panel,
      ).toBe(true);
      const day = marks.find(
        (mark) =>
          laneOf(mark) === "putin" &&
          mark.getAttribute("data-start")! <= "2025-07-03" &&
          "2025-07-03" <= mark.getAttribute("data-end")!,
      )!;
      expect(count(day)).toBe(inBin(shown(withTwins(3)), day).length);
      expect(count(day)).toBeGreaterThanOrEqual(4);
    }
  });
});

describe("CallsChart: data without a halt", () => {
  // The frozen fixture without the decisions that halted deliveries: no halt, so the data names no window to enlarge.
  const fixture = fixtureData();
  const noHalt = (lang: "de" | "en") =>
    buildStory(
      {
        ...fixture,
        events: {
          ...fixture.events,
          rows: fixture.events.rows.filter(
            (event) => event.delivery_status !== "halted_all" && event.delivery_status !== "halted_partly",
          ),
        },
      },
      lang,
    );

  it("draws the overview alone: no enlarged panel, no link to it, no word of it in the caption", () => {
    const data = noHalt("de");
    expect(data.haltPeriods).toEqual([]);
    expect(data.callsZoom).toBeUndefined();
    const figure = render(640, "de", data);
    expect(figure.querySelector(".calls-zoom")).toBeNull();
    expect(figure.querySelector(".calls-zoom-link")).toBeNull();
    expect(marksIn(figure, "overview")).toHaveLength(shown(data).length);
    expect(figure.querySelector(".chart-caption")!.textContent).not.toContain("vergrößert");
    // The svg ends below the overview's axis: shorter than the same data with its window.
    const withWindow = render(640, "de", fixtureStory("de"));
    const height = (node: HTMLElement) => Number(svgOf(node).getAttribute("height"));
    expect(height(figure)).toBeLessThan(height(withWindow));
    expect(svgOf(figure).querySelector(".calls-axis")).not.toBeNull();
  });

  it("keeps labels inside the svg without the panel, in English too", () => {
    const figure = render(375, "en", noHalt("en"));
    expect(figure.querySelector(".calls-zoom")).toBeNull();
    expect(figure.querySelector(".chart-caption")!.textContent).not.toMatch(/enlarged/i);
    const width = Number(svgOf(figure).getAttribute("width"));
    const height = Number(svgOf(figure).getAttribute("height"));
    for (const mark of marksIn(figure, "overview")) {
      const { x, y } = position(mark);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });
});

describe("CallsChart: snapshots", () => {
  it("German, 640 px", async () => {
    await expect(printSvg(svgOf(render(640, "de", fixtureStory("de"))).outerHTML)).toMatchFileSnapshot(
      "../snapshots/calls-de-640.svg",
    );
  });
  it("German, 375 px", async () => {
    await expect(printSvg(svgOf(render(375, "de", fixtureStory("de"))).outerHTML)).toMatchFileSnapshot(
      "../snapshots/calls-de-375.svg",
    );
  });
  it("English, 1000 px", async () => {
    await expect(printSvg(svgOf(render(1000, "en", fixtureStory("en"))).outerHTML)).toMatchFileSnapshot(
      "../snapshots/calls-en-1000.svg",
    );
  });
});

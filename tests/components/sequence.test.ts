// @vitest-environment jsdom
// The sticky graphic and the steps of the story: state checked for every step of the German page.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { eventsFrom, SequenceChart } from "../../src/components/SequenceChart.js";
import { loadDataset } from "../../src/lib/files.js";
import { buildStory, sequenceData } from "../../src/lib/story.js";

const story = buildStory(loadDataset(), "de");
const render = (width = 640, height = 360) =>
  SequenceChart(sequenceData(story), {
    width,
    height,
    lang: "de",
    start: "2025-01-20",
    end: story.meta.dataUntil,
    details: eventsFrom(() => story),
  });

/** The steps of the page, as written in story/de.md: id and event ids. */
function pageSteps(path: string): { id: string; events: string[] }[] {
  const page = readFileSync(path, "utf8");
  return [...page.matchAll(/<section class="step" id="([^"]+)" data-events="([^"]+)">/g)].map((match) => ({
    id: match[1],
    events: match[2].split(" "),
  }));
}

const translate = (mark: Element) => {
  const match = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec((mark as SVGGElement).style.transform);
  return { x: Number(match![1]), y: Number(match![2]) };
};

describe("SequenceChart", () => {
  it("draws one mark per event", () => {
    const chart = render();
    expect(chart.querySelectorAll(".sequence-mark")).toHaveLength(story.events.length);
    expect(chart.dataset.domain).toBe(`2025-01-20/${story.meta.dataUntil}`);
  });

  const steps = pageSteps("story/de.md");
  it("has steps that name only events in the data", () => {
    expect(steps.length).toBeGreaterThanOrEqual(8);
    const ids = new Set(story.events.map((event) => event.id));
    for (const step of steps)
      for (const id of step.events) expect(ids.has(id), `${step.id}: ${id}`).toBe(true);
  });

  for (const step of steps) {
    it(`highlights and zooms to the events of step ${step.id}`, () => {
      const chart = render();
      chart.highlight(step.events);
      expect(chart.dataset.focus).toBe(step.events.join(" "));
      const active = [...chart.querySelectorAll(".sequence-mark.is-active")].map((mark) =>
        mark.getAttribute("data-event"),
      );
      expect(active.sort()).toEqual([...step.events].sort());
      const [from, to] = chart.dataset.domain!.split("/");
      for (const id of step.events) {
        const event = story.events.find((e) => e.id === id)!;
        expect(event.date >= from && event.date <= to, `${id} inside ${from}…${to}`).toBe(true);
      }
      const width = 640;
      for (const mark of chart.querySelectorAll(".sequence-mark.is-active")) {
        const { x } = translate(mark);
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(width);
      }
      expect(chart.querySelectorAll(".sequence-mark.is-dimmed")).toHaveLength(
        story.events.length - step.events.length,
      );
    });
  }

  it("places the Putin call of 3 July left of the Zelensky call of 4 July", () => {
    const chart = render();
    chart.highlight(["2025-07-03-trump-putin-call", "2025-07-04-trump-zelensky-call"]);
    const x = (id: string) => translate(chart.querySelector(`[data-event="${id}"]`)!).x;
    expect(x("2025-07-03-trump-putin-call")).toBeLessThan(x("2025-07-04-trump-zelensky-call") - 20);
  });

  it("keeps same-day marks of a lane apart when zoomed in", () => {
    const chart = render(640);
    const ids = story.events
      .filter((event) => event.date === "2025-07-02" && event.type === "statement")
      .map((event) => event.id);
    chart.highlight(ids);
    expect(ids.length).toBeGreaterThan(2);
    const points = ids.map((id) => translate(chart.querySelector(`[data-event="${id}"]`)!));
    for (const a of points)
      for (const b of points)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(24);
  });

  it("labels the whole time line by month, fewer months when narrow, and days when zoomed in", () => {
    const labels = (chart: HTMLElement) =>
      [...chart.querySelectorAll(".sequence-axis .tick text")].map((text) => text.textContent);
    expect(labels(render(640))).toEqual(["Feb.", "März", "Apr.", "Mai", "Juni", "Juli"]);
    expect(labels(render(280))).toEqual(["März", "Mai", "Juli"]);
    const zoomed = render(640);
    zoomed.highlight(["2025-07-03-trump-putin-call", "2025-07-04-trump-zelensky-call"]);
    expect(labels(zoomed)).toEqual(["30.6.", "1.7.", "2.7.", "3.7.", "4.7.", "5.7.", "6.7.", "7.7."]);
    const storyEn = buildStory(loadDataset(), "en");
    const english = SequenceChart(sequenceData(storyEn), {
      width: 640,
      height: 360,
      lang: "en",
      start: "2025-01-20",
      end: storyEn.meta.dataUntil,
      details: eventsFrom(() => storyEn),
    });
    expect(labels(english)).toEqual(["Feb", "Mar", "Apr", "May", "Jun", "Jul"]);
    english.highlight(["2025-07-03-trump-putin-call"]);
    expect(labels(english).slice(0, 3)).toEqual(["29 Jun", "30 Jun", "1 Jul"]);
  });

  it("opens an event's details from the keyboard, loading them on first use", async () => {
    const chart = render();
    document.body.append(chart);
    const first = chart.querySelector<SVGGElement>(".sequence-mark")!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(document.activeElement?.getAttribute("data-event")).toBe(story.events[1].id);
    (document.activeElement as Element).dispatchEvent(
      new KeyboardEvent("keydown", { key: "Enter", bubbles: true }),
    );
    await vi.waitFor(() =>
      expect(chart.querySelector(".details-panel h3")?.textContent).toBe(story.events[1].headline),
    );
    // The summary and sources are not in the first-load data; they came from the full story.
    expect(sequenceData(story).events[1]).not.toHaveProperty("summary");
    expect(chart.querySelector(".details-panel")?.textContent).toContain(story.events[1].summary);
    expect(chart.querySelectorAll(".details-panel .event-sources li")).toHaveLength(
      story.events[1].sources.length,
    );
    chart.remove();
  });

  it("says the details are loading when they take a while, then shows them; a later selection wins", async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const details = async (id: string) => {
      if (id === story.events[0].id) await slow;
      return story.events.find((event) => event.id === id);
    };
    const chart = SequenceChart(sequenceData(story), {
      width: 640,
      height: 360,
      lang: "de",
      start: "2025-01-20",
      end: story.meta.dataUntil,
      details,
    });
    const first = chart.select(story.events[0].id);
    await vi.waitFor(() =>
      expect(chart.querySelector(".details-loading")?.textContent).toBe("Details werden geladen …"),
    );
    await chart.select(story.events[1].id);
    release();
    await first;
    expect(chart.querySelector(".details-panel h3")?.textContent).toBe(story.events[1].headline);
  });

  it("links to the event on the sources page when the details cannot be loaded", async () => {
    const chart = SequenceChart(sequenceData(story), {
      width: 640,
      height: 360,
      lang: "de",
      start: "2025-01-20",
      end: story.meta.dataUntil,
      details: () => Promise.reject(new Error("offline")),
    });
    await chart.select(story.events[2].id);
    expect(chart.querySelector(".details-loading")?.textContent).toContain(
      "Die Details konnten nicht geladen werden.",
    );
    expect(chart.querySelector(".details-loading a")?.getAttribute("href")).toBe(
      `quellen.html#ereignis-${story.events[2].id}`,
    );
  });

  it("keeps a snapshot of the graphic at the step about the two calls", async () => {
    const chart = render(640, 360);
    chart.highlight(steps[0].events);
    await expect(chart.querySelector("svg")!.outerHTML).toMatchFileSnapshot(
      "../snapshots/sequence-de-640.svg",
    );
  });
});

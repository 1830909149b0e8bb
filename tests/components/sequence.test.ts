// @vitest-environment jsdom
// The sticky graphic and the steps of the story: state checked for every step of both editions.
import { readFileSync } from "node:fs";
import { scaleUtc } from "d3-scale";
import { describe, expect, it, vi } from "vitest";
import {
  eventsFrom,
  ResponsiveSequence,
  SequenceChart,
  stepView,
} from "../../src/components/SequenceChart.js";
import {
  leaderBox,
  overlaps,
  placeBest,
  placeLabels,
  placementCost,
  textWidth,
  type Box,
} from "../../src/components/sequence/placement.js";
import * as density from "../../src/components/sequence/density.js";
import { rowOf } from "../../src/components/sequence/rows.js";
import { fullDomain, timeScale, zoomDomain, DAY } from "../../src/components/sequence/scale.js";
import type { Lang } from "../../src/lib/format.js";
import { loadDataset } from "../../src/lib/files.js";
import { buildStory, sequenceData, type StoryData } from "../../src/lib/story.js";
import { sequenceLabels } from "../../src/lib/story-check.js";
import { storySteps } from "../../src/lib/sequence.js";
import { printSvg } from "./svg.js";
import { syntheticStory } from "../../bench/synthetic.js";

const dataset = loadDataset();
const stories = { de: buildStory(dataset, "de"), en: buildStory(dataset, "en") };
const story = stories.de;

/** The steps of a page and the graphic's labels, as written in story/*.md. */
function page(lang: Lang): {
  steps: { id: string; events: string[]; context: string[] }[];
  labels: Record<string, string>;
} {
  const text = readFileSync(`story/${lang}.md`, "utf8");
  const steps = storySteps(text).map((step) => ({
    id: step.id!,
    events: step.events,
    context: step.context ?? [],
  }));
  const labels = sequenceLabels(text);
  expect(Object.keys(labels).length).toBeGreaterThan(0);
  return { steps, labels };
}

function render(lang: Lang = "de", width = 640, height = 360, data: StoryData = stories[lang]) {
  return SequenceChart(sequenceData(data), {
    width,
    height,
    lang,
    start: "2025-01-20",
    end: data.meta.dataUntil,
    details: eventsFrom(() => data),
    labels: page(lang).labels,
  });
}

/** Where an element stands: its CSS translate (the graphic moves marks, labels, rows and ticks so). */
const translate = (node: Element) => {
  const match = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec((node as SVGElement).style.transform);
  return { x: Number(match![1]), y: Number(match![2]) };
};
const ids = (nodes: Iterable<Element>) => [...nodes].map((node) => node.getAttribute("data-event")!);

/** The label boxes as the graphic estimates them: its placement keeps these apart. */
function labelBoxes(chart: HTMLElement): (Box & { id: string })[] {
  return [...chart.querySelectorAll(".seq-labels g")].map((label) => {
    const text = label.querySelector("text")!;
    const lines = [...text.querySelectorAll("tspan")].map((tspan) => tspan.textContent ?? "");
    const at = translate(label);
    const width = Math.max(...lines.map((line) => textWidth(line, 12)));
    // The text stands at the box's side nearest its mark (start, middle or end), 2 px inside.
    const anchor = text.getAttribute("text-anchor") ?? "start";
    const x = anchor === "end" ? at.x + 2 - width : anchor === "middle" ? at.x - width / 2 : at.x - 2;
    return { id: text.getAttribute("data-event")!, x, y: at.y - 11, width, height: lines.length * 14 };
  });
}

/** The band's labels, the row names and the deadlines' labels, as estimated: no direct label and no leader may cross them. */
function frameTexts(chart: HTMLElement): (Box & { id: string })[] {
  const band = [...chart.querySelectorAll(".seq-band-label")].map((text) => ({
    id: text.textContent!,
    x: translate(text).x - 2,
    y: translate(text).y - 11,
    width: textWidth(text.textContent!, 11, "regular"),
    height: 15,
  }));
  const rows = [...chart.querySelectorAll(".seq-row-names g")].map((row) => ({
    id: row.textContent!,
    x: Number(row.querySelector("text")!.getAttribute("x")),
    y: translate(row).y + 2,
    width: textWidth(row.textContent!, 11, "regular"),
    height: 14,
  }));
  const deadlines = [...chart.querySelectorAll(".seq-deadline")].map((deadline) => ({
    id: deadline.textContent!,
    x: Number(deadline.querySelector("text")!.getAttribute("x")),
    // Above its line (a negative baseline) or below it.
    y: translate(deadline).y + (Number(deadline.querySelector("text")!.getAttribute("y")) < 0 ? -19 : 4),
    width: textWidth(deadline.textContent!, 11, "regular"),
    height: 15,
  }));
  return [...band, ...rows, ...deadlines];
}

/** The leaders, each a rectangle one pixel wide. */
const leaderBoxes = (chart: HTMLElement): (Box & { id: string })[] =>
  [...chart.querySelectorAll(".seq-leaders rect")].map((rect) => {
    const [x, y, width, height] = ["x", "y", "width", "height"].map((name) =>
      Number(rect.getAttribute(name)),
    );
    return { id: rect.getAttribute("data-leader")!, x, y, width, height };
  });

/** The axis' tick labels with their estimated extent. */
const tickLabels = (chart: HTMLElement) =>
  [...chart.querySelectorAll(".seq-axis g")].map((tick) => {
    const text = tick.querySelector("text")!;
    const centre = translate(tick).x + Number(text.getAttribute("x") ?? 0);
    const width = textWidth(text.textContent!, 12, "regular");
    return { label: text.textContent!, left: centre - width / 2, right: centre + width / 2 };
  });

describe("SequenceChart", () => {
  it("draws one mark per event", () => {
    const chart = render();
    expect(chart.querySelectorAll(".sequence-mark")).toHaveLength(story.events.length);
    expect(chart.dataset.domain).toBe(`2025-01-20/${story.meta.dataUntil}`);
  });

  it("with thousands of events, draws the crowded rows' other events as bars that count exactly the data's bins in view", () => {
    // The story's events and 10,000 synthetic ones (clones with ids of their own), as the build holds them.
    const events = [...story.events, ...syntheticStory(story, 10_000).events].sort((a, b) =>
      a.date.localeCompare(b.date),
    );
    const { steps, labels } = page("de");
    const data = sequenceData({ ...story, events }, steps);
    const bins = data.density ?? [];
    expect(bins.length).toBeGreaterThan(0);
    for (const [width, height] of [
      [375, 272],
      [1000, 520],
    ]) {
      const chart = SequenceChart(data, {
        width,
        height,
        lang: "de",
        start: story.meta.termStart,
        end: story.meta.dataUntil,
        details: eventsFrom(() => story),
        labels,
        density,
      });
      expect(chart.querySelectorAll(".sequence-mark")).toHaveLength(data.events.length);
      let drawnSomewhere = false;
      for (const step of steps) {
        chart.highlight(step.events, step);
        const [first, last] = chart.dataset.domain!.split("/");
        const rows = chart.dataset.rows!.split(" ");
        const inView = bins.filter(([day, row]) => day >= first && day <= last && rows.includes(row));
        const bars = [...chart.querySelectorAll(".seq-density-bar")];
        const counted = (row?: string) =>
          bars
            .filter((bar) => row === undefined || bar.classList.contains(`is-${row}`))
            .reduce((sum, bar) => sum + Number(bar.getAttribute("data-count")), 0);
        for (const row of rows)
          expect(counted(row), `${width} ${step.id} ${row}`).toBe(
            inView.filter(([, r]) => r === row).reduce((sum, [, , count]) => sum + count, 0),
          );
        expect(counted(), `${width} ${step.id}`).toBe(inView.reduce((sum, [, , count]) => sum + count, 0));
        // The key names the bars exactly when some are drawn; the step's own events stay marks.
        expect(chart.querySelector('[data-part="key"] [data-entry="density"]') !== null, step.id).toBe(
          bars.length > 0,
        );
        expect(ids(chart.querySelectorAll(".sequence-mark.is-active:not(.is-hidden)")).sort()).toEqual(
          [...step.events].sort(),
        );
        drawnSomewhere ||= bars.length > 0;
      }
      expect(drawnSomewhere).toBe(true);
    }
  });

  it("loads the density bars before its first drawing where the data has events counted, and only there", async () => {
    const events = [...story.events, ...syntheticStory(story, 10_000).events].sort((a, b) =>
      a.date.localeCompare(b.date),
    );
    const { steps, labels } = page("de");
    const options = {
      lang: "de" as const,
      start: story.meta.termStart,
      end: story.meta.dataUntil,
      details: eventsFrom(() => story),
      labels,
    };
    // jsdom has no ResizeObserver: the graphic draws at once, or as soon as the bars have loaded.
    const crowded = ResponsiveSequence(sequenceData({ ...story, events }, steps), options);
    crowded.highlight(steps[0].events, steps[0]);
    // Drawn in slices (sequence/schedule.ts): complete when data-drawn says so.
    await vi.waitFor(() => expect(crowded.querySelector('.sequence[data-drawn="true"]')).not.toBeNull());
    expect(crowded.querySelectorAll(".sequence-svg")).toHaveLength(1);
    expect(crowded.querySelector(".seq-density-bar")).not.toBeNull();
    expect(crowded.dataset.focus).toBe(steps[0].events.join(" "));
    const own = ResponsiveSequence(sequenceData(story, steps), options);
    expect(own.querySelector(".sequence-svg")).not.toBeNull();
    expect(own.querySelector(".seq-density-bar")).toBeNull();
  });

  for (const lang of ["de", "en"] as const) {
    const { steps } = page(lang);
    it(`${lang}: has steps that name only events in the data`, () => {
      expect(steps.length).toBeGreaterThanOrEqual(8);
      const known = new Set(stories[lang].events.map((event) => event.id));
      for (const step of steps)
        for (const id of step.events) expect(known.has(id), `${step.id}: ${id}`).toBe(true);
    });

    // From a small phone's graphic to a wide desktop's (375 × 272: a 375 × 812 phone's 40 %, less the step buttons).
    for (const [width, height] of [
      [320, 260],
      [375, 272],
      [640, 420],
      [760, 520],
    ]) {
      it(`${lang} at ${width}×${height}: every step labels its events without overlap and mutes the rest`, () => {
        const chart = render(lang, width, height);
        for (const step of steps) {
          chart.highlight(step.events, step);
          expect(chart.dataset.focus).toBe(step.events.join(" "));
          expect(ids(chart.querySelectorAll(".sequence-mark.is-active")).sort()).toEqual(
            [...step.events].sort(),
          );
          for (const mark of chart.querySelectorAll(".sequence-mark.is-active")) {
            expect(
              mark.classList.contains("is-hidden"),
              `${step.id} ${mark.getAttribute("data-event")}`,
            ).toBe(false);
            const { x } = translate(mark);
            expect(x).toBeGreaterThan(0);
            expect(x).toBeLessThan(width);
          }
          const boxes = labelBoxes(chart);
          expect(boxes.map((box) => box.id).sort(), step.id).toEqual([...step.events].sort());
          for (const box of boxes) {
            expect(box.x, `${step.id} ${box.id}`).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width, `${step.id} ${box.id}`).toBeLessThanOrEqual(width);
            for (const other of boxes)
              if (other !== box)
                expect(overlaps(box, other), `${step.id}: ${box.id} / ${other.id}`).toBe(false);
          }
          // No direct label or leader line crosses the band's labels, the row names, another label or leader.
          const texts = frameTexts(chart);
          const leaders = leaderBoxes(chart);
          for (const box of [...boxes, ...leaders])
            for (const text of texts)
              expect(overlaps(box, text), `${step.id}: ${box.id} / "${text.id}"`).toBe(false);
          for (const leader of leaders) {
            for (const box of boxes)
              if (box.id !== leader.id)
                expect(overlaps(leader, box), `${step.id}: leader of ${leader.id} / ${box.id}`).toBe(false);
            for (const other of leaders)
              if (other !== leader) expect(overlaps(leader, other), `${step.id}: leaders`).toBe(false);
          }
          // The key names the call numbers exactly when a numbered call is in view.
          expect(
            chart.querySelector('[data-part="key"] [data-entry="callNumber"]') !== null,
            `${step.id}: key entry for the call numbers`,
          ).toBe(chart.querySelector(".sequence-mark:not(.is-hidden) .seq-number") !== null);
          // The deadlines' labels keep clear of the row names and of each other.
          const deadlineTexts = new Set(
            [...chart.querySelectorAll(".seq-deadline")].map((deadline) => deadline.textContent!),
          );
          for (const text of texts.filter((box) => deadlineTexts.has(box.id)))
            for (const other of texts)
              if (other !== text)
                expect(overlaps(text, other), `${step.id}: "${text.id}" / "${other.id}"`).toBe(false);
          // No label covers a mark in view, in focus or muted.
          for (const mark of chart.querySelectorAll(".sequence-mark:not(.is-hidden)")) {
            const { x, y } = translate(mark);
            const r = Number(mark.querySelector(".seq-dot")!.getAttribute("r"));
            const dot = { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
            for (const box of boxes)
              expect(
                overlaps(box, dot),
                `${step.id}: ${box.id} over ${mark.getAttribute("data-event")}`,
              ).toBe(false);
          }
          // The band's labels keep apart, inside the graphic; a halt in view has its length.
          const band = texts.filter((text) =>
            chart.querySelector(".seq-band")!.textContent!.includes(text.id),
          );
          for (const a of band) {
            expect(a.x).toBeGreaterThanOrEqual(0);
            expect(a.x + a.width).toBeLessThanOrEqual(width);
            for (const b of band)
              if (a !== b) expect(overlaps(a, b), `${step.id}: ${a.id} / ${b.id}`).toBe(false);
          }
          // The axis: the year with the first tick only, labels apart and inside the graphic.
          const ticks = tickLabels(chart);
          expect(ticks.length, step.id).toBeGreaterThanOrEqual(2);
          expect(ticks[0].label, step.id).toMatch(/ 2025$/);
          for (const [i, tick] of ticks.entries()) {
            if (i > 0) expect(tick.label).not.toMatch(/2025/);
            if (i > 0) expect(ticks[i - 1].right, `${step.id}: ${tick.label}`).toBeLessThan(tick.left);
            expect(tick.left).toBeGreaterThanOrEqual(0);
            expect(tick.right).toBeLessThanOrEqual(width);
          }
          // Everything else in view recedes; nothing outside the rows the step needs is shown.
          const rows = chart.dataset.rows!.split(" ");
          for (const mark of chart.querySelectorAll(".sequence-mark:not(.is-hidden)")) {
            expect(rows).toContain(mark.getAttribute("data-row"));
            if (!step.events.includes(mark.getAttribute("data-event")!))
              expect(mark.classList.contains("is-context")).toBe(true);
          }
        }
      });
    }

    it(`${lang}: only marks in view are reachable; the tab stop is the step's first event`, () => {
      const chart = render(lang);
      for (const step of steps) {
        chart.highlight(step.events, step);
        const visible = ids(chart.querySelectorAll(".sequence-mark:not(.is-hidden)"));
        expect(ids(chart.querySelectorAll(".sequence-mark[tabindex]")).sort()).toEqual([...visible].sort());
        for (const hidden of chart.querySelectorAll(".sequence-mark.is-hidden")) {
          expect(hidden.getAttribute("aria-hidden")).toBe("true");
          expect(hidden.hasAttribute("role")).toBe(false);
        }
        expect(ids(chart.querySelectorAll('.sequence-mark[tabindex="0"]'))).toEqual([step.events[0]]);
        expect(ids(chart.querySelectorAll('.sequence-mark[aria-current="true"]')).sort()).toEqual(
          [...step.events].sort(),
        );
      }
    });
  }

  it("names marks as they read: who, which call, when, what", () => {
    const chart = render();
    chart.highlight(["2025-07-03-trump-putin-call"]);
    const call = chart.querySelector('[data-event="2025-07-03-trump-putin-call"]')!;
    const event = story.events.find((e) => e.id === "2025-07-03-trump-putin-call")!;
    expect(call.getAttribute("aria-label")).toBe(
      `${event.callNumber}. Telefonat mit Putin, ${event.dateLabel}: ${event.headline}`,
    );
    const english = render("en");
    english.highlight(["2025-07-04-trump-zelensky-call"]);
    expect(
      english.querySelector('[data-event="2025-07-04-trump-zelensky-call"]')!.getAttribute("aria-label"),
    ).toMatch(/^Call with Zelensky, 4 July 2025: /);
    // Axis, row names and the direct labels stay out of the reading order: the marks carry the names.
    for (const layer of [".seq-axis", ".seq-rows", ".seq-row-names", ".seq-labels", ".seq-band"])
      expect(chart.querySelector(layer)!.getAttribute("aria-hidden")).toBe("true");
  });

  it("says in one sentence what a step shows: period and highlighted events", () => {
    const { steps, labels } = page("de");
    const view = stepView(sequenceData(story), steps[0].events, {
      start: "2025-01-20",
      end: story.meta.dataUntil,
      lang: "de",
      labels,
    });
    expect(view.sentence).toMatch(/^Die Grafik zeigt \d+\. \S+ bis \d+\. \S+ 2025, hervorgehoben: /);
    const sixth = story.events.find((event) => event.id === "2025-07-03-trump-putin-call")!;
    expect(view.sentence).toContain(`${sixth.callNumber}. Telefonat mit Putin (${sixth.dateLabel})`);
    expect(view.sentence.length).toBeLessThan(200);
  });

  it("shows the delivery band with the halt's length where a step is about the halt, not before", () => {
    const chart = render();
    chart.highlight(["2025-07-03-trump-putin-call", "2025-07-04-trump-zelensky-call"]);
    expect(chart.dataset.rows).toBe("putin zelensky");
    expect(chart.querySelector(".seq-band")!.classList.contains("is-hidden")).toBe(true);
    chart.highlight(["2025-07-01-halt-confirmed", "2025-07-02-pentagon-briefing"]);
    expect(chart.dataset.rows).toContain("weapons");
    expect(chart.querySelector(".seq-band")!.classList.contains("is-hidden")).toBe(false);
    const halt = story.haltPeriods.find((period) => period.start === "2025-07-01")!;
    const labels = [...chart.querySelectorAll(".seq-band-label")].map((t) => t.textContent!);
    // The July halt ended with an announced reversal that only reports say was carried out:
    // its days run to the announcement, and no label says deliveries were flowing again.
    expect(labels.some((label) => label.includes(`${halt.days} Tage bis zur`))).toBe(true);
    expect(chart.querySelector('.seq-band rect[data-status="halted_partly"]')!.getAttribute("fill")).toMatch(
      /^url\(#/,
    );
  });

  it("draws in the overview each deadline solid to the day a later one cut it short, dashed after", () => {
    const chart = render("de", 640, 360);
    const list = sequenceData(story).deadlines;
    const drawn = [...chart.querySelectorAll(".seq-overview-deadlines > g")];
    expect(drawn).toHaveLength(list.length);
    drawn.forEach((group, i) => {
      const [solid, rest] = [...group.querySelectorAll("line:not(.seq-deadline-end)")];
      const cut = list[i + 1];
      expect(Boolean(rest), list[i].event).toBe(cut !== undefined);
      if (cut) {
        expect(rest.getAttribute("class")).toBe("seq-deadline-rest");
        // The solid part ends where the dashed part begins: at the later deadline's day.
        expect(solid.getAttribute("x2")).toBe(rest.getAttribute("x1"));
        expect(Number(rest.getAttribute("x2"))).toBeGreaterThanOrEqual(Number(rest.getAttribute("x1")));
      }
    });
  });

  it("places the Putin call of 3 July left of the Zelensky call of 4 July, each in its own lane", () => {
    const chart = render();
    chart.highlight(["2025-07-03-trump-putin-call", "2025-07-04-trump-zelensky-call"]);
    const at = (id: string) => translate(chart.querySelector(`[data-event="${id}"]`)!);
    expect(at("2025-07-03-trump-putin-call").x).toBeLessThan(at("2025-07-04-trump-zelensky-call").x - 20);
    expect(at("2025-07-03-trump-putin-call").y).not.toBe(at("2025-07-04-trump-zelensky-call").y);
  });

  it("keeps same-day marks of a row apart when zoomed in", () => {
    const chart = render("de", 640);
    const same = story.events
      .filter((event) => event.date === "2025-07-02" && event.type === "statement")
      .map((event) => event.id);
    chart.highlight(same);
    expect(same.length).toBeGreaterThan(2);
    const points = same.map((id) => translate(chart.querySelector(`[data-event="${id}"]`)!));
    for (const a of points)
      for (const b of points)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(12);
  });

  it("labels the whole time line by month and days when zoomed in", () => {
    const ticks = (chart: HTMLElement) =>
      [...chart.querySelectorAll(".seq-axis g text")].map((text) => text.textContent);
    // The first tick carries the year; the longer label pushes out its neighbour where they would touch.
    // Every month from February to the one the data ends in; on a narrow chart every other month.
    expect(ticks(render("de", 760)).slice(0, 6)).toEqual([
      "Feb. 2025",
      "März",
      "Apr.",
      "Mai",
      "Juni",
      "Juli",
    ]);
    const narrow = { de: ticks(render("de", 280)), en: ticks(render("en", 280)) };
    expect(narrow.de.length).toBeGreaterThanOrEqual(2);
    expect(narrow.de[0]).toMatch(/^(Feb\.|März|Apr\.) 2025$/);
    expect(
      narrow.de.slice(1).every((tick) => /^(März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.)$/.test(tick!)),
    ).toBe(true);
    expect(narrow.en[0]).toMatch(/^(Feb|Mar|Apr) 2025$/);
    expect(narrow.en.length).toBe(narrow.de.length);
    const zoomed = render("de", 640);
    zoomed.highlight(["2025-07-03-trump-putin-call", "2025-07-04-trump-zelensky-call"]);
    // Zoomed in, a day after one that names its month gives only its number; the step's days are always there.
    expect(ticks(zoomed).slice(0, 3)).toEqual(["30. Juni 2025", "2. Juli", "3."]);
    expect(ticks(zoomed)).toContain("4.");
    const english = render("en", 760);
    english.highlight(["2025-07-03-trump-putin-call"]);
    expect(ticks(english)[0]).toBe("29 Jun 2025");
    expect(ticks(english)).toContain("1 Jul");
  });

  it("moves with the arrow keys among the marks in view only, and announces opened details in a short line", async () => {
    const chart = render();
    document.body.append(chart);
    chart.highlight(page("de").steps[0].events);
    const reachable = ids(chart.querySelectorAll(".sequence-mark[tabindex]"));
    const first = chart.querySelector<SVGGElement>('.sequence-mark[tabindex="0"]')!;
    first.focus();
    for (let i = 0; i < reachable.length + 2; i++)
      (document.activeElement as Element).dispatchEvent(
        new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }),
      );
    expect(reachable).toContain(document.activeElement?.getAttribute("data-event"));
    const id = document.activeElement!.getAttribute("data-event")!;
    (document.activeElement as Element).dispatchEvent(
      new KeyboardEvent("keydown", { key: "Enter", bubbles: true }),
    );
    const event = story.events.find((e) => e.id === id)!;
    await vi.waitFor(() =>
      expect(chart.querySelector(".details-panel h3")?.textContent).toBe(event.headline),
    );
    expect(chart.querySelector(".details-panel")!.hasAttribute("aria-live")).toBe(false);
    expect(chart.querySelector("[aria-live]")!.textContent).toBe(`Details: ${event.headline}`);
    // The summary and sources are not in the first-load data; they came from the full story.
    expect(sequenceData(story).events[0]).not.toHaveProperty("summary");
    expect(chart.querySelector(".details-panel")?.textContent).toContain(event.summary);
    chart.remove();
  });

  it("says the details are loading when they take a while, then shows them; a later selection wins", async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const full = eventsFrom(() => story);
    const details = async (id: string) => {
      if (id === story.events[0].id) await slow;
      return full(id);
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

  it("keeps a snapshot of the graphic at a step about two calls, drawn from the test fixtures", async () => {
    const fixture = buildStory(loadDataset("tests/fixtures/valid"), "de");
    const calls = fixture.events.filter((event) => event.counterpart && event.type === "call").slice(-2);
    expect(calls).toHaveLength(2);
    const chart = render("de", 640, 360, fixture);
    chart.highlight(calls.map((event) => event.id));
    await expect(printSvg(chart.querySelector("svg")!.outerHTML)).toMatchFileSnapshot(
      "../snapshots/sequence-de-640.svg",
    );
  });
});

describe("the sticky graphic's time scale", () => {
  const limits = fullDomain("2025-01-20", "2025-07-29");
  const dates = Array.from({ length: 40 }, (_, i) => new Date(limits[0].getTime() + i * 4.9 * DAY));
  for (const [name, domain] of [
    ["the whole time line", limits],
    ["a zoom on early July", zoomDomain([{ date: "2025-07-03" }, { date: "2025-07-04" }], limits)],
    ["a zoom on the March halt", zoomDomain([{ date: "2025-03-03" }, { date: "2025-03-12" }], limits)],
  ] as const)
    it(`maps dates as d3-scale's scaleUtc does: ${name}`, () => {
      for (const range of [
        [12, 308],
        [12, 748],
      ] as [number, number][]) {
        const ours = timeScale(domain, range);
        const d3 = scaleUtc().domain(domain).range(range);
        for (const date of dates) expect(ours(date)).toBeCloseTo(d3(date), 6);
      }
    });
});

describe("greedy label placement", () => {
  const options = {
    bounds: { x: 0, y: 0, width: 320, height: 200 },
    obstacles: [],
    fontSize: 12,
    lineHeight: 14,
    markRadius: 8,
  };

  it("places labels of crowded marks apart, inside the bounds", () => {
    const requests = Array.from({ length: 6 }, (_, i) => ({
      id: `m${i}`,
      x: 40 + i * 45,
      y: 120,
      texts: [[`${i + 1}. Telefonat mit Putin`], [`${i + 1}.`]],
    }));
    const placed = placeLabels(requests, options);
    expect(placed.map((label) => label.id)).toEqual(requests.map((request) => request.id));
    for (const a of placed) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(320);
      expect(a.y).toBeGreaterThanOrEqual(0);
      for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
    }
  });

  it("keeps clear of obstacles, wraps or shortens a label before giving up, and leaves out what cannot fit", () => {
    const wall = { x: 0, y: 0, width: 320, height: 100 };
    const [one] = placeLabels([{ id: "a", x: 160, y: 130, texts: [["Rekordangriff: 539 Drohnen"]] }], {
      ...options,
      obstacles: [wall],
    });
    expect(overlaps(one, wall)).toBe(false);
    const narrow = { ...options, bounds: { x: 0, y: 0, width: 180, height: 200 } };
    const [wrapped] = placeLabels(
      [{ id: "b", x: 90, y: 100, texts: [["Weißes Haus bestätigt Lieferstopp"]] }],
      narrow,
    );
    expect(wrapped.lines).toHaveLength(2);
    const none = placeLabels([{ id: "c", x: 10, y: 10, texts: [["x".repeat(80)]] }], {
      ...options,
      bounds: { x: 0, y: 0, width: 100, height: 20 },
    });
    expect(none).toEqual([]);
  });
});

describe("placing direct labels with the band's labels", () => {
  const options = {
    bounds: { x: 0, y: 0, width: 200, height: 100 },
    // Text above the mark (a row name, say): no label and no leader may cross it.
    obstacles: [{ x: 0, y: 0, width: 200, height: 38 }],
    // The mark and the band it stands on.
    soft: [
      { x: 91, y: 41, width: 18, height: 18 },
      { x: 0, y: 45, width: 200, height: 10 },
    ],
    fontSize: 12,
    lineHeight: 14,
    markRadius: 8,
  };
  const event = { id: "resume", x: 100, y: 50, texts: [["Lieferungen"]] };
  // A band label with two places: right under the band, or a line lower.
  const band = {
    id: "band",
    x: 100,
    y: 50,
    texts: [["9 Tage"]],
    fixed: [61, 81].map((y, line) => ({
      box: { x: 70, y, width: 60, height: 15 },
      lines: ["9 Tage"],
      cost: line * 25,
    })),
  };

  it("never runs a leader line across a band label: placed after it, the direct label finds no place", () => {
    const placed = placeLabels([band, event], options);
    expect(placed.map((p) => p.id)).toEqual(["band"]);
    expect(placed[0].y).toBe(61);
    // Were the band label a mark, the leader would cross it (as the last resort that marks allow).
    const [crossing] = placeLabels([event], { ...options, soft: [...options.soft, placed[0]] });
    expect(crossing.crossing).toBe(true);
    expect(overlaps(leaderBox(crossing.leader!), placed[0])).toBe(true);
  });

  it("moves the band label a line lower where a direct label needs the place under the band", () => {
    const placed = placeBest(
      [
        [band, event],
        [event, band],
      ],
      options,
      (id) => (id === "band" ? 100 : 1000),
    );
    expect(placed.map((p) => p.id).sort()).toEqual(["band", "resume"]);
    const [a, b] = placed;
    expect(overlaps(a, b)).toBe(false);
    for (const p of placed)
      if (p.leader) for (const other of placed) expect(overlaps(leaderBox(p.leader), other)).toBe(false);
    expect(placed.find((p) => p.id === "band")!.y).toBe(81);
    expect(placementCost([band, event], placed)).toBeLessThan(1000);
  });
});

describe("rows", () => {
  it("gives Trump's contacts with Putin and with Zelensky a lane each", () => {
    const data = sequenceData(story);
    for (const event of data.events) if (event.counterpart) expect(rowOf(event)).toBe(event.counterpart);
    expect(data.deliveryPhases.length).toBeGreaterThan(1);
  });
});

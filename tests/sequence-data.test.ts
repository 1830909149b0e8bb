// The sticky graphic's first-load data (lib/sequence.ts): the events of the steps' windows (those of
// crowded rows counted per day), the overview as counts per week, the deadlines; checked on the real
// data and the story's own steps, and with thousands of synthetic events added (bench/synthetic.ts).
import { readFileSync } from "node:fs";
import { group } from "d3-array";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticStory } from "../bench/synthetic.js";
import { loadDataset } from "../src/lib/files.js";
import {
  deadlines,
  eventsForSteps,
  MAX_MARKS_PER_ROW,
  sequenceRow,
  stepWindow,
  storySteps,
  zoomWindow,
  type StepDefinition,
} from "../src/lib/sequence.js";
import { buildStory, sequenceData, type StoryEvent } from "../src/lib/story.js";
import { LANGS } from "../src/lib/i18n/index.js";
import type { SequenceRow } from "../src/lib/i18n/index.js";

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

for (const lang of LANGS) {
  const story = buildStory(loadDataset(), lang);
  const steps = storySteps(readFileSync(`story/${lang}.md`, "utf8"));
  const limits: [number, number] = [ms(story.meta.termStart), ms(story.meta.dataUntil) + DAY];

  describe(`the sticky graphic's data (${lang})`, () => {
    it("holds every event a step names and every event in a step's window, each drawn or counted once", () => {
      const data = sequenceData(story, steps);
      expectAccounted(story.events, steps, limits, data);
    });

    it("draws as dots every event of a window's row that holds no more than the graphic shows legibly", () => {
      const data = sequenceData(story, steps);
      const held = new Set(data.events.map((event) => event.id));
      const windows = steps.map((step) => stepWindow(story.events, step, limits, data.deadlines));
      for (const window of windows) {
        const inWindow = story.events.filter((event) => within(event, window));
        const byRow = group(inWindow, sequenceRow);
        for (const [row, events] of byRow)
          if (events.length <= MAX_MARKS_PER_ROW)
            for (const event of events) expect(held, `${row}: ${event.id}`).toContain(event.id);
      }
    });

    it("does not grow with events outside the steps' windows", () => {
      // A year of events after the story's last window: the data holds none of them.
      const last = Math.max(...steps.map((step) => stepWindow(story.events, step, limits)[1]));
      const extra = Array.from({ length: 500 }, (_, i) => ({
        ...story.events[0],
        id: `extra-${i}`,
        date: new Date(last + (30 + i) * DAY).toISOString().slice(0, 10),
      }));
      const wider: [number, number] = [limits[0], last + 600 * DAY];
      const held = eventsForSteps([...story.events, ...extra], steps, wider);
      expect(held.events.filter((event) => event.id.startsWith("extra-"))).toEqual([]);
      expect(held).toEqual(eventsForSteps(story.events, steps, wider));
    });

    it("summarises the whole period for the overview: every call with Putin or Zelensky counted once", () => {
      const { overview } = sequenceData(story, steps);
      expect(overview.from).toBe(story.meta.termStart);
      expect(overview.until >= story.meta.dataUntil).toBe(true);
      for (const lane of ["putin", "zelensky"] as const) {
        const counted = overview.bins.filter(([, l]) => l === lane).reduce((sum, [, , n]) => sum + n, 0);
        expect(counted, lane).toBe(story.events.filter((event) => event.counterpart === lane).length);
      }
      // Weeks start on Monday.
      for (const [week] of overview.bins) expect(new Date(ms(week)).getUTCDay()).toBe(1);
    });

    it("draws each deadline the data gives, to the days it gave, in the order of their dates", () => {
      const list = deadlines(story.events);
      expect(list.map((deadline) => deadline.event)).toEqual(
        story.events.filter((event) => event.deadlineDays?.length).map((event) => event.id),
      );
      for (const deadline of list) {
        const event = story.events.find((candidate) => candidate.id === deadline.event)!;
        expect(deadline.days).toEqual(event.deadlineDays);
        for (const [i, days] of deadline.days.entries()) {
          expect(event.headline).toMatch(new RegExp(`\\b${days}\\b`));
          // Without the day the sources name, each number of days runs out on its own day.
          if (!event.deadlineUntil) expect((ms(deadline.ends[i]) - ms(event.date)) / DAY).toBe(days);
        }
        if (event.deadlineUntil) expect(deadline.ends).toEqual([event.deadlineUntil]);
      }
    });
  });
}

const within = (event: { date: string; endDate?: string }, [start, end]: [number, number]) =>
  ms(event.endDate ?? event.date) >= start && ms(event.date) < end;

/**
 * Every event a step names is drawn; every other event in a step's window is drawn or counted in the
 * bin of its day and row, exactly once; nothing outside the windows is either; bins hold no more than
 * the events not drawn.
 */
function expectAccounted(
  events: readonly StoryEvent[],
  steps: readonly StepDefinition[],
  limits: [number, number],
  data: { events: { id: string }[]; density?: [string, SequenceRow, number][] },
): void {
  const windows = steps.map((step) => stepWindow(events, step, limits, deadlines(events)));
  const named = new Set(steps.flatMap((step) => [...step.events, ...(step.context ?? [])]));
  const held = new Set(data.events.map((event) => event.id));
  expect(held.size, "each held once").toBe(data.events.length);
  const uncounted = new Map<string, number>();
  for (const event of events) {
    const shown = named.has(event.id) || windows.some((window) => within(event, window));
    if (named.has(event.id)) expect(held, event.id).toContain(event.id);
    if (!shown) expect(held, event.id).not.toContain(event.id);
    if (shown && !held.has(event.id)) {
      const key = `${event.date} ${sequenceRow(event)}`;
      uncounted.set(key, (uncounted.get(key) ?? 0) + 1);
    }
  }
  const density = data.density ?? [];
  expect(new Map(density.map(([day, row, count]) => [`${day} ${row}`, count]))).toEqual(uncounted);
  for (const [, , count] of density) expect(count).toBeGreaterThan(0);
}

describe("the sticky graphic's data with thousands of events", () => {
  const story = buildStory(loadDataset(), "de");
  const allSteps = storySteps(readFileSync("story/de.md", "utf8"));
  const limits: [number, number] = [ms(story.meta.termStart), ms(story.meta.dataUntil) + DAY];
  /** The story's events and n synthetic ones (clones of them with ids of their own), by date. */
  const withSynthetic = (n: number) =>
    [...story.events, ...syntheticStory(story, n).events].sort((a, b) => a.date.localeCompare(b.date));

  it("keeps every named event, draws or counts each other event of a window once, and stays legible", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.subarray(allSteps, { minLength: 1 }), (n, steps) => {
        const events = withSynthetic(n);
        const data = { ...story, events };
        const held = sequenceData(data, steps);
        expectAccounted(events, steps, limits, held);
        // What the graphic draws grows with its windows and rows, not with the events in them.
        const named = new Set(steps.flatMap((step) => [...step.events, ...(step.context ?? [])]));
        expect(held.events.length).toBeLessThanOrEqual(named.size + steps.length * 7 * MAX_MARKS_PER_ROW);
      }),
      { numRuns: 20 },
    );
  });

  it("counts the other events of a crowded window's row instead of drawing them", () => {
    const events = withSynthetic(10_000);
    const data = sequenceData({ ...story, events }, allSteps);
    expect(data.density?.length).toBeGreaterThan(0);
    const named = new Set(allSteps.flatMap((step) => [...step.events, ...(step.context ?? [])]));
    expect(data.events.length).toBeLessThanOrEqual(named.size + allSteps.length * 7 * MAX_MARKS_PER_ROW);
  });
});

describe("deadlines", () => {
  it("run out on the day the sources name, where the data gives it", () => {
    expect(
      deadlines([{ id: "cut", date: "2025-07-28", deadlineDays: [10, 12], deadlineUntil: "2025-08-08" }]),
    ).toEqual([{ event: "cut", date: "2025-07-28", days: [10, 12], ends: ["2025-08-08"] }]);
  });

  it("run out the given days after their event, later dates last", () => {
    const events = [
      { id: "cut", date: "2025-07-28", deadlineDays: [10, 12] },
      { id: "none", date: "2025-07-20" },
      { id: "set", date: "2025-07-14", deadlineDays: [60] },
    ];
    expect(deadlines(events)).toEqual([
      { event: "set", date: "2025-07-14", days: [60], ends: ["2025-09-12"] },
      { event: "cut", date: "2025-07-28", days: [10, 12], ends: ["2025-08-07", "2025-08-09"] },
    ]);
  });
});

describe("a step's window", () => {
  it("is at least eight days, within the limits", () => {
    const limits: [number, number] = [ms("2025-01-20"), ms("2025-07-30")];
    const [start, end] = zoomWindow([{ date: "2025-07-03" }], limits);
    expect((end - start) / DAY).toBeGreaterThanOrEqual(8);
    expect(start).toBeLessThanOrEqual(ms("2025-07-03"));
    expect(end).toBeLessThanOrEqual(limits[1]);
  });
});

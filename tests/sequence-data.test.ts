// The sticky graphic's first-load data (lib/sequence.ts): the events of the steps' windows, the
// overview as counts per week, the deadlines; checked on the real data and the story's own steps.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../src/lib/files.js";
import { deadlines, eventsForSteps, stepWindow, storySteps, zoomWindow } from "../src/lib/sequence.js";
import { buildStory, sequenceData } from "../src/lib/story.js";
import { LANGS } from "../src/lib/i18n/index.js";

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

for (const lang of LANGS) {
  const story = buildStory(loadDataset(), lang);
  const steps = storySteps(readFileSync(`story/${lang}.md`, "utf8"));
  const limits: [number, number] = [ms(story.meta.termStart), ms(story.meta.dataUntil) + DAY];

  describe(`the sticky graphic's data (${lang})`, () => {
    it("holds every event a step names and every event in a step's window, and no other", () => {
      const data = sequenceData(story, steps);
      const held = new Set(data.events.map((event) => event.id));
      for (const step of steps)
        for (const id of [...step.events, ...(step.context ?? [])]) expect(held, id).toContain(id);
      const windows = steps.map((step) => stepWindow(story.events, step, limits, data.deadlines));
      for (const event of story.events) {
        const inWindow = windows.some(([start, end]) => ms(event.date) >= start && ms(event.date) < end);
        const named = steps.some((step) => [...step.events, ...(step.context ?? [])].includes(event.id));
        expect(held.has(event.id), event.id).toBe(inWindow || named);
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
      expect(held.filter((event) => event.id.startsWith("extra-"))).toEqual([]);
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

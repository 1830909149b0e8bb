// The sources page's explorer logic (src/lib/explore.ts) on the real data.
import { describe, expect, it } from "vitest";
import {
  EMPTY_FILTER,
  explore,
  explorerLines,
  filterSearch,
  fold,
  indexEvent,
  parseFilter,
  type ExplorerEvent,
  type ExplorerMeta,
  withFilter,
} from "../src/lib/explore.js";
import { loadDataset } from "../src/lib/files.js";
import { buildStory } from "../src/lib/story.js";

const story = buildStory(loadDataset(), "de");
const [metaLine, ...eventLines] = explorerLines(story).trimEnd().split("\n");
const meta = JSON.parse(metaLine) as ExplorerMeta;
const index = eventLines.map((line) => indexEvent(JSON.parse(line) as ExplorerEvent, meta.actors));
const ids = (filter: Partial<typeof EMPTY_FILTER>) =>
  explore(index, { ...EMPTY_FILTER, ...filter }).matches.map(({ event }) => event.id);

describe("the explorer's data", () => {
  it("has one line per event, in the story's order, and each actor's name", () => {
    expect(index.map(({ event }) => event.id)).toEqual(story.events.map((event) => event.id));
    expect(meta.lang).toBe("de");
    for (const event of story.events)
      for (const id of event.actors) expect(meta.actors[id].name).toBeTruthy();
  });
});

describe("the explorer's filter", () => {
  it("reads back what it writes into the URL, and drops what is not a filter", () => {
    const filter = {
      actor: "putin",
      kind: "call",
      from: "2025-06-01",
      to: "2025-07-31",
      q: "Patriot & Polen",
      page: 3,
    };
    expect(parseFilter(filterSearch(filter))).toEqual(filter);
    expect(filterSearch(EMPTY_FILTER)).toBe("");
    expect(parseFilter("?from=1.7.2025&page=-2&theme=dark")).toEqual(EMPTY_FILTER);
    // Other keys in the URL stay where they are.
    expect(withFilter("?utm_source=x&actor=trump&page=4", { ...EMPTY_FILTER, kind: "call" })).toBe(
      "?utm_source=x&kind=call",
    );
    expect(withFilter("?actor=trump", EMPTY_FILTER)).toBe("");
  });

  it("with no filter shows every event", () => {
    expect(ids({})).toEqual(story.events.map((event) => event.id));
  });

  it("by actor, kind and period shows exactly the events that have them", () => {
    const expected = story.events.filter(
      (event) =>
        event.actors.includes("putin") &&
        event.type === "call" &&
        (event.endDate ?? event.date) >= "2025-06-01" &&
        event.date <= "2025-07-31",
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids({ actor: "putin", kind: "call", from: "2025-06-01", to: "2025-07-31" })).toEqual(
      expected.map((event) => event.id),
    );
  });

  it("by text needs every word, whatever the case and accents", () => {
    expect(fold("Kyïv SELENSKYJ")).toBe("kyiv selenskyj");
    const found = ids({ q: "TELEFONAT putin" });
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) {
      const entry = index.find(({ event }) => event.id === id)!;
      expect(entry.text).toContain("telefonat");
      expect(entry.text).toContain("putin");
    }
    expect(ids({ q: "putin zzzzzz" })).toEqual([]);
  });

  it("counts beside each actor and kind the events that choosing it would show", () => {
    const filter = { ...EMPTY_FILTER, kind: "call", from: "2025-03-01" };
    const { actorCounts, kindCounts } = explore(index, filter);
    for (const [actor, count] of actorCounts) expect(ids({ ...filter, actor })).toHaveLength(count);
    for (const [kind, count] of kindCounts) expect(ids({ ...filter, kind })).toHaveLength(count);
    expect([...kindCounts.values()].reduce((a, b) => a + b, 0)).toBe(ids({ ...filter, kind: "" }).length);
  });
});

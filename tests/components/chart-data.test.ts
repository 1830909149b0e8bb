// @vitest-environment jsdom
/**
 * Each chart below the steps loads only its own data (lib/chart-data.ts): drawn from it, the
 * chart is the same, mark for mark and word for word (its table of events too), as drawn from
 * the whole story; and the file holds fewer events than the story wherever the chart does not
 * draw them all. Real data and the frozen fixture, both languages.
 */
import { describe, expect, it } from "vitest";
import { chartData } from "../../src/lib/chart-data.js";
import { STORY_CHARTS } from "../../src/lib/charts.js";
import { CHART_LOADERS } from "../../src/components/story-charts.js";
import type { StoryData } from "../../src/lib/story.js";
import { openAlternative } from "./figure.js";
import { fixtureStory, liveStory } from "./stories.js";

/** The chart as a reader gets it: drawn, and its table of events opened. */
async function drawn(chart: (typeof STORY_CHARTS)[number], story: StoryData, width: number): Promise<string> {
  const node = (await CHART_LOADERS[chart]())(story, { width, lang: story.lang }) as HTMLElement;
  document.body.append(node);
  openAlternative(node);
  const html = node.outerHTML;
  node.remove();
  return html;
}

describe("each chart's own data", () => {
  for (const [name, story] of [
    ["real data, de", liveStory("de")],
    ["real data, en", liveStory("en")],
    ["fixture, de", fixtureStory("de")],
  ] as const) {
    for (const chart of STORY_CHARTS) {
      it(`${chart} (${name}) draws the same from its own data as from the whole story`, async () => {
        const own = chartData(chart, story);
        expect(own.events.length).toBeGreaterThan(0);
        expect(own.events.length).toBeLessThanOrEqual(story.events.length);
        for (const width of [375, 1000])
          expect(await drawn(chart, own, width), `${width} px`).toBe(await drawn(chart, story, width));
      });
    }
  }

  it("leaves out events some chart does not draw", () => {
    const story = liveStory("de");
    const drawnBySome = new Set(
      STORY_CHARTS.flatMap((chart) => chartData(chart, story).events.map((e) => e.id)),
    );
    expect(drawnBySome.size).toBeLessThan(story.events.length);
  });
});

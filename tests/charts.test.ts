// The chart registry (src/lib/charts.ts) against what the project builds from it: each
// story chart has a loader and a cell in each story page, each static chart its
// <noscript> placeholder and its SVG route, each embed chart its pages.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import config from "../observablehq.config.js";
import { CHART_LOADERS } from "../src/components/story-charts.js";
import { CHARTS, EMBED_CHARTS, noscriptPlaceholder, STATIC_CHARTS, STORY_CHARTS } from "../src/lib/charts.js";
import { STORY_FILES } from "../src/lib/files.js";
import { LANGS, MESSAGES } from "../src/lib/i18n/index.js";
import { STORY_PLACEHOLDERS } from "../src/lib/story-check.js";

const stories = STORY_FILES.map((file) => ({ file, text: readFileSync(file, "utf8") }));

describe("the chart registry", () => {
  it("lists each chart once, and each list is a part of it", () => {
    const names = Object.keys(CHARTS);
    expect(new Set(names).size).toBe(names.length);
    for (const list of [STORY_CHARTS, STATIC_CHARTS, EMBED_CHARTS]) {
      expect(list.length).toBeGreaterThan(0);
      for (const name of list) expect(names).toContain(name);
    }
  });

  it("loads each story chart's component: the function its entry names, from the module of that name, and nothing else", async () => {
    expect(Object.keys(CHART_LOADERS).sort()).toEqual([...STORY_CHARTS].sort());
    for (const chart of STORY_CHARTS) {
      const component = await CHART_LOADERS[chart]();
      expect(typeof component, chart).toBe("function");
      expect(component.name, chart).toBe(CHARTS[chart].component);
    }
    for (const [name, chart] of Object.entries(CHARTS))
      expect(existsSync(`src/components/${chart.component}.ts`), name).toBe(true);
  });

  it("gives each chart a title in each language, and the embed pages take theirs from it", async () => {
    for (const [name, chart] of Object.entries(CHARTS))
      for (const lang of LANGS) expect(chart.title(lang).length, `${name} ${lang}`).toBeGreaterThan(0);
    const { embedPage } = await import("../src/render/embed-page.js");
    for (const chart of EMBED_CHARTS)
      for (const lang of LANGS) {
        const page = embedPage(chart, lang);
        expect(page).toContain(`title: "${CHARTS[chart].title(lang)} – `);
        expect(page).toContain(`import {${CHARTS[chart].component}} from `);
      }
  });

  it.each(stories)("puts every story chart and every static chart's <noscript> copy in $file", ({ text }) => {
    for (const chart of STORY_CHARTS)
      expect(text).toContain(`<div class="story-chart" data-chart="${chart}"></div>`);
    for (const chart of STATIC_CHARTS) expect(text).toContain(`{{${noscriptPlaceholder(chart)}}}`);
  });

  it("makes each static chart's placeholder one the page fills in, and builds its SVG in each language", () => {
    for (const chart of STATIC_CHARTS) {
      expect(STORY_PLACEHOLDERS).toContain(noscriptPlaceholder(chart));
      for (const lang of LANGS) expect(config.dynamicPaths).toContain(`/data/static/${chart}-${lang}.svg`);
    }
  });

  it("has an embed page in each language for every embed chart", () => {
    for (const chart of EMBED_CHARTS)
      for (const lang of LANGS) {
        const folder = `src${MESSAGES[lang].edition}embed`;
        expect(
          existsSync(`${folder}/${chart}.md`) || existsSync(`${folder}/[chart].md.ts`),
          `${folder}/${chart}.md`,
        ).toBe(true);
      }
  });
});

// Beyond the page: the chart pages for other sites' iframes, and what a shared link shows
// (meta tags, the preview image rendered at build time). Checked on the real build.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SIDE_COLOR } from "../../src/components/palette.js";
import { withDom } from "../../src/render/dom.js";
import { loadDataset } from "../../src/lib/files.js";
import type { Lang } from "../../src/lib/format.js";
import { ogCallsSvg, readStylesheet } from "../../src/render/og-image.js";
import { OG_IMAGE, STORY } from "../../src/lib/social.js";
import { buildStory } from "../../src/lib/story.js";
import { ensureBuild } from "../build-once.js";
import { metaTags } from "../helpers.js";

const dist = join(process.cwd(), "dist");
const read = (path: string) => readFileSync(join(dist, path), "utf8");

const CHARTS = [
  { name: "calls", component: "CallsChart" },
  { name: "deliveries", component: "DeliveriesChart" },
  { name: "positions", component: "PositionsChart" },
];
const EMBEDS = (["de", "en"] as const).flatMap((lang) =>
  CHARTS.map((chart) => ({ ...chart, lang, path: `${lang === "en" ? "en/" : ""}embed/${chart.name}.html` })),
);
const STORY_PAGES: { path: string; lang: Lang }[] = [
  { path: "index.html", lang: "de" },
  { path: "en/index.html", lang: "en" },
];
const BACK_LINK: Record<Lang, RegExp> = {
  de: /<p class="embed-credit">Aus der Datenrecherche „Telefonate, Waffen, Positionen“ – <a href="([^"]+)" target="_top">zur Geschichte<\/a><\/p>/,
  en: /<p class="embed-credit">From the data investigation “Calls, weapons, positions” – <a href="([^"]+)" target="_top">read the story<\/a><\/p>/,
};

const titleOf = (html: string) => html.match(/<title>([^<]*)<\/title>/)?.[1];
const langOf = (html: string) => html.match(/<html lang="([^"]+)"/)?.[1];

beforeAll(ensureBuild);

describe("the embeds", () => {
  for (const { path, lang, component } of EMBEDS) {
    describe(path, () => {
      it("exists, in its language, with a title in that language", () => {
        expect(existsSync(join(dist, path))).toBe(true);
        const html = read(path);
        expect(langOf(html)).toBe(lang);
        expect(titleOf(html)).toContain(STORY[lang].series);
        expect(titleOf(html)).not.toContain(STORY[lang === "de" ? "en" : "de"].series);
      });

      it("holds exactly one chart, that chart, and nothing else of the story", () => {
        const html = read(path);
        expect(html.match(/class="embed-chart"/g)).toHaveLength(1);
        const rendered = [
          ...html.matchAll(/resize\(\(width\) => (\w+)\(story, \{width, lang: "(\w+)"\}\)\)/g),
        ].map((match) => [match[1], match[2]]);
        expect(rendered).toEqual([[component, lang]]);
        expect(html.match(/_js\/\w+\/components\/\w+Chart-\w+\.js"\)/g)).toHaveLength(1);
        expect(html).not.toMatch(/<(header|footer|nav|aside|h1|h2)\b/);
        const main = html.match(/<main[^>]*>([\s\S]*)<\/main>/)![1];
        const blocks = main.trim().split("\n");
        expect(blocks).toHaveLength(3); // the imports' cell, the chart, the line back to the story
      });

      it("links back to the story in its language", () => {
        const match = read(path).match(BACK_LINK[lang]);
        expect(match, "back link").not.toBeNull();
        const target = normalize(join(dirname(path), match![1], "index.html"));
        expect(target).toBe(lang === "de" ? "index.html" : join("en", "index.html"));
        expect(langOf(read(target))).toBe(lang);
      });
    });
  }
});

describe("the preview images", () => {
  for (const lang of ["de", "en"] as const) {
    it(`${OG_IMAGE.path(lang)} is a ${OG_IMAGE.width}×${OG_IMAGE.height} PNG`, () => {
      const file = join(dist, OG_IMAGE.path(lang));
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // The first chunk is IHDR: length, type, then width and height as 32-bit big-endian integers.
      expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png.byteLength).toBeGreaterThan(20_000); // a picture, not an empty canvas
    });
  }

  it("are drawn with the page's colours, without CSS classes left to style them", async () => {
    const { svg, wellFormed } = await withDom(() => {
      const svg = ogCallsSvg(buildStory(loadDataset(), "de"), readStylesheet(join("src", "style.css")));
      const parsed = new window.DOMParser().parseFromString(svg, "image/svg+xml");
      return { svg, wellFormed: parsed.querySelector("parsererror") === null };
    });
    expect(wellFormed).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain(STORY.de.title);
    expect(svg).not.toMatch(/currentColor|var\(/);
    // The lanes' colours from the component, the highlight and grid from the stylesheet, the hollow mark filled with the page colour.
    expect(svg).not.toMatch(/light-dark\(/);
    expect(svg).toMatch(new RegExp(`class="calls-symbol" [^>]*fill="${SIDE_COLOR.russia.light}"`));
    expect(svg).toMatch(/class="calls-highlight"[^>]*fill="#f4f4f2"/);
    expect(svg).toMatch(/class="calls-gridline"[^>]*stroke="#d9d9d9"/);
    expect(svg).toMatch(/class="calls-symbol is-not-held"[^>]*fill="#ffffff"/);
    // Every call number of the chart is in the picture.
    expect([...svg.matchAll(/class="calls-number"[^>]*>(\d+)</g)].map((match) => match[1])).toContain("6");
  });
});

describe("the meta tags of shared links", () => {
  for (const { path, lang } of STORY_PAGES) {
    it(`${path}: title, description and image in ${lang === "de" ? "German" : "English"}`, () => {
      const html = read(path);
      const meta = metaTags(html);
      expect(meta.get("og:title")).toBe(titleOf(html));
      expect(meta.get("og:title")).toBe(STORY[lang].title);
      expect(meta.get("og:description")).toBe(STORY[lang].description);
      expect(meta.get("description")).toBe(STORY[lang].description);
      expect(meta.get("og:locale")).toBe(lang === "de" ? "de_DE" : "en_GB");
      expect(meta.get("og:image")).toMatch(new RegExp(`og-calls-${lang}\\.png$`));
      expect(meta.get("og:image:width")).toBe("1200");
      expect(meta.get("og:image:height")).toBe("630");
      expect(meta.get("og:image:alt")).toBe(OG_IMAGE.alt(lang, buildStory(loadDataset(), lang).callsZoom));
      expect(meta.get("twitter:card")).toBe("summary_large_image");
      expect(html).toContain('<link rel="icon" href="data:,">');
    });
  }

  for (const path of [...STORY_PAGES.map((page) => page.path), ...EMBEDS.map((embed) => embed.path)]) {
    it(`${path}: og:image points at the built image`, () => {
      const image = metaTags(read(path)).get("og:image")!;
      if (process.env.STORY_BASE_URL) {
        expect(image.startsWith(process.env.STORY_BASE_URL.replace(/\/+$/, "") + "/")).toBe(true);
      } else {
        expect(image).toMatch(/^\.\.?\//);
        expect(existsSync(join(dist, dirname(path), image)), image).toBe(true);
      }
    });
  }

  it("keeps the embeds out of search engines, not the story", () => {
    expect(metaTags(read("embed/calls.html")).get("robots")).toBe("noindex");
    expect(metaTags(read("index.html")).has("robots")).toBe(false);
  });
});

/**
 * The two kinds of data the chart tests draw: the real data (properties: marks
 * counted against it) and a frozen fixture (the SVG snapshots), so that a correct
 * editorial change in data/*.csv never changes a snapshot.
 */
import { join } from "node:path";
import { loadDataset } from "../../src/lib/files.js";
import type { Lang } from "../../src/lib/format.js";
import { buildStory, type StoryData } from "../../src/lib/story.js";

/** From the working directory: under jsdom, import.meta.url is no file URL. */
const FIXTURE_DIR = join(process.cwd(), "tests/components/fixture");

const cache = new Map<string, StoryData>();
const memo = (key: string, build: () => StoryData) => {
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key)!;
};

/** The story built from data/*.csv, as the page builds it. */
export const liveStory = (lang: Lang): StoryData =>
  memo(`live-${lang}`, () => buildStory(loadDataset(), lang));

/** The frozen fixture's tables, for tests that change them (a story without a halt). */
export const fixtureData = () => loadDataset(FIXTURE_DIR);

/** The story built from the frozen fixture in tests/components/fixture/. */
export const fixtureStory = (lang: Lang): StoryData =>
  memo(`fixture-${lang}`, () => buildStory(loadDataset(FIXTURE_DIR), lang));

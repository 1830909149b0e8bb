/**
 * The publisher block of the story: newsroom and credits (the words are in each
 * language's dictionary) and the publication date (from corrections.csv). No person
 * is named: the newsroom signs as a team.
 */
import { formatDate } from "./format.js";
import { MESSAGES } from "./i18n/index.js";
import type { StoryData } from "./story-types.js";
import { typeset } from "./typography.js";

/**
 * The day the story was first published: the earliest entry of corrections.csv, which
 * records the first version; the day of the latest data change where there is none.
 */
export function publishedDate(story: Pick<StoryData, "corrections" | "meta">): string {
  return story.corrections.map((correction) => correction.date).sort()[0] ?? story.meta.updated;
}

/** The values of the {{publisher.*}} placeholders of a story page. */
export function publisherValues(story: StoryData): Record<string, string> {
  const { lang } = story;
  return {
    "publisher.name": MESSAGES[lang].publisher.name,
    "publisher.credits": MESSAGES[lang].publisher.credits,
    "publisher.published": typeset(formatDate(publishedDate(story), lang), lang),
  };
}

/**
 * What the story page's HTML hands its one script (components/story-page.ts): the ids of
 * the elements the script reads, and the JSON blocks the build writes into the page.
 */

export const STORY_PAGE_IDS = {
  /** The events the sticky graphic shows: a JSON block the build writes (story.ts, sequenceData). */
  sequenceData: "sequence-data",
  /** The editor's short labels of highlighted events: a JSON block in story/<lang>.md. */
  sequenceLabels: "sequence-labels",
  /** The full story's JSON file: <link rel="alternate" type="application/json"> in the page's head. */
  fullStory: "story-data",
} as const;

/**
 * A value as a JSON block of the page, which the browser does not run. "<" and "$" are
 * escaped (\u003c, \u0024) so that no text from the data can close the block or become
 * one of Framework's ${…} expressions; JSON.parse reads them back unchanged.
 */
export function jsonBlock(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, "\\u003c").replace(/\$/g, "\\u0024");
  return `<script type="application/json" id="${id}">${json}</script>`;
}

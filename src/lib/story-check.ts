/**
 * Checks of the story's text (story/*.md) that the build makes before it renders:
 * each step's event ids exist, each {{placeholder}} is one the page fills in, and no
 * Markdown heading is swallowed by the HTML block above it. Errors carry `story/xx.md:line`.
 */
import { noscriptPlaceholder, STATIC_CHARTS } from "./charts.js";
import type { DataError } from "./errors.js";
import { didYouMean } from "./validate.js";

/** The placeholders the page loaders fill in (lib/placeholders.ts and render/static.ts; a test keeps them equal). */
export const STORY_PLACEHOLDERS = [
  "eventCount",
  "sourceCount",
  "updated",
  "dataUntil",
  "termStart",
  "sixthCall.ordinal",
  "sixthCall.daysSincePrevious",
  "sixthCall.time",
  "marchHalt.days",
  "julyHalt.days",
  "publisher.name",
  "publisher.credits",
  "publisher.published",
  "factchecks",
  "events",
  "codebook",
  "corrections",
  // Each static chart's <noscript> copy (lib/charts.ts).
  ...STATIC_CHARTS.map(noscriptPlaceholder),
] as const;

export function checkStoryText(
  text: string,
  file: string,
  {
    eventIds,
    placeholders = STORY_PLACEHOLDERS,
  }: { eventIds: ReadonlySet<string>; placeholders?: readonly string[] },
): DataError[] {
  const errors: DataError[] = [];
  const lines = text.split(/\r?\n/);
  let fence = false;
  let htmlBlock = false;
  lines.forEach((line, index) => {
    const at = { file, line: index + 1 };
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) return;
    for (const match of line.matchAll(/\bdata-events="([^"]*)"/g)) {
      const column = (match.index ?? 0) + 1;
      for (const id of match[1].split(/\s+/).filter(Boolean)) {
        if (!eventIds.has(id))
          errors.push({
            ...at,
            column,
            field: "data-events",
            value: id,
            message: `is not an id in events.csv${didYouMean(id, eventIds)}`,
            allowed: "ids of rows in data/events.csv, separated by spaces",
          });
      }
    }
    for (const match of line.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
      if (!placeholders.includes(match[1]))
        errors.push({
          ...at,
          column: (match.index ?? 0) + 1,
          value: `{{${match[1]}}}`,
          message: `is not a placeholder the page fills in${didYouMean(match[1], placeholders)}`,
          allowed: placeholders.map((name) => `{{${name}}}`).join(", "),
        });
    }
    // CommonMark: a line that starts with an HTML tag opens a block that runs to the next blank line.
    if (line.trim() === "") htmlBlock = false;
    else if (!htmlBlock && /^ {0,3}<\/?[a-zA-Z][\w-]*(\s|>|\/>|$)/.test(line)) htmlBlock = true;
    else if (htmlBlock && /^ {0,3}#{1,6}(\s|$)/.test(line))
      errors.push({
        ...at,
        value: line.trim(),
        message: "is a heading directly under an HTML line, so Markdown prints it as plain text",
        allowed: "a blank line before the heading",
      });
  });
  return errors;
}

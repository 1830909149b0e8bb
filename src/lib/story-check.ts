/**
 * Checks of the story's text (story/*.md) that the build makes before it renders:
 * each step's event ids exist, each {{placeholder}} is one the page fills in, no
 * Markdown heading is swallowed by the HTML block above it, and the sticky graphic's
 * labels (a JSON block) are JSON and name known events. Errors carry `story/xx.md:line`.
 */
import { noscriptPlaceholder, STATIC_CHARTS } from "./charts.js";
import type { DataError } from "./errors.js";
import { STORY_PAGE_IDS } from "./story-page.js";
import { didYouMean } from "./validate.js";

/** A quoted event's quote, placed by the story's text: {{quote.2025-07-01-halt-confirmed}} (render/static.ts). */
const QUOTE_PLACEHOLDER = /^quote\.(.+)$/;

/** The placeholders the page loaders fill in (lib/placeholders.ts and render/static.ts; a test keeps them equal). */
export const STORY_PLACEHOLDERS = [
  "eventCount",
  "sourceCount",
  "sources.official",
  "sources.wire",
  "sources.state_media",
  "sources.press",
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
  "corrections",
  // What the sources page's method note counts (lib/placeholders.ts).
  "sources.byKind",
  "statements.count",
  "statements.singleSource",
  // The sticky graphic's events, as a JSON block for the page's script (lib/story-page.ts).
  "sequence.data",
  // Each static chart's <noscript> copy (lib/charts.ts).
  ...STATIC_CHARTS.map(noscriptPlaceholder),
] as const;

/**
 * A fact check's verdict where the step it belongs to tells of it: {{factcheck.<id>}}, one per
 * row of factchecks.csv (render/page.ts fills it in).
 */
export const FACTCHECK_PLACEHOLDER = "factcheck.";

export function checkStoryText(
  text: string,
  file: string,
  {
    eventIds,
    factcheckIds = new Set(),
    quotedIds = eventIds,
    placeholders = STORY_PLACEHOLDERS,
  }: {
    eventIds: ReadonlySet<string>;
    factcheckIds?: ReadonlySet<string>;
    quotedIds?: ReadonlySet<string>;
    placeholders?: readonly string[];
  },
): DataError[] {
  const known = [...placeholders, ...[...factcheckIds].map((id) => FACTCHECK_PLACEHOLDER + id)];
  const errors: DataError[] = checkLabels(text, file, eventIds);
  const lines = text.split(/\r?\n/);
  let fence = false;
  let htmlBlock = false;
  lines.forEach((line, index) => {
    const at = { file, line: index + 1 };
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) return;
    // A step's events (data-events) and those it shows as context (data-context).
    for (const match of line.matchAll(/\b(data-events|data-context)="([^"]*)"/g)) {
      const column = (match.index ?? 0) + 1;
      for (const id of match[2].split(/\s+/).filter(Boolean)) {
        if (!eventIds.has(id))
          errors.push({
            ...at,
            column,
            field: match[1],
            value: id,
            message: `is not an id in events.csv${didYouMean(id, eventIds)}`,
            allowed: "ids of rows in data/events.csv, separated by spaces",
          });
      }
    }
    for (const match of line.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
      const quoted = QUOTE_PLACEHOLDER.exec(match[1]);
      if (quoted) {
        if (!quotedIds.has(quoted[1]))
          errors.push({
            ...at,
            column: (match.index ?? 0) + 1,
            value: `{{${match[1]}}}`,
            message: `names no event with a quote in events.csv${didYouMean(quoted[1], quotedIds)}`,
            allowed: "{{quote.<id>}} with the id of an event that has a quote",
          });
      } else if (!known.includes(match[1]))
        errors.push({
          ...at,
          column: (match.index ?? 0) + 1,
          value: `{{${match[1]}}}`,
          message: `is not a placeholder the page fills in${didYouMean(match[1], known)}`,
          allowed: known.map((name) => `{{${name}}}`).join(", "),
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

const LABELS_BLOCK = new RegExp(
  `(<script type="application/json" id="${STORY_PAGE_IDS.sequenceLabels}">)([\\s\\S]*?)</script>`,
);

/** The sticky graphic's labels as a story file writes them (event id → label); none without a block. */
export function sequenceLabels(text: string): Record<string, string> {
  const block = LABELS_BLOCK.exec(text)?.[2];
  return block ? (JSON.parse(block) as Record<string, string>) : {};
}

/**
 * The labels block: JSON of event id → short label, each id one of events.csv; a key
 * "step-id/event-id" gives a label at that step only (the step one of the file's).
 */
function checkLabels(text: string, file: string, eventIds: ReadonlySet<string>): DataError[] {
  const match = LABELS_BLOCK.exec(text);
  if (!match) return [];
  const start = text.slice(0, match.index + match[1].length).split("\n").length;
  const lineOf = (offset: number) => start + match[2].slice(0, offset).split("\n").length - 1;
  let labels: unknown;
  let line = start;
  try {
    labels = JSON.parse(match[2]);
  } catch (error) {
    labels = (error as Error).message;
    // JSON.parse names the character where it stopped; the editor gets that character's line.
    const position = /at position (\d+)/.exec(labels as string);
    if (position) line = lineOf(Number(position[1]));
  }
  if (typeof labels !== "object" || labels === null || Array.isArray(labels))
    return [
      {
        file,
        line,
        value: STORY_PAGE_IDS.sequenceLabels,
        message: `is not a JSON object${typeof labels === "string" ? ` (${labels})` : ""}`,
        allowed: '{"event-id": "short label", …}, each line but the last ending in a comma',
      },
    ];
  const stepIds = new Set([...text.matchAll(/<section class="step" id="([^"]+)"/g)].map((m) => m[1]));
  const known = (key: string) => {
    const [step, id] = key.includes("/") ? key.split("/") : [undefined, key];
    return eventIds.has(id) && (step === undefined || stepIds.has(step));
  };
  return Object.keys(labels)
    .filter((id) => !known(id))
    .map((id) => ({
      file,
      line: lineOf(match[2].indexOf(JSON.stringify(id))),
      field: STORY_PAGE_IDS.sequenceLabels,
      value: id,
      message: `is not an id in events.csv${didYouMean(id, eventIds)}`,
      allowed: "ids of rows in data/events.csv, or step-id/event-id for a step of this file",
    }));
}

/**
 * The facts that fill the story's text (story/*.md): each {{name}} with its value from
 * the story's data, formatted in the page's language. Filled in by fillTemplate
 * (template.ts) at build time; the parts rendered from components (the fact check,
 * the event list, the codebook, the static charts) are added by src/render/static.ts.
 */
import { cardinal, formatDayMonth, ordinal } from "./format.js";
import { MESSAGES } from "./i18n/index.js";
import { publisherValues } from "./publisher.js";
import type { StoryData } from "./story-types.js";

/** The call the story is about: Trump's sixth with Putin since the start of the term. */
const STORY_CALL = "2025-07-03-trump-putin-call";

/** Every fact-placeholder of the story and its text. */
export function storyFacts(story: StoryData): Record<string, string> {
  const { lang } = story;
  const call = story.events.find((event) => event.id === STORY_CALL && event.callNumber !== undefined);
  const [march, july] = story.haltPeriods;
  if (!call || !march || !july)
    throw new Error(
      `the story needs the Trump–Putin call ${STORY_CALL} and the March and July halt periods in the data`,
    );
  return {
    eventCount: String(story.meta.eventCount),
    sourceCount: String(story.meta.sourceCount),
    // The sources by kind, for the method note: {{sources.official}}, {{sources.wire}}, …
    ...Object.fromEntries(
      Object.entries(story.meta.sourcesByKind).map(([kind, count]) => [`sources.${kind}`, String(count)]),
    ),
    updated: story.meta.updatedLabel,
    dataUntil: story.meta.dataUntilLabel,
    /** "20. Januar" / "20 January": the start of the term, where the calls are counted from. */
    termStart: formatDayMonth(story.meta.termStart, lang),
    "sixthCall.ordinal": ordinal(call.callNumber!, lang),
    "sixthCall.daysSincePrevious": String(call.daysSincePreviousCall ?? ""),
    "sixthCall.time": call.timeLabel ?? call.dateLabel,
    "marchHalt.days": cardinal(march.days, lang),
    "julyHalt.days": cardinal(july.days, lang),
    ...methodFacts(story),
    ...publisherValues(story),
  };
}

/**
 * What the method note counts, from the data: the sources by kind (most first, as the
 * story's data counts them: once per link), and how many statements there are and how
 * many of them rest on a single source.
 */
export function methodFacts(
  story: StoryData,
): Record<"sources.byKind" | "statements.count" | "statements.singleSource", string> {
  const words = MESSAGES[story.lang].sourcesPage;
  const statements = story.events.filter((event) => event.type === "statement");
  const counts = (Object.entries(story.meta.sourcesByKind) as [keyof typeof words.kindCount, number][])
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => words.kindCount[kind](n));
  return {
    "sources.byKind":
      counts.length < 2 ? counts.join("") : `${counts.slice(0, -1).join(", ")} ${words.and} ${counts.at(-1)}`,
    "statements.count": String(statements.length),
    "statements.singleSource": String(statements.filter((event) => event.sources.length === 1).length),
  };
}

/** The positions chart's text alternative: every statement with its speaker, quote and sources. */
import type { Lang } from "../../lib/format.js";
import type { StoryActor, StoryEvent } from "../../lib/story.js";
import { sourceLinks } from "../kit/events.js";
import { dataTable } from "../kit/table.js";
import { LABELS } from "../labels.js";
import { speakerName } from "./model.js";
import { Quotation } from "../quotation.js";

/** The text alternative: date, speaker, the quote in its language and translated, the sources. */
export function statementTable(
  statements: StoryEvent[],
  actors: Record<string, StoryActor>,
  lang: Lang,
  caption: string,
): HTMLElement {
  const labels = LABELS[lang];
  const words = LABELS[lang].positions;
  return dataTable(
    statements,
    [
      { header: labels.date, attrs: { "data-label": labels.date }, cell: (event) => event.dateLabel },
      {
        header: words.speaker,
        attrs: { "data-label": words.speaker },
        cell: (event) =>
          [speakerName(event, actors), actors[event.quote!.speaker]?.role].filter(Boolean).join(", "),
      },
      {
        header: words.quote,
        attrs: { "data-label": words.quote },
        cell: ({ quote }) => [Quotation(quote!, lang)],
      },
      {
        header: labels.sources,
        attrs: { "data-label": labels.sources },
        cell: (event) => sourceLinks(event.sources),
      },
    ],
    { caption, attrs: { class: "statement-table" }, rowAttrs: (event) => ({ "data-event": event.id }) },
  );
}

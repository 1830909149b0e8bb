/**
 * What the charts shared before the chart kit, kept under their old names for
 * the modules that import them from here (the sticky graphic, the pages): each
 * lives once in the kit (src/components/kit/); new code imports from there.
 * The topic tables below are the first version's (see their comments).
 */
import type { Lang } from "../lib/format.js";
import type { StoryActor, StoryEvent } from "../lib/story.js";
import type { SymbolKind } from "./kit/symbols.js";
import { LEGACY_TOPIC_COLOR } from "./palette.js";

export { eventAnchor } from "../lib/links.js";
export { eventDetails, eventTable, quoted, sourceLinks } from "./kit/events.js";
export { chartFigure, scrollRegion, sourceLine, type FigureParts } from "./kit/figure.js";
export { el, safeUrl } from "./kit/html.js";
export {
  detailsPanel,
  interactiveMarks,
  markActive,
  selectableMarks,
  type MarkDatum,
} from "./kit/interaction.js";
export { svgNs } from "./kit/svg.js";
export { symbolPath, type SymbolKind } from "./kit/symbols.js";

export interface ChartData {
  events: StoryEvent[];
  actors: Record<string, StoryActor>;
}

export interface ChartOptions {
  width: number;
  lang: Lang;
}

/** Topics are shapes, never colours (one colour means one side on the whole page). */
export const TOPIC_SHAPE: Record<StoryEvent["topic"], SymbolKind> = {
  weapons: "circle",
  negotiations: "square",
  war: "triangle",
  sanctions: "diamond",
  relations: "cross",
};

/**
 * @deprecated Shape and colour per topic, for the sticky graphic of the first version
 * only (SequenceChart, helper "graphic"); the charts below the story use TOPIC_SHAPE.
 */
export const TOPIC_STYLE: Record<StoryEvent["topic"], { color: string; symbol: SymbolKind }> = {
  weapons: { color: LEGACY_TOPIC_COLOR.weapons, symbol: TOPIC_SHAPE.weapons },
  negotiations: { color: LEGACY_TOPIC_COLOR.negotiations, symbol: TOPIC_SHAPE.negotiations },
  war: { color: LEGACY_TOPIC_COLOR.war, symbol: TOPIC_SHAPE.war },
  sanctions: { color: LEGACY_TOPIC_COLOR.sanctions, symbol: TOPIC_SHAPE.sanctions },
  relations: { color: LEGACY_TOPIC_COLOR.relations, symbol: TOPIC_SHAPE.relations },
};

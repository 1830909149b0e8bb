/**
 * What the charts shared before the chart kit, kept under their old names for
 * the modules that import them from here (the sticky graphic, the pages): each
 * lives once in the kit (src/components/kit/); new code imports from there.
 */
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

/**
 * Where everything stands: the overview, a zoom window around each halt (side by
 * side where they fit, else stacked), and each decision's level, dodged so that
 * hit targets and date labels never overlap.
 */
import { max } from "d3-array";
import { scaleUtc } from "d3-scale";
import { utcDay } from "d3-time";
import type { StoryEvent } from "../../lib/story.js";
import { dayOf } from "../kit/days.js";
import { HIT_RADIUS } from "../kit/marks.js";
import { dodgeLevels } from "../kit/placement.js";
import { textWidth } from "../kit/text.js";
import { shortDateFormat, type DeliveriesModel } from "./model.js";
import {
  FONT,
  LEAD_DAYS,
  LEVEL,
  MARGIN,
  MIN_PANEL_WIDTH,
  MIN_WINDOW_DAYS,
  OVERVIEW,
  OVERVIEW_FOOT,
  PANEL_GAP,
  STACK_GAP,
  TRAIL_DAYS,
  ZOOM_TITLE_FOOT,
  ZOOM_TITLE_GAP,
} from "./sizes.js";

export interface ZoomWindow {
  start: Date;
  end: Date;
  x: number;
  y: number;
  width: number;
}

/** A window around each halt, all of the same length so that a day has the same width in each; overlapping ones merge. */
export function haltWindows(model: DeliveriesModel): { start: Date; end: Date }[] {
  const windowDays = Math.max(MIN_WINDOW_DAYS, ...model.halts.map((halt) => halt.days + TRAIL_DAYS));
  const windows: { start: Date; end: Date }[] = [];
  for (const halt of model.halts) {
    const start = utcDay.offset(dayOf(halt.start), -LEAD_DAYS);
    const end = utcDay.offset(start, windowDays);
    const previous = windows[windows.length - 1];
    if (previous && start <= previous.end) previous.end = end > previous.end ? end : previous.end;
    else windows.push({ start, end });
  }
  for (const window of windows) {
    if (window.start < model.periodStart) window.start = model.periodStart;
    if (window.end > model.periodEnd) window.end = model.periodEnd;
  }
  return windows;
}

/** The zoom panels side by side where each keeps MIN_PANEL_WIDTH, else one below the other (y set later). */
export function placeWindows(windows: { start: Date; end: Date }[], innerWidth: number, top: number) {
  const free = innerWidth - PANEL_GAP * (windows.length - 1);
  const sideBySide = windows.length > 0 && free / windows.length >= MIN_PANEL_WIDTH;
  const totalDays = windows.reduce((sum, window) => sum + utcDay.count(window.start, window.end), 0);
  const zoomWindows: ZoomWindow[] = [];
  let x = MARGIN.left;
  for (const window of windows) {
    const panelWidth = sideBySide ? (free * utcDay.count(window.start, window.end)) / totalDays : innerWidth;
    zoomWindows.push({ ...window, x: sideBySide ? x : MARGIN.left, y: top, width: panelWidth });
    x += panelWidth + PANEL_GAP;
  }
  return { zoomWindows, sideBySide };
}

/**
 * Where everything stands: the overview's scale, the zoom panels, and each decision's
 * panel, x and level (dodged so that hit targets and date labels never overlap).
 */
export function deliveriesLayout(model: DeliveriesModel, width: number) {
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const overviewDateX = scaleUtc()
    .domain([model.periodStart, model.periodEnd])
    .range([MARGIN.left, width - MARGIN.right]);
  const overview = { ...OVERVIEW };
  const zoomLabelY = OVERVIEW.bandTop + OVERVIEW.bandHeight + OVERVIEW_FOOT + ZOOM_TITLE_GAP;
  const { zoomWindows, sideBySide } = placeWindows(
    haltWindows(model),
    innerWidth,
    zoomLabelY + ZOOM_TITLE_FOOT,
  );
  const zoomDateX = (window: ZoomWindow) =>
    scaleUtc()
      .domain([window.start, window.end])
      .range([window.x, window.x + window.width]);
  const windowOf = (event: StoryEvent) =>
    zoomWindows.find((window) => dayOf(event.date) >= window.start && dayOf(event.date) <= window.end);
  const markX = (event: StoryEvent) => {
    const window = windowOf(event);
    return window ? zoomDateX(window)(dayOf(event.date)) : overviewDateX(dayOf(event.date));
  };
  const shortDate = shortDateFormat(model.lang);
  const decisionLabel = (event: StoryEvent) => shortDate.format(dayOf(event.date));
  const levels = dodgeLevels(model.decisions, markX, (a, b) =>
    windowOf(a) !== windowOf(b)
      ? 0
      : Math.max(
          2 * HIT_RADIUS,
          (textWidth(decisionLabel(a), FONT) + textWidth(decisionLabel(b), FONT)) / 2 + 6,
        ),
  );
  const levelCount = (window: ZoomWindow | undefined) =>
    1 +
    Math.max(0, ...model.decisions.map((event, index) => (windowOf(event) === window ? levels[index] : 0)));
  const panel = (window: ZoomWindow) => panelGeometry(window, levelCount(window));
  const shift = stackPanels(model, zoomWindows, sideBySide, overview, panel, levelCount);
  const height =
    zoomWindows.length > 0
      ? (max(zoomWindows, (window) => panel(window).bottom) ?? 0) + MARGIN.bottom
      : overview.bandTop + overview.bandHeight + OVERVIEW_FOOT + MARGIN.bottom;
  return {
    width,
    innerWidth,
    height,
    overview,
    overviewDateX,
    zoomWindows,
    sideBySide,
    zoomLabelY: zoomLabelY + shift,
    zoomDateX,
    windowOf,
    markX,
    decisionLabel,
    levels,
    panel,
  };
}

export type Layout = ReturnType<typeof deliveriesLayout>;

/** A zoom panel's rows, top to bottom: title, marks (LEVEL px per level), band, day ticks, months. */
export function panelGeometry(window: ZoomWindow, levels: number) {
  const bandTop = window.y + 51 + LEVEL * (levels - 1);
  return {
    titleY: window.y + 12,
    bandTop,
    bandHeight: 28,
    dayY: bandTop + 28 + 15,
    monthY: bandTop + 28 + 29,
    bottom: bandTop + 28 + 34,
  };
}

/**
 * Stacks the zoom panels one below the other where they are not side by side, and
 * makes room above the overview band for decisions outside every zoom window.
 * Returns how far that pushed everything below the overview down.
 */
export function stackPanels(
  model: DeliveriesModel,
  zoomWindows: ZoomWindow[],
  sideBySide: boolean,
  overview: typeof OVERVIEW,
  panel: (window: ZoomWindow) => ReturnType<typeof panelGeometry>,
  levelCount: (window: ZoomWindow | undefined) => number,
): number {
  if (!sideBySide) {
    let y = zoomWindows[0]?.y ?? 0;
    for (const window of zoomWindows) {
      window.y = y;
      y = panel(window).bottom + STACK_GAP;
    }
  }
  const outside = model.decisions.some((event) => !zoomWindows.some((window) => inWindow(event, window)));
  if (!outside) return 0;
  const shift = LEVEL * levelCount(undefined) + 8;
  overview.bandTop += shift;
  for (const window of zoomWindows) window.y += shift;
  return shift;
}

export const inWindow = (event: StoryEvent, window: ZoomWindow) =>
  dayOf(event.date) >= window.start && dayOf(event.date) <= window.end;

/** The deliveries chart's sizes and spacing, px, and the days its zoom windows take. */

/** Font sizes set on the text (px). */
export const FONT = 11;

export const FONT_TITLE = 12;

export const MARGIN = { top: 4, right: 10, bottom: 6, left: 10 };

/** The overview's rows, px from the top: title, month names, then the band. */
export const OVERVIEW = { titleY: 13, monthY: 29, bandTop: 40, bandHeight: 24 };

/** Space below the overview band before the zoom's title, and from that title to the panels. */
export const OVERVIEW_FOOT = 10;

export const ZOOM_TITLE_GAP = 26;

export const ZOOM_TITLE_FOOT = 10;

/** Days shown before a halt starts, the least days a zoom window spans, and days after a halt. */
export const LEAD_DAYS = 6;

export const MIN_WINDOW_DAYS = 25;

export const TRAIL_DAYS = 10;

/** Gap between zoom panels side by side, the narrowest such panel, and the gap between stacked panels. */
export const PANEL_GAP = 24;

export const MIN_PANEL_WIDTH = 270;

export const STACK_GAP = 16;

/** Height of a level of decision marks; a mark's centre above its level's base. */
export const LEVEL = 28;

export const MARK_LIFT = 14;

export const DIAMOND_RADIUS = 6.5;

/** The charts that are also published as static SVG files (dist/data/static/<chart>-<lang>.svg). */
export const STATIC_CHARTS = ["sequence", "calls", "deliveries", "positions"] as const;
export type StaticChart = (typeof STATIC_CHARTS)[number];

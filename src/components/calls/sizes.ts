/** Sizes of the calls chart that follow the width: smaller type and marks on a phone. */
import { HIT_RADIUS } from "../kit/marks.js";
import type { Margin } from "../kit/svg.js";

/** Below this width the chart takes a phone's sizes: smaller type and marks, fewer month ticks. */
export const NARROW = 480;

/** Space above and below the chart's content, px. */
export const MARGIN_Y = 4;

/** Sizes that follow the width: smaller type and marks on a phone. */
export interface Sizes {
  narrow: boolean;
  fontSize: number;
  laneFontSize: number;
  radius: number;
  zoomRadius: number;
  margin: Margin;
  innerWidth: number;
  /** Lane label, then room for the call numbers. */
  laneHeader: number;
  axisHeight: number;
  zoomTitleHeight: number;
  dayLabelHeight: number;
}

export function sizesFor(width: number): Sizes {
  const narrow = width < NARROW;
  const fontSize = narrow ? 11 : 12;
  const laneFontSize = fontSize + 1;
  const margin = { top: MARGIN_Y, right: HIT_RADIUS + 2, bottom: MARGIN_Y, left: HIT_RADIUS + 2 };
  return {
    narrow,
    fontSize,
    laneFontSize,
    radius: narrow ? 5.5 : 7,
    zoomRadius: narrow ? 8 : 9,
    margin,
    innerWidth: width - margin.left - margin.right,
    laneHeader: laneFontSize + 4 + fontSize + 6,
    axisHeight: fontSize + 14,
    zoomTitleHeight: fontSize + 20,
    dayLabelHeight: fontSize + 12,
  };
}

/** What the calls chart shows, in words and events: taken from the data once. */
import { formatDateRange, type Lang } from "../../lib/format.js";
import type { StoryActor, StoryData, StoryEvent } from "../../lib/story.js";
import { termStartOf } from "../facts.js";
import { LABELS } from "../labels.js";

export type Counterpart = NonNullable<StoryEvent["counterpart"]>;

export interface CallsChartData {
  events: StoryEvent[];
  actors: Record<string, StoryActor>;
  meta: StoryData["meta"];
  /** Where the term starts (the first phase); without it, the first event. */
  deliveryPhases?: StoryData["deliveryPhases"];
  /** The days enlarged below the overview (first and last, ISO). */
  callsZoom?: [string, string];
}

export interface CallsChartOptions {
  width: number;
  lang: Lang;
  /** First and last day shown (ISO dates); by default 20 January 2025 to the last day of the data. */
  domain?: [string, string];
}

export const LANES: Counterpart[] = ["putin", "zelensky"];

/** What the chart shows, in words and events: taken from the data once. */
export interface CallsModel {
  lang: Lang;
  domain: [string, string];
  /** The enlarged days (first, last); none when the data names no window (no halt): then no inset. */
  zoomWindow?: [string, string];
  events: StoryEvent[];
  zoomEvents: StoryEvent[];
  name: (id: string) => string;
  laneLabel: (counterpart: Counterpart) => string;
  title: string;
  rangeLabel: string;
  zoomRangeLabel?: string;
}

export function callsModel(data: CallsChartData, options: CallsChartOptions): CallsModel {
  const { lang } = options;
  const domain = options.domain ?? [termStartOf(data), data.meta.dataUntil];
  const zoomWindow = data.callsZoom;
  // Trump's calls and meetings with Putin or Zelensky, in the order of the data (by date).
  const events = data.events.filter(
    (event) => event.counterpart && event.date >= domain[0] && event.date <= domain[1],
  );
  const name = (id: string) => lastName(data.actors[id]?.name ?? id);
  return {
    lang,
    domain,
    zoomWindow,
    events,
    zoomEvents: zoomWindow
      ? events.filter((event) => event.date >= zoomWindow[0] && event.date <= zoomWindow[1])
      : [],
    name,
    laneLabel: (counterpart) => `${name("trump")} – ${name(counterpart)}`,
    title: LABELS[lang].calls.title(name("trump"), name("putin"), name("zelensky")),
    rangeLabel: formatDateRange(domain[0], domain[1], lang),
    zoomRangeLabel: zoomWindow && formatDateRange(zoomWindow[0], zoomWindow[1], lang),
  };
}

export function lastName(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

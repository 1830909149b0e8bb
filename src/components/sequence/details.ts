/**
 * An event's details in the sticky graphic: loaded with the full story on first use,
 * shown in the panel, announced in a short live line (never the whole panel).
 */
import type { Selection } from "d3-selection";
import type { Lang } from "../../lib/format.js";
import { eventHref } from "../../lib/links.js";
import type { SequenceEvent, StoryEvent } from "../../lib/story.js";
import { detailsPanel, el } from "../common.js";
import { LABELS } from "../labels.js";
import { detailsAnnouncement } from "./names.js";

/** How long the details may take to load before the panel says they are loading. */
const LOADING_DELAY_MS = 150;

/** `details` from the full story, loaded once on first use: `eventsFrom(fullStory)` (story-page.ts). */
export function eventsFrom(
  load: () => Promise<{ events: StoryEvent[] }> | { events: StoryEvent[] },
): (id: string) => Promise<StoryEvent | undefined> {
  let events: Promise<Map<string, StoryEvent>> | undefined;
  return async (id) => {
    events ??= Promise.resolve(load()).then(
      (story) => new Map(story.events.map((event) => [event.id, event])),
      (error: unknown) => {
        events = undefined; // try again on the next selection
        throw error;
      },
    );
    return (await events).get(id);
  };
}

/** Opens an event's details in the panel; announces "Details: headline" in a live line, never the panel. */
export function detailsOpener(
  marks: Selection<SVGGElement, SequenceEvent, SVGGElement, undefined>,
  panel: ReturnType<typeof detailsPanel>,
  live: HTMLElement,
  options: { lang: Lang; details: (id: string) => Promise<StoryEvent | undefined> },
): (id: string | undefined) => Promise<void> {
  const labels = LABELS[options.lang];
  let selected: string | undefined;
  return async (id) => {
    selected = id;
    marks.classed("is-selected", (d) => d.id === id);
    if (id === undefined) return panel.show(undefined);
    // The details come with the full story: say so if it takes a moment, and where to read on if it fails.
    const loading = setTimeout(
      () => selected === id && panel.showContent(el("p", { class: "details-loading" }, labels.loading)),
      LOADING_DELAY_MS,
    );
    try {
      const event = await options.details(id);
      if (selected !== id) return;
      panel.show(event);
      if (event) live.textContent = detailsAnnouncement(event.headline, options.lang);
    } catch {
      if (selected === id) {
        const link = el("a", { href: eventHref(id, options.lang) }, labels.loadFailedLink);
        panel.showContent(el("p", { class: "details-loading" }, `${labels.loadFailed} `, link));
      }
    } finally {
      clearTimeout(loading);
    }
  };
}

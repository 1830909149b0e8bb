/**
 * An event's details in the sticky graphic: loaded with the full story on first use,
 * shown in the panel, announced in a short live line (never the whole panel).
 */
import type { Selection } from "d3-selection";
import type { Lang } from "../../lib/format.js";
import { eventHref } from "../../lib/links.js";
import type { ActorSummary, SequenceEvent, StoryEvent } from "../../lib/story.js";
import { detailsPanel, el, eventDetails } from "../common.js";
import { LABELS } from "../labels.js";
import { detailsAnnouncement } from "./names.js";

/** How long the details may take to load before the panel says they are loading. */
const LOADING_DELAY_MS = 150;

/**
 * An event's details: the event from the full story and the names of the actors there (the
 * graphic's own data names only Trump's counterparts, which its labels need).
 */
export interface EventDetails {
  event: StoryEvent;
  actors: Record<string, ActorSummary>;
}

/** `details` from the full story, loaded once on first use: `eventsFrom(fullStory)` (story-page.ts). */
export function eventsFrom(
  load: () => Promise<StoryWithActors> | StoryWithActors,
): (id: string) => Promise<EventDetails | undefined> {
  let story: Promise<{ byId: Map<string, StoryEvent>; actors: Record<string, ActorSummary> }> | undefined;
  return async (id) => {
    story ??= Promise.resolve(load()).then(
      ({ events, actors }) => ({ byId: new Map(events.map((event) => [event.id, event])), actors }),
      (error: unknown) => {
        story = undefined; // try again on the next selection
        throw error;
      },
    );
    const { byId, actors } = await story;
    const event = byId.get(id);
    return event && { event, actors };
  };
}

type StoryWithActors = { events: StoryEvent[]; actors: Record<string, ActorSummary> };

/** Opens an event's details in the panel; announces "Details: headline" in a live line, never the panel. */
export function detailsOpener(
  marks: Selection<SVGGElement, SequenceEvent, SVGGElement, undefined>,
  panel: ReturnType<typeof detailsPanel>,
  live: HTMLElement,
  options: { lang: Lang; details: (id: string) => Promise<EventDetails | undefined> },
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
      const found = await options.details(id);
      if (selected !== id) return;
      if (!found) return panel.show(undefined);
      panel.showContent(eventDetails(found.event, found.actors, options.lang));
      live.textContent = detailsAnnouncement(found.event.headline, options.lang);
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

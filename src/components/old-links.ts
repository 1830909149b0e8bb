/**
 * Links to events (#ereignis-…, #event-…) once pointed into the story page's
 * list of all events, which is now on the sources page. The story still opens
 * the step that tells of an event (scrolly.ts); a link to any other event is
 * forwarded to the event on the sources page.
 */
import type { Lang } from "../lib/format.js";
import { eventHref, eventIdFromHash } from "../lib/links.js";

export function forwardEventLinks(lang: Lang): void {
  const forward = () => {
    const id = eventIdFromHash(location.hash, lang);
    if (id && !document.querySelector(`.step[data-events~="${CSS.escape(id)}"]`))
      location.replace(eventHref(id, lang));
  };
  forward();
  addEventListener("hashchange", forward);
}

/**
 * How the graphic runs its label search (placement.ts placementSearch): at once where
 * nothing is waiting on it (tests, a first drawing), or in a browser in slices of a few
 * milliseconds, so that a step's change never holds the page for long while the reader
 * scrolls. Only the latest step's search goes on; an older one stops where it is.
 */
import { untilDone } from "./placement.js";

/** Runs a search and hands its result on, now or later. */
export type SearchRunner = <T>(search: Generator<void, T>, done: (result: T) => void) => void;

export const atOnce: SearchRunner = (search, done) => done(untilDone(search));

/** A slice's length: well within the 50 ms after which a task counts as long. */
const SLICE_MS = 8;

/**
 * A runner that works in slices of SLICE_MS, each a task of its own after the one that
 * started the search (a step's change), yielding to the page between them; a new search
 * replaces the one running.
 */
export function inSlices(now: () => number = () => performance.now()): SearchRunner {
  let latest = 0;
  return (search, done) => {
    const id = ++latest;
    const slice = () => {
      if (id !== latest) return;
      const end = now() + SLICE_MS;
      let next = search.next();
      while (!next.done && now() < end) next = search.next();
      if (next.done) done(next.value);
      else setTimeout(slice);
    };
    setTimeout(slice);
  };
}

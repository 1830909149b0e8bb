/**
 * How the graphic does a step's work (SequenceChart's highlight): at once where nothing
 * waits on it (tests, the static copy), or in a browser in slices of a few milliseconds,
 * each a task of its own after the one that changed the step, so that a step's change
 * never holds the page for long while the reader scrolls. The work is a generator that
 * pauses where it may be cut (after the marks move, after the rows and band, after each
 * try of the label search); only the latest step's work goes on, an older one stops
 * where it is.
 */
/** Work run to its end at once. */
export function untilDone<T>(work: Generator<void, T>): T {
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
  }
}

/** Runs a step's work and hands its result on, now or later. */
export type Runner = <T>(work: Generator<void, T>, done: (result: T) => void) => void;

export const atOnce: Runner = (work, done) => done(untilDone(work));

/** A slice's length: with the longest part of a step after it, well within the 50 ms after which a task counts as long. */
const SLICE_MS = 5;

/** A runner that works in slices of about SLICE_MS, yielding to the page between them; new work replaces the work running. */
export function inSlices(now: () => number = () => performance.now()): Runner {
  let latest = 0;
  return (work, done) => {
    const id = ++latest;
    const slice = () => {
      if (id !== latest) return;
      const end = now() + SLICE_MS;
      let next = work.next();
      while (!next.done && now() < end) next = work.next();
      if (next.done) done(next.value);
      else setTimeout(slice);
    };
    setTimeout(slice);
  };
}

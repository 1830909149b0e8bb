// How the graphic does a step's work: at once, or in slices that yield to the page.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { atOnce, inSlices } from "../../src/components/sequence/schedule.js";

/** A search of `steps` pauses that ends with `result`, counting how far it got. */
function search<T>(steps: number, result: T, progress = { done: 0 }) {
  return (function* (): Generator<void, T> {
    for (let i = 0; i < steps; i++) {
      progress.done++;
      yield;
    }
    return result;
  })();
}

describe("a step's work", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  // Each pause takes 3 ms of the clock: a slice holds a few of them, never a whole search of 20.
  const slices = () => {
    let clock = 0;
    return inSlices(() => (clock += 3));
  };

  it("runs at once to its end", () => {
    const done = vi.fn();
    atOnce(search(50, "labels"), done);
    expect(done).toHaveBeenCalledWith("labels");
  });

  it("runs in slices with the page's turn between them, to the same end", async () => {
    const run = slices();
    const progress = { done: 0 };
    const done = vi.fn();
    run(search(20, "labels", progress), done);
    // Nothing in the task that started it; then a slice per task.
    expect(progress.done).toBe(0);
    await vi.advanceTimersToNextTimerAsync();
    expect(progress.done).toBeGreaterThan(0);
    expect(progress.done).toBeLessThan(20);
    expect(done).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(progress.done).toBe(20);
    expect(done).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledWith("labels");
  });

  it("stops an older search when a newer one starts: only the latest step is drawn", async () => {
    const run = slices();
    const older = { done: 0 };
    const first = vi.fn();
    const second = vi.fn();
    run(search(20, "step 6", older), first);
    await vi.advanceTimersToNextTimerAsync();
    const stoppedAt = older.done;
    expect(stoppedAt).toBeGreaterThan(0);
    run(search(20, "step 7"), second);
    await vi.runAllTimersAsync();
    expect(first).not.toHaveBeenCalled();
    expect(older.done).toBe(stoppedAt);
    expect(second).toHaveBeenCalledWith("step 7");
  });
});

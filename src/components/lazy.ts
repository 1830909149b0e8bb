/**
 * A chart that loads its code when it comes near the viewport (or when the page
 * is printed), so that the first load carries only what the top of the story
 * needs. It fills its container's width and redraws when that changes.
 *
 * Drawing stays off the reader's scrolling: the width comes from a
 * ResizeObserver (reading clientWidth right after another chart was inserted
 * would force a layout of the whole page), and each chart draws in a task of
 * its own, so that two charts coming into range together are not one long task.
 */
import { el } from "./common.js";
import { langOf } from "../lib/i18n/index.js";
import { LABELS } from "./labels.js";

export type Draw = (width: number) => Node;

export function LazyChart(
  load: () => Promise<Draw>,
  { minHeight = 320 }: { minHeight?: number } = {},
): HTMLElement {
  warmUpDateFormatting();
  const container = el("div", { class: "lazy-chart" });
  // Through the DOM, not a style attribute: the pages' Content-Security-Policy allows no inline style but its own stylesheet.
  container.style.minHeight = `${minHeight}px`;
  let started = false;
  let width = 0;
  let drawnWidth = 0;
  let draw: Draw | undefined;

  const render = () => {
    if (!draw || width === drawnWidth || width === 0) return;
    drawnWidth = width;
    container.replaceChildren(draw(width));
    container.style.minHeight = "";
  };
  const start = async () => {
    if (started) return;
    started = true;
    observer.disconnect();
    try {
      draw = await load();
    } catch {
      // Offline or a failed request: say so, and let the reader try again.
      started = false;
      const labels = LABELS[langOf(document.documentElement.lang)];
      const retry = el("button", { type: "button", class: "lazy-chart-retry" }, labels.retry);
      retry.addEventListener("click", () => void start());
      container.replaceChildren(
        el("p", { class: "lazy-chart-error", role: "status" }, `${labels.chartFailed} `, retry),
      );
      return;
    }
    container.replaceChildren();
    new ResizeObserver(([entry]) => {
      width = Math.floor(entry.contentRect.width);
      inOwnTask(render);
    }).observe(container);
  };
  const observer = new IntersectionObserver(
    (entries) => entries.some((entry) => entry.isIntersecting) && start(),
    { rootMargin: "800px 0px" },
  );
  observer.observe(container);
  addEventListener("beforeprint", start, { once: true });
  return container;
}

let warming = false;

/**
 * The charts format dates with Intl, whose first use in a page costs a slow
 * phone some 50 ms (the locale's data is loaded). That first use happens in a
 * task of its own while the page loads, before the reader scrolls: an idle
 * callback would often come only once the reader has begun (it is forced after
 * its timeout), in the middle of the scrolling.
 */
function warmUpDateFormatting(): void {
  if (warming) return;
  warming = true;
  const warm = () =>
    new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      day: "numeric",
      month: "long",
      timeZone: "UTC",
    }).format(0);
  setTimeout(warm);
}

const queue: (() => void)[] = [];
let scheduled = false;

/**
 * Runs each job in a task of its own, in order, the next one after the browser
 * has rendered what the previous one drew; a job already waiting is not queued twice.
 */
function inOwnTask(job: () => void): void {
  if (!queue.includes(job)) queue.push(job);
  if (!scheduled) {
    scheduled = true;
    setTimeout(runNext, 0);
  }
}

function runNext(): void {
  scheduled = false;
  const job = queue.shift();
  try {
    job?.();
  } finally {
    if (queue.length > 0 && !scheduled) {
      scheduled = true;
      requestAnimationFrame(() => setTimeout(runNext, 0));
    }
  }
}

/** A loader that runs once: every call returns the same promise (one fetch of a file shared by several charts), unless it failed. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () =>
    (result ??= load().catch((error: unknown) => {
      result = undefined; // a failed load is tried again on the next call
      throw error;
    }));
}

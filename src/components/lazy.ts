/**
 * A chart that loads its code when it comes near the viewport (or when the page
 * is printed), so that the first load carries only what the top of the story
 * needs. It fills its container's width and redraws when that changes.
 */
import { el } from "./common.js";

export type Draw = (width: number) => Node;

export function LazyChart(load: () => Promise<Draw>, { minHeight = 320 }: { minHeight?: number } = {}): HTMLElement {
  const container = el("div", { class: "lazy-chart", style: `min-height: ${minHeight}px` });
  let drawn = false;
  let width = 0;
  let draw: Draw | undefined;

  const render = () => {
    const next = Math.floor(container.clientWidth);
    if (!draw || next === width || next === 0) return;
    width = next;
    container.replaceChildren(draw(width));
    container.style.minHeight = "";
  };
  const start = async () => {
    if (drawn) return;
    drawn = true;
    observer.disconnect();
    draw = await load();
    render();
    new ResizeObserver(render).observe(container);
  };
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), { rootMargin: "800px 0px" });
  observer.observe(container);
  addEventListener("beforeprint", start, { once: true });
  return container;
}

/** A loader that runs once: every call returns the same promise (one fetch of a file shared by several charts). */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
}

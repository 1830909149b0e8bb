/** A DOM for running the chart components in Node at build time (jsdom). */
import { JSDOM } from "jsdom";

/** Runs `render` with window and document of a fresh jsdom as globals. */
export async function withDom<T>(render: () => T | Promise<T>): Promise<T> {
  const { window } = new JSDOM("<!DOCTYPE html><html><body></body></html>", { pretendToBeVisual: true });
  const globals = {
    window,
    document: window.document,
    Node: window.Node,
    HTMLElement: window.HTMLElement,
    SVGElement: window.SVGElement,
    Element: window.Element,
  };
  const previous = Object.fromEntries(
    Object.keys(globals).map((name) => [name, (globalThis as Record<string, unknown>)[name]]),
  );
  Object.assign(globalThis, globals);
  try {
    return await render();
  } finally {
    Object.assign(globalThis, previous);
    window.close();
  }
}

/** Geometry of rendered SVG in jsdom, which has no layout: read from attributes. */

/** Position of an element in svg coordinates: the translations of its ancestors, plus its own x/y. */
export function position(element: Element): { x: number; y: number } {
  let x = Number(element.getAttribute("x") ?? 0);
  let y = Number(element.getAttribute("y") ?? 0);
  for (let node: Element | null = element; node && node.tagName !== "svg"; node = node.parentElement) {
    const match = /translate\(\s*([-\d.e]+)[\s,]*([-\d.e]+)?\s*\)/.exec(node.getAttribute("transform") ?? "");
    if (match) {
      x += Number(match[1]);
      y += Number(match[2] ?? 0);
    }
  }
  return { x, y };
}

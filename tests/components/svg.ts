/** Geometry of rendered SVG in jsdom, which has no layout: read from attributes. */
import { textWidth } from "../../src/components/kit/text.js";

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

/**
 * Horizontal extent of a text as the charts estimate it (they do not measure
 * text): the kit's one text measure, with anchor, font size and weight from the
 * element or its ancestors.
 */
export function textExtent(text: Element): { left: number; right: number } {
  const inherited = (name: string) => (text.closest(`[${name}]`) as Element | null)?.getAttribute(name);
  const anchor = inherited("text-anchor") ?? "start";
  const size = Number(inherited("font-size") ?? 12);
  const weight = Number(inherited("font-weight") ?? 400) >= 600 ? "bold" : "regular";
  const width = textWidth(text.textContent ?? "", size, weight);
  const { x } = position(text);
  const left = anchor === "middle" ? x - width / 2 : anchor === "end" ? x - width : x;
  return { left, right: left + width };
}

/**
 * An SVG's markup as its snapshot file holds it, with a line break before
 * each element's start tag (but the first) and before an end tag that follows another end tag, so that
 * a diff shows the elements that changed. Nothing else is added: joining the lines gives
 * the markup back.
 */
export function printSvg(markup: string): string {
  return markup.replace(/(?<!^)(?=<[a-zA-Z])|(?<=<\/[^<>]+>)(?=<\/)/g, "\n") + "\n";
}

/**
 * Text measured without layout: charts are drawn in the browser and at build time
 * (jsdom, which lays out nothing), so they estimate a text's width from its length.
 */

/** Average advance of a character of the page's sans-serif, in font sizes. */
export const CHAR_WIDTH = 0.6;

/** The estimated width of a text in px. */
export function textWidth(text: string, fontSize: number, charWidth = CHAR_WIDTH): number {
  return text.length * fontSize * charWidth;
}

/** The first of the texts that fits into `space` px, or undefined. */
export function fitText(candidates: string[], space: number, fontSize: number): string | undefined {
  return candidates.find((text) => textWidth(text, fontSize) <= space);
}

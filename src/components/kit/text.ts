/**
 * The one text measure of the charts. They are drawn in the browser and at build
 * time (jsdom, which lays out nothing), so a text's width is estimated from its
 * length: an average advance per character of the page's sans-serif, a little
 * wider than the usual glyphs of the system fonts, so that estimates never fall short.
 * Layout code (placement, axis labels, fitting) and the tests that check it all
 * measure with this.
 */

export type FontWeight = "regular" | "bold";

/** Average advance of a character, in font sizes, by weight. */
export const CHAR_WIDTH: Record<FontWeight, number> = { regular: 0.6, bold: 0.64 };

/** The estimated width of a text in px. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = "regular"): number {
  return text.length * fontSize * CHAR_WIDTH[weight];
}

/** The first of the texts that fits into `space` px, or undefined. */
export function fitText(
  candidates: string[],
  space: number,
  fontSize: number,
  weight: FontWeight = "regular",
): string | undefined {
  return candidates.find((text) => textWidth(text, fontSize, weight) <= space);
}

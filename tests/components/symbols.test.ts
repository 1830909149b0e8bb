/**
 * The symbols the charts draw are d3-shape's geometry written out by hand (so that
 * the reader's browser loads neither d3-shape nor d3-path for five shapes). This
 * pins each against d3-shape's own output, as d3's tests pin theirs (assertPathEqual):
 * the same commands, the same numbers to the 0.001 px the copy rounds to.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle } from "d3-shape";
import type { SymbolType } from "d3-shape";
import { describe, expect, it } from "vitest";
import { symbolPath, type SymbolKind } from "../../src/components/common.js";

const D3_TYPES: Record<SymbolKind, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
};

/** A path as its commands and their numbers: "M1,2L3,4Z" → [["M", 1, 2], ["L", 3, 4], ["Z"]]. */
function parsePath(path: string): (string | number)[][] {
  return [...path.matchAll(/([MLHVAZhvz])([^MLHVAZhvz]*)/g)].map(([, command, args]) => [
    command,
    ...args
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number),
  ]);
}

describe("symbolPath: d3-shape's geometry", () => {
  for (const kind of Object.keys(D3_TYPES) as SymbolKind[]) {
    for (const radius of [3, 5.5, 6.5, 9]) {
      it(`draws a ${kind} of radius ${radius} as d3-shape does`, () => {
        const expected = parsePath(symbol(D3_TYPES[kind], Math.PI * radius * radius)()!);
        const actual = parsePath(symbolPath(kind, radius));
        expect(actual.map((segment) => segment[0])).toEqual(expected.map((segment) => segment[0]));
        actual.forEach((segment, index) => {
          const numbers = segment.slice(1) as number[];
          const expectedNumbers = expected[index].slice(1) as number[];
          expect(numbers).toHaveLength(expectedNumbers.length);
          numbers.forEach((value, j) =>
            expect(Math.abs(value - expectedNumbers[j])).toBeLessThanOrEqual(0.0011),
          );
        });
      });
    }
  }
});

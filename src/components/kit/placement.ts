/**
 * Placement of marks that would overlap: one dodge for every chart. Each item,
 * in the order given, takes the lowest level at which it keeps the gap to every
 * item placed on that level before it (for items in order of position, that is
 * first fit, which needs as few levels as the most items within one gap).
 */
export function dodgeLevels<T>(items: T[], x: (item: T) => number, gap: (a: T, b: T) => number): number[] {
  const levels: T[][] = [];
  return items.map((item) => {
    let level = levels.findIndex((placed) =>
      placed.every((other) => Math.abs(x(other) - x(item)) >= gap(other, item)),
    );
    if (level < 0) level = levels.push([]) - 1;
    levels[level].push(item);
    return level;
  });
}

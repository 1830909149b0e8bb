/** The symbols of the marks: one shape per kind of thing, never a colour. */

export type SymbolKind = "circle" | "square" | "triangle" | "diamond" | "cross";

/**
 * An SVG path for a symbol centred on 0,0 whose area matches a circle of the
 * given radius: d3-shape's symbol geometry, without loading d3-shape and
 * d3-path into the reader's browser for five shapes.
 */
export function symbolPath(kind: SymbolKind, radius: number): string {
  const area = Math.PI * radius * radius;
  const n = (value: number) => String(Math.round(value * 1000) / 1000);
  switch (kind) {
    case "circle": {
      const r = n(radius);
      return `M${r},0A${r},${r},0,1,1,-${r},0A${r},${r},0,1,1,${r},0`;
    }
    case "square": {
      const w = Math.sqrt(area);
      return `M${n(-w / 2)},${n(-w / 2)}h${n(w)}v${n(w)}h${n(-w)}Z`;
    }
    case "triangle": {
      const y = -Math.sqrt(area / (Math.sqrt(3) * 3));
      return `M0,${n(y * 2)}L${n(-Math.sqrt(3) * y)},${n(-y)}L${n(Math.sqrt(3) * y)},${n(-y)}Z`;
    }
    case "diamond": {
      const tan30 = Math.sqrt(1 / 3);
      const y = Math.sqrt(area / (tan30 * 2));
      const x = y * tan30;
      return `M0,${n(-y)}L${n(x)},0L0,${n(y)}L${n(-x)},0Z`;
    }
    case "cross": {
      const r = Math.sqrt(area / 5) / 2;
      const points = [
        [-3, -1],
        [-1, -1],
        [-1, -3],
        [1, -3],
        [1, -1],
        [3, -1],
        [3, 1],
        [1, 1],
        [1, 3],
        [-1, 3],
        [-1, 1],
        [-3, 1],
      ];
      return `M${points.map(([x, y]) => `${n(x * r)},${n(y * r)}`).join("L")}Z`;
    }
  }
}

// @vitest-environment jsdom
/**
 * The chart kit's shared parts, as any chart (and the sticky graphic) uses them:
 * the key and its swatches, the delivery fills, the one text measure.
 */
import { describe, expect, it } from "vitest";
import { deliverySwatch, key, symbolSwatch } from "../../src/components/kit/key.js";
import { symbolPath } from "../../src/components/kit/symbols.js";
import { CHAR_WIDTH, fitText, textWidth } from "../../src/components/kit/text.js";
import { DELIVERY_STYLE, paint, type DeliveryFill } from "../../src/components/palette.js";

const FILLS = Object.keys(DELIVERY_STYLE) as DeliveryFill[];

describe("kit: the key", () => {
  it("lists one item per entry, swatch then label, hidden swatches, attributes passed on", () => {
    const list = key(
      FILLS.map((fill) => ({ swatch: deliverySwatch(fill), label: fill, attrs: { "data-status": fill } })),
      { class: "test-key", "data-part": "key" },
    );
    expect(list.tagName).toBe("UL");
    expect(list.className).toBe("chart-key test-key");
    expect(list.dataset.part).toBe("key");
    const items = [...list.children];
    expect(items.map((item) => item.textContent)).toEqual(FILLS);
    for (const item of items) {
      expect(item.firstElementChild!.tagName.toLowerCase()).toBe("svg");
      expect(item.firstElementChild!.getAttribute("aria-hidden")).toBe("true");
      expect(item.querySelector("[id]")).toBeNull(); // no ids: any number of keys on a page
    }
  });

  it("paints each delivery swatch as the palette fills its state, stripes inside the swatch", () => {
    for (const fill of FILLS) {
      const style = DELIVERY_STYLE[fill];
      const svg = deliverySwatch(fill);
      const [x, y, width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number);
      const rect = svg.querySelector("rect")!;
      const ground = style.hatch ? style.ground : style.fill;
      expect(rect.getAttribute("fill"), fill).toBe(ground ? paint(ground) : "none");
      const lines = [...svg.querySelectorAll("line")];
      expect(lines.length > 0, fill).toBe(style.hatch);
      for (const line of lines) {
        expect(line.getAttribute("stroke")).toBe(paint(style.fill));
        for (const [ax, ay] of [
          ["x1", "y1"],
          ["x2", "y2"],
        ]) {
          expect(Number(line.getAttribute(ax))).toBeGreaterThanOrEqual(x - 1e-9);
          expect(Number(line.getAttribute(ax))).toBeLessThanOrEqual(x + width + 1e-9);
          expect(Number(line.getAttribute(ay))).toBeGreaterThanOrEqual(y - 1e-9);
          expect(Number(line.getAttribute(ay))).toBeLessThanOrEqual(y + height + 1e-9);
        }
      }
    }
  });

  it("draws a symbol swatch with the marks' own symbol path, hollow and dashed on demand", () => {
    const path = symbolSwatch("square", { radius: 5, hollow: true }).querySelector("path")!;
    expect(path.getAttribute("d")).toBe(symbolPath("square", 5));
    expect(path.getAttribute("fill")).toBe("none");
    expect(path.getAttribute("stroke-dasharray")).not.toBeNull();
  });
});

describe("kit: the one text measure", () => {
  it("grows with length and size, bold wider than regular", () => {
    expect(textWidth("abcd", 10)).toBe(4 * 10 * CHAR_WIDTH.regular);
    expect(textWidth("abcd", 20)).toBe(2 * textWidth("abcd", 10));
    expect(textWidth("abcd", 10, "bold")).toBeGreaterThan(textWidth("abcd", 10));
  });

  it("fits the first candidate that has room, or none", () => {
    const long = "Lieferungen laufen";
    expect(fitText([long, "laufen"], textWidth(long, 11), 11)).toBe(long);
    expect(fitText([long, "laufen"], textWidth(long, 11) - 1, 11)).toBe("laufen");
    expect(fitText([long], 1, 11)).toBeUndefined();
  });
});

/**
 * The page's one visual language: every chart colour comes from palette.ts, and
 * each is legible against the page in light and dark mode (WCAG 2.2, 1.4.11: at
 * least 3:1 for the graphical objects a reader needs). And no chart file or chart
 * stylesheet writes a colour of its own.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BACKGROUND,
  THEME,
  themeCss,
  DELIVERY_STYLE,
  MUTED,
  paint,
  SIDE_COLOR,
  type Swatch,
} from "../../src/components/palette.js";

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const SCHEMES = ["light", "dark"] as const;

/** The colours a reader must see against the page: sides, the muted context, the halts and NATO purchases. */
const MARKS: [string, Swatch][] = [
  ...Object.entries(SIDE_COLOR).map(([side, swatch]): [string, Swatch] => [`side ${side}`, swatch]),
  ["muted", MUTED],
  ["halted_all", DELIVERY_STYLE.halted_all.fill],
  ["halted_partly", DELIVERY_STYLE.halted_partly.fill],
  ["nato_purchases", DELIVERY_STYLE.nato_purchases.fill],
];

describe("palette: contrast in light and dark mode", () => {
  it("writes every swatch as #rrggbb, and paint() as CSS light-dark()", () => {
    for (const [, swatch] of [...MARKS, ["flowing", DELIVERY_STYLE.flowing.fill] as [string, Swatch]])
      for (const scheme of SCHEMES) expect(swatch[scheme]).toMatch(/^#[0-9a-f]{6}$/i);
    expect(paint({ light: "#000000", dark: "#ffffff" })).toBe("light-dark(#000000, #ffffff)");
  });

  for (const scheme of SCHEMES) {
    it.each(MARKS)(`%s keeps at least 3:1 against the ${scheme} page`, (name, swatch) => {
      expect(contrast(swatch[scheme], BACKGROUND[scheme]), name).toBeGreaterThanOrEqual(3);
    });

    it(`tells flowing deliveries from the halts and NATO purchases beside them at 3:1 or more (${scheme})`, () => {
      const flowing = DELIVERY_STYLE.flowing.fill[scheme];
      for (const state of ["halted_all", "halted_partly", "nato_purchases"] as const)
        expect(contrast(flowing, DELIVERY_STYLE[state].fill[scheme]), state).toBeGreaterThanOrEqual(3);
    });
  }

  it("draws no delivery fill in grey (grey means context, not in focus) and gives each state a fill of its own", () => {
    /** A colour whose channels differ by less than this is a grey. */
    const chroma = (hex: string) => {
      const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return Math.max(...channels) - Math.min(...channels);
    };
    for (const scheme of SCHEMES) {
      const styles = Object.entries(DELIVERY_STYLE);
      for (const [state, style] of styles)
        for (const swatch of [style.fill, style.ground].filter((s): s is Swatch => s !== undefined))
          expect(chroma(swatch[scheme]), `${state} (${scheme})`).toBeGreaterThanOrEqual(48);
      const looks = styles.map(([, style]) =>
        JSON.stringify([style.fill[scheme], style.hatch, style.ground]),
      );
      expect(new Set(looks).size).toBe(looks.length);
      expect(chroma(MUTED[scheme])).toBeLessThan(16);
    }
  });

  it("gives every side but Europe/NATO (one row, one scheme) a colour of its own", () => {
    for (const scheme of SCHEMES) {
      const { nato, ...others } = SIDE_COLOR;
      expect(nato[scheme]).toBe(SIDE_COLOR.europe[scheme]);
      const colours = Object.values(others).map((swatch) => swatch[scheme]);
      expect(new Set(colours).size).toBe(colours.length);
    }
  });
});

/** The files of the three reference charts (each a file and a folder of parts) and their shared layer (the kit); palette.ts is the one place for colours. */
const CHART_FILES = [
  "src/components/CallsChart.ts",
  "src/components/DeliveriesChart.ts",
  "src/components/PositionsChart.ts",
  "src/components/common.ts",
  "src/components/labels.ts",
  "src/components/facts.ts",
  "src/css/calls.css",
  "src/css/deliveries.css",
  "src/css/positions.css",
  "src/css/charts.css",
  "src/css/common.css",
  ...["kit", "calls", "deliveries", "positions"].flatMap((folder) =>
    readdirSync(join(process.cwd(), "src/components", folder)).map(
      (file) => `src/components/${folder}/${file}`,
    ),
  ),
];

/** Hex colours, rgb()/hsl() and friends, and the CSS colour keywords a hand would write. */
const COLOUR_LITERAL =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|(?<![\w-])(?:white|black|red|green|blue|orange|grey|gray|yellow|purple|pink)(?![\w-])/i;

describe("palette: the only source of chart colours", () => {
  it.each(CHART_FILES)("%s writes no colour literal", (file) => {
    const text = readFileSync(join(process.cwd(), file), "utf8")
      // Comments may name colours; code may not.
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "")
      // Ids such as #chart-positions and URLs' fragments are no colours.
      .replace(/url\(#[\w-]+\)|`#\$\{/g, "");
    const lines = text.split("\n").filter((line) => COLOUR_LITERAL.test(line));
    expect(lines).toEqual([]);
  });

  it("finds a colour literal where one is written (the check can fail)", () => {
    for (const sample of [
      "fill: #ffffff;",
      '.attr("fill", "#D55E00")',
      "stroke: rgb(0 0 0 / 0.2);",
      "fill: white;",
    ])
      expect(COLOUR_LITERAL.test(sample), sample).toBe(true);
    expect(COLOUR_LITERAL.test("fill: var(--fg);")).toBe(false);
  });
});
describe("palette: the page's colours in CSS", () => {
  const read = (file: string) => readFileSync(join(process.cwd(), file), "utf8");

  it("writes css/theme.css from the palette (npm run theme), each colour a light-dark() pair", () => {
    expect(read("src/css/theme.css")).toBe(themeCss());
    for (const [name, swatch] of Object.entries(THEME))
      expect(themeCss()).toContain(`--${name}: light-dark(${swatch.light}, ${swatch.dark});`);
    expect(THEME.bg).toEqual(BACKGROUND);
  });

  it.each(["src/style.css", "src/embed/embed.css"])(
    "%s sets none of the palette's colours itself, and the story imports the theme",
    (file) => {
      const text = read(file).replace(/\/\*[\s\S]*?\*\//g, "");
      for (const name of Object.keys(THEME)) expect(text).not.toMatch(new RegExp(`--${name}\\s*:`));
      if (file === "src/style.css") expect(text).toContain('@import url("./css/theme.css");');
    },
  );
});

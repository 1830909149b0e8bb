// Writes src/css/theme.css, the page's colours as CSS custom properties, from the
// palette (src/components/palette.ts, THEME): `npm run theme` after changing a colour.
// tests/components/palette.test.ts fails while the file and the palette disagree.
import { writeFileSync } from "node:fs";
import { themeCss } from "../src/components/palette.js";

const file = "src/css/theme.css";
writeFileSync(file, themeCss());
console.error(`wrote ${file}`);

/**
 * `npm run check-data`: validates data/*.csv, the story's text (story/*.md) against
 * the data, and the facts the prose relies on against story/facts.json; prints every
 * error at once, located, and exits 1 if there is one.
 */
import { formatErrors } from "../src/lib/errors.js";
import { checkProject } from "../src/lib/files.js";
import { TABLE_NAMES } from "../src/lib/schema.js";

const { data, errors } = checkProject();
if (errors.length > 0) {
  console.error(formatErrors(errors));
  process.exit(1);
}
console.log(
  `data ok: ${TABLE_NAMES.map((name) => `${data[name].rows.length} ${name}`).join(", ")}; story ok`,
);

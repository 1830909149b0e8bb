/** `npm run check-data`: validates data/*.csv and prints every error at once. */
import { formatErrors } from "../src/lib/errors.js";
import { readDataFiles } from "../src/lib/files.js";
import { TABLE_NAMES } from "../src/lib/schema.js";
import { validateDataset } from "../src/lib/validate.js";

const { data, errors } = validateDataset(readDataFiles());
if (errors.length > 0) {
  console.error(formatErrors(errors));
  process.exit(1);
}
console.log(`data ok: ${TABLE_NAMES.map((name) => `${data[name].rows.length} ${name}`).join(", ")}`);

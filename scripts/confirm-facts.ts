/**
 * `npm run confirm-facts`: after reading the sentences that use them, an editor
 * confirms the derived facts as they now are; they are written to story/facts.json
 * (commit it with the change). Refuses while the data has errors.
 */
import { writeFileSync } from "node:fs";
import { formatErrors } from "../src/lib/errors.js";
import { FACTS_FILE, proseFacts } from "../src/lib/facts.js";
import { readConfirmedFacts, readDataFiles } from "../src/lib/files.js";
import { validateDataset } from "../src/lib/validate.js";

const { data, errors } = validateDataset(readDataFiles());
if (errors.length > 0) {
  console.error(formatErrors(errors));
  process.exit(1);
}
const before = readConfirmedFacts();
const facts = proseFacts(data);
const changed = Object.entries(facts).filter(([name, value]) => before[name] !== value);
const note =
  "Derived facts the story's prose relies on, as last confirmed by an editor. npm run check-data compares the data against them; after reading the sentences that use a changed fact, run npm run confirm-facts.";
writeFileSync(FACTS_FILE, `${JSON.stringify({ note, confirmed: facts }, null, 2)}\n`);
for (const [name, value] of changed) console.log(`confirmed ${name}: ${before[name] ?? "(new)"} -> ${value}`);
console.log(changed.length ? `wrote ${FACTS_FILE}` : `${FACTS_FILE}: nothing changed`);

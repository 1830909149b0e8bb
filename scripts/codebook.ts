/** `npm run codebook`: writes data/README.md from the schema. */
import { writeFileSync } from "node:fs";
import { codebookMarkdown } from "../src/lib/codebook.js";

writeFileSync("data/README.md", codebookMarkdown());
console.log("wrote data/README.md");

// The codebook for the methodology section, derived from the schema.
import { codebook } from "../lib/codebook.js";

process.stdout.write(JSON.stringify(codebook()));

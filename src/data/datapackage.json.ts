// The Frictionless description of the download files, derived from the schema; the period from the data.
import { dataPackage } from "../lib/datapackage.js";
import { coverage } from "../lib/derive.js";
import { cachedDataset } from "../lib/build-cache.js";
import { runLoader } from "../lib/files.js";

runLoader(() => JSON.stringify(dataPackage(coverage(cachedDataset().events.rows)), null, 2));

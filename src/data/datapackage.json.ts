// The Frictionless description of the download files, derived from the schema.
import { dataPackage } from "../lib/datapackage.js";

process.stdout.write(JSON.stringify(dataPackage(), null, 2));

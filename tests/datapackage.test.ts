// The download as a reader gets it: dist/data/*.csv checked against dist/data/datapackage.json
// by its own rules (Frictionless Table Schema), independently of our validator.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuild } from "./build-once.js";

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey?: string | string[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}

const dir = join(process.cwd(), "dist", "data");
let resources: Resource[];
const rows = (resource: Resource) => csvParse(readFileSync(join(dir, resource.path), "utf8"));

beforeAll(() => {
  ensureBuild();
  resources = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")).resources;
});

describe("the data package", () => {
  it("describes every downloadable file", () => {
    expect(resources.map((resource) => resource.path).sort()).toEqual([
      "actors.csv",
      "corrections.csv",
      "events.csv",
      "factchecks.csv",
      "sources.csv",
      "systems.csv",
    ]);
  });

  it("matches each file: fields, required values, allowed values, types", () => {
    for (const resource of resources) {
      const table = rows(resource);
      expect(table.columns, resource.name).toEqual(resource.schema.fields.map((field) => field.name));
      for (const [index, row] of table.entries()) {
        for (const field of resource.schema.fields) {
          const value = row[field.name] ?? "";
          const where = `${resource.path}:${index + 2} ${field.name}=${JSON.stringify(value)}`;
          if (field.constraints?.required) expect(value, where).not.toBe("");
          if (value === "") continue;
          if (field.constraints?.enum) expect(field.constraints.enum, where).toContain(value);
          if (field.type === "date") expect(value, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (field.type === "time") expect(value, where).toMatch(/^\d{2}:\d{2}$/);
        }
      }
    }
  });

  it("has unique primary keys and foreign keys that resolve", () => {
    const byName = new Map(resources.map((resource) => [resource.name, resource]));
    for (const resource of resources) {
      const table = rows(resource);
      const key = resource.schema.primaryKey;
      if (key) {
        const keys = table.map((row) =>
          [key]
            .flat()
            .map((name) => row[name])
            .join("|"),
        );
        expect(new Set(keys).size, resource.name).toBe(keys.length);
      }
      for (const foreign of resource.schema.foreignKeys ?? []) {
        const target = new Set(
          rows(byName.get(foreign.reference.resource)!).map((row) => row[foreign.reference.fields]),
        );
        for (const row of table)
          if (row[foreign.fields])
            expect(
              target.has(row[foreign.fields]),
              `${resource.name}.${foreign.fields}=${row[foreign.fields]}`,
            ).toBe(true);
      }
    }
  });
});

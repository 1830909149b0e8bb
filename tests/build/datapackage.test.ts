// The download as a reader gets it: dist/data/*.csv checked against dist/data/datapackage.json
// by its own rules (Frictionless Table Schema), independently of our validator.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { beforeAll, describe, expect, it } from "vitest";
import { DATA_LICENSE, DOWNLOAD_FILES } from "../../src/lib/datapackage.js";
import { neutralizeFormula, toDownloadCsv } from "../../src/lib/download.js";
import { loadDataset } from "../../src/lib/files.js";
import { plainDownloadLinks } from "../../src/lib/html.js";
import { ensureBuild } from "../build-once.js";
import { FIXTURE_DIR } from "../helpers.js";

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
      "hosts.csv",
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

describe("the download's files", () => {
  it("guard text cells that a spreadsheet would run, and leave negative numbers alone", () => {
    expect(neutralizeFormula("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(neutralizeFormula("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(neutralizeFormula("-12")).toBe("-12");
    expect(neutralizeFormula("-0,5")).toBe("-0,5");
    expect(neutralizeFormula("Trump")).toBe("Trump");
  });

  it("guard only text columns: dates, times and integers are written as they are", () => {
    const data = loadDataset(FIXTURE_DIR);
    const row = { ...data.actors.rows[0], role_en: "-5 and more", role_de: "+49 30" };
    const csv = toDownloadCsv("actors", { ...data.actors, rows: [row] });
    expect(csv).toContain("'-5 and more");
    expect(csv).toContain("'+49 30");
    const events = toDownloadCsv("events", data.events);
    for (const event of data.events.rows) expect(events).toContain(`${event.id},${event.date},`);
  });

  it("are linked under the names datapackage.json declares, not Framework's hashed names", () => {
    const html =
      '<a href="./_file/data/events.7a2021ff.csv" download>E</a><a href="../_file/data/datapackage.db5e4cfc.json" download>P</a><a href="./_file/data/story-de.785688a5.json">S</a>';
    expect(plainDownloadLinks(html, DOWNLOAD_FILES)).toBe(
      '<a href="./data/events.csv" download>E</a><a href="../data/datapackage.json" download>P</a><a href="./_file/data/story-de.785688a5.json">S</a>',
    );
    for (const page of ["index.html", join("en", "index.html")]) {
      const built = readFileSync(join(process.cwd(), "dist", page), "utf8");
      expect(built).not.toMatch(
        /_file\/data\/(events|sources|actors|systems|factchecks|corrections|datapackage)\.[0-9a-f]{8}\./,
      );
    }
  });

  it("name their licence and sources", () => {
    const described = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
    expect(described.licenses).toEqual([DATA_LICENSE]);
    expect(described.sources[0].path).toBe("sources.csv");
  });
});

import { describe, expect, it } from "vitest";
import { formatError } from "../src/lib/errors.js";
import { readDataFiles } from "../src/lib/files.js";
import {
  agencyInLink,
  credit,
  distinctSources,
  hostEntry,
  leadingSources,
  pageKey,
  urlIssue,
} from "../src/lib/source-policy.js";
import { sourceName } from "../src/components/kit/events.js";
import { UNNAMED_TRANSLATOR } from "../src/lib/vocabularies.js";
import type { DataFiles } from "../src/lib/validate.js";
import { csvFormatRows } from "d3-dsv";
import { readCsv } from "../src/lib/csv.js";
import { validateDataset } from "../src/lib/validate.js";
import { messages, withText } from "./helpers.js";

const FIRST_URL = "https://example.org/2025-02-12-trump-putin-call";

describe("source policy: links a newsroom would cite", () => {
  it.each([
    ["http://en.people.cn/n3/2025/0301/c90000-20283191.html", "not https"],
    ["https://www.uawire.org:443/polish-foreign-minister", "default port :443"],
    ["https://example.org:8443/story", "port :8443"],
    ["https://test.daily8.com/en/article/58d54d9235286e067d8c2339a397442d", "test or staging host"],
    ["https://staging.example.com/a", "test or staging host"],
    ["https://www.business-standard.com/amp/world-news/story.html", "AMP"],
    ["https://www.firstpost.com/world/story-13900495.html/amp", "AMP"],
    ["https://www.livemint.com/news/world/story/amp-11752077813751.html", "AMP"],
    ["https://amp.example.com/story", "AMP"],
    ["https://example.com/story?outputType=amp", "AMP"],
    ["https://www.tovima.com/world/russia-ukraine-talks/?noamp=mobile", "AMP"],
  ])("rejects %s (%s)", (url, reason) => {
    expect(urlIssue(url)?.message).toContain(reason);
  });

  it.each(["https://tass.com/politics/1985043", "https://www.latest.example.com/campaign"])(
    "accepts %s",
    (url) => {
      expect(urlIssue(url)).toBeUndefined();
    },
  );

  it("check-data reports a bad link with file, line, column and what is allowed", () => {
    const files = withText("sources", (text) =>
      text.replace(FIRST_URL, FIRST_URL.replace("https:", "http:")),
    );
    const found = messages(files).filter((message) => message.includes("not https"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/sources\.csv:2:\d+: url/);
    expect(found[0]).toMatch(/https:\/\//);
  });

  it("the published sources break no rule", () => {
    const { errors } = validateDataset(readDataFiles("data"));
    expect(errors.map(formatError)).toEqual([]);
  });
});

describe("source policy: leading sources", () => {
  it("credits the agency behind a republished text", () => {
    expect(credit({ outlet: "Dayton Daily News", via: "AP", kind: "press" }).name).toBe("AP");
    expect(credit({ outlet: "Fakti.bg", via: "Reuters, BTA", kind: "press" }).name).toBe("Reuters");
    expect(credit({ outlet: "Kyiv Independent", kind: "press" }).name).toBe("Kyiv Independent");
  });

  it("credits a state-run agency no higher than the press", () => {
    expect(credit({ outlet: "Shine", via: "Xinhua", kind: "press" }).weight).toBe(
      credit({ outlet: "Kyiv Independent", kind: "press" }).weight,
    );
    expect(credit({ outlet: "TASS", kind: "state_media" }).weight).toBeLessThan(
      credit({ outlet: "Interfax-Ukraine", kind: "wire" }).weight,
    );
  });

  it("names official statements and agencies before the press, whatever the alphabet", () => {
    const ranked = leadingSources([
      [{ outlet: "ABC News", kind: "press" }],
      [{ outlet: "Zeta Wire", kind: "wire" }],
      [{ outlet: "Transcripts", via: "US Department of Defense", kind: "official" }],
    ]);
    expect(ranked).toEqual(["US Department of Defense", "Zeta Wire", "ABC News"]);
  });

  it("among equals, the publisher of more events comes first", () => {
    const ranked = leadingSources([
      [{ outlet: "A", via: "Reuters", kind: "press" }],
      [{ outlet: "B", via: "AP", kind: "press" }],
      [{ outlet: "C", via: "AP", kind: "press" }],
    ]);
    expect(ranked.slice(0, 2)).toEqual(["AP", "Reuters"]);
  });

  it("on the real data, the first four names of the whole story include an agency", async () => {
    const { buildStory } = await import("../src/lib/story.js");
    const { data } = validateDataset(readDataFiles("data"));
    const story = buildStory(data, "de");
    const first = leadingSources(story.events.map((event) => event.sources)).slice(0, 4);
    expect(first.some((name) => ["AP", "Reuters", "AFP", "dpa", "TASS"].includes(name))).toBe(true);
  });
});

// The host list and the quotes, on the real data: each test changes one cell, as an editor would.

/** A CSV text's rows as records by column name. */
function parse(text: string): Record<string, string>[] {
  const { header, rows } = readCsv(text, "test").table!;
  return rows.map(({ cells }) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""])));
}

/** The CSV text with one cell changed: row `index` (0 is the first after the header), column `column`. */
function changeCell(text: string, index: number, column: string, value: string): string {
  const { header, rows } = readCsv(text, "test").table!;
  const cells = rows.map((row) => row.cells.slice());
  cells[index][header.indexOf(column)] = value;
  return `${csvFormatRows([header, ...cells])}\n`;
}

/** The real data with one file's text changed. */
function realWith(table: keyof DataFiles, change: (text: string) => string): DataFiles {
  const files = readDataFiles("data");
  files[table] = { ...files[table], text: change(files[table].text) };
  return files;
}

const realMessages = (files: DataFiles) => validateDataset(files).errors.map(formatError);
const real = () => readDataFiles("data");

describe("source policy: the host list (data/hosts.csv)", () => {
  const hosts = () => parse(real().hosts.text) as { host: string; kind: string; reason: string }[];
  const sources = () => parse(real().sources.text);

  it("covers subdomains and path prefixes, the most specific entry first", () => {
    const list = [
      { host: "kyivindependent.com/nobot/", kind: "rejected" },
      { host: "kyivindependent.com", kind: "press" },
      { host: "daily8.com", kind: "rejected" },
    ];
    expect(hostEntry("https://kyivindependent.com/nobot/story/", list)?.kind).toBe("rejected");
    expect(hostEntry("https://kyivindependent.com/story/", list)?.kind).toBe("press");
    expect(hostEntry("https://test.daily8.com/en/article/1", list)?.host).toBe("daily8.com");
    expect(hostEntry("https://notdaily8.com/a", list)).toBeUndefined();
  });

  it("check-data rejects a link to a rejected host, located, with the host's reason", () => {
    const rejected = hosts().find((host) => host.kind === "rejected" && !host.host.includes("/"))!;
    const files = realWith("sources", (text) =>
      changeCell(text, 0, "url", `https://${rejected.host}/en/article/1`),
    );
    const found = realMessages(files).filter((message) => message.includes("rejects"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^data\/sources\.csv:2:\d+: url "https:/);
    expect(found[0]).toContain(rejected.reason);
    expect(found[0]).toContain("allowed: ");
  });

  it("check-data rejects a kind that contradicts its host, saying which kind the host has", () => {
    const stateHost = hosts().find((host) => host.kind === "state_media")!;
    const rows = sources();
    const index = rows.findIndex((source) => hostEntry(source.url, [stateHost]));
    expect(index, `a source on ${stateHost.host}`).toBeGreaterThanOrEqual(0);
    const files = realWith("sources", (text) => changeCell(text, index, "kind", "press"));
    const found = realMessages(files).filter((message) => message.includes("contradicts"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^data/sources\\.csv:${index + 2}:\\d+: kind "press"`));
    expect(found[0]).toContain("allowed: state_media");
  });

  it("check-data rejects an official source on a host not listed as official", () => {
    const files = realWith("sources", (text) => changeCell(text, 0, "kind", "official"));
    const found = realMessages(files).filter((message) => message.includes("needs a host"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^data\/sources\.csv:2:\d+: kind "official"/);
    expect(found[0]).toContain("whitehouse.gov");
  });
});

describe("source policy: one link, one source", () => {
  it("the story counts each link once, and its counts by kind add up to that count", async () => {
    const { buildStory } = await import("../src/lib/story.js");
    const { data } = validateDataset(real());
    for (const lang of ["de", "en"] as const) {
      const { meta } = buildStory(data, lang);
      expect(meta.sourceCount).toBe(new Set(data.sources.rows.map((row) => pageKey(row.url))).size);
      expect(Object.values(meta.sourcesByKind).reduce((a, b) => a + b, 0)).toBe(meta.sourceCount);
    }
  });

  it("counts a link cited for two events once", () => {
    const rows = [
      { url: "https://example.org/a", kind: "press" as const },
      { url: "https://example.org/a", kind: "press" as const },
      { url: "https://example.org/b", kind: "wire" as const },
    ];
    expect(distinctSources(rows)).toEqual({
      count: 2,
      byKind: { official: 0, wire: 1, state_media: 0, press: 1 },
    });
  });

  it("takes links that differ only in how they are written for one page", () => {
    expect(pageKey("https://www.Example.org/a/b/#top")).toBe(pageKey("https://example.org/a/b"));
    expect(pageKey("https://example.org/a?id=1")).not.toBe(pageKey("https://example.org/a?id=2"));
    expect(
      distinctSources([
        { url: "https://example.org/a/", kind: "press" },
        { url: "https://example.org/a", kind: "press" },
      ]).count,
    ).toBe(1);
  });

  it("check-data rejects a page cited again with its link written otherwise, located at the later row", () => {
    const rows = parse(real().sources.text);
    const later = rows.findIndex((row, index) => index > 0 && row.event_id !== rows[0].event_id);
    const files = realWith("sources", (text) => {
      let changed = text;
      for (const field of ["outlet", "via_de", "via_en", "kind", "language", "relation"])
        changed = changeCell(changed, later, field, rows[0][field]);
      return changeCell(changed, later, "url", `${rows[0].url}#top`);
    });
    const found = realMessages(files).filter((message) => message.includes("one page is one source"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^data/sources\\.csv:${later + 2}:\\d+: url "`));
    expect(found[0]).toContain(`allowed: ${rows[0].url}, as on line 2`);
  });

  it("lets a link cited for two events rest on another newsroom for one of them only", () => {
    const rows = parse(real().sources.text);
    const own = rows.findIndex((row) => !row.relation);
    const later = rows.findIndex((row, index) => index > own && row.event_id !== rows[own].event_id);
    const files = realWith("sources", (text) => {
      let changed = text;
      for (const field of ["outlet", "kind", "language", "url"])
        changed = changeCell(changed, later, field, rows[own][field]);
      for (const [field, value] of Object.entries({
        via_de: "Reuters",
        via_en: "Reuters",
        relation: "citing",
      }))
        changed = changeCell(changed, later, field, value);
      return changed;
    });
    expect(realMessages(files).filter((message) => message.includes(`sources.csv:${later + 2}:`))).toEqual(
      [],
    );
  });

  it("check-data rejects a link cited again under another outlet, located at the later row", () => {
    const rows = parse(real().sources.text);
    const later = rows.findIndex((row, index) => index > 0 && row.event_id !== rows[0].event_id);
    const files = realWith("sources", (text) =>
      changeCell(changeCell(text, later, "url", rows[0].url), later, "outlet", `${rows[0].outlet} (copy)`),
    );
    const found = realMessages(files).filter((message) => message.includes("one link is one source"));
    // One message per column that differs (the agency may differ too), all on the later row.
    for (const message of found)
      expect(message).toMatch(new RegExp(`^data/sources\\.csv:${later + 2}:\\d+: `));
    const outlet = found.filter((message) => message.includes(": outlet "));
    expect(outlet).toHaveLength(1);
    expect(outlet[0]).toContain("line 2");
    expect(outlet[0]).toContain(`allowed: "${rows[0].outlet}"`);
  });
});

describe("source policy: a copy of record apart from a report citing another newsroom", () => {
  const sources = () => parse(real().sources.text);

  it("every source that names a newsroom in via says how it relates to it, and only those", () => {
    for (const source of sources())
      expect(source.relation !== "", `${source.event_id} ${source.outlet}`).toBe(source.via_en !== "");
  });

  it("the pages show a copy as the agency's text and a citing report as the outlet's own", async () => {
    const { buildStory } = await import("../src/lib/story.js");
    const { data } = validateDataset(real());
    for (const lang of ["de", "en"] as const) {
      const sourcesShown = buildStory(data, lang).events.flatMap((event) => event.sources);
      const copy = sourcesShown.find((source) => source.relation === "copy")!;
      const citing = sourcesShown.find((source) => source.relation === "citing")!;
      expect(sourceName(copy, lang)).toBe(`${copy.via} via ${copy.outlet}`);
      expect(sourceName(citing, lang)).toBe(
        `${citing.outlet}, ${lang === "de" ? "nach" : "citing"} ${citing.via}`,
      );
      const own = sourcesShown.find((source) => !source.via)!;
      expect(sourceName(own, lang)).toBe(own.outlet);
    }
  });

  it("check-data rejects a via without a relation, with file, line, column and what is allowed", () => {
    const index = sources().findIndex((source) => source.relation === "citing");
    const found = realMessages(realWith("sources", (text) => changeCell(text, index, "relation", ""))).filter(
      (message) => message.includes(": relation "),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(`^data/sources\\.csv:${index + 2}:\\d+: relation "" is empty but required`),
    );
    expect(found[0]).toContain(sources()[index].via_en);
    expect(found[0]).toMatch(/allowed: copy .* or citing/);
  });

  it("check-data rejects a relation without a via, and a relation outside the list", () => {
    const own = sources().findIndex((source) => source.via_en === "");
    const withoutVia = realMessages(realWith("sources", (text) => changeCell(text, own, "relation", "copy")));
    expect(withoutVia.filter((message) => message.includes(": relation "))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^data/sources\\.csv:${own + 2}:\\d+: relation "copy" is given but via_de and via_en are empty`,
        ),
      ),
    ]);
    const copied = sources().findIndex((source) => source.relation === "copy");
    const unknown = realMessages(
      realWith("sources", (text) => changeCell(text, copied, "relation", "quoting")),
    );
    expect(unknown.filter((message) => message.includes(": relation "))).toEqual([
      expect.stringMatching(/relation "quoting" .*allowed: one of copy, citing/),
    ]);
  });
});

describe("source policy: a link that names the agency it rests on", () => {
  const sources = () => parse(real().sources.text);

  it("reads the agency a headline's slug ends in, and no agency named earlier in it", () => {
    expect(agencyInLink("https://www.oann.com/newsroom/putin-offers-to-mediate-tass-reports/")).toBe("tass");
    expect(agencyInLink("https://global.espreso.tv/zelenskyy-leaves-canada-reuters")).toBe("reuters");
    expect(agencyInLink("https://example.org/news/trump-says-putin-call-went-well-AP.html")).toBe("ap");
    expect(agencyInLink("https://example.org/news/tass-editor-detained-in-moscow")).toBeUndefined();
    expect(agencyInLink("https://example.org/news/trump-signs-map")).toBeUndefined();
    expect(agencyInLink("not a link")).toBeUndefined();
  });

  it("every source of the data whose link ends in an agency's name says how it rests on it", () => {
    const attributed = sources().filter((source) => agencyInLink(source.url));
    expect(attributed.length).toBeGreaterThan(0);
    for (const source of attributed)
      expect(source.relation, `${source.event_id} ${source.outlet}`).not.toBe("");
  });

  it("check-data rejects such a link shown as the outlet's own report, with file, line, column and what is allowed", () => {
    const index = sources().findIndex((source) => agencyInLink(source.url));
    const own = realWith("sources", (text) =>
      ["via_de", "via_en", "relation"].reduce(
        (changed, column) => changeCell(changed, index, column, ""),
        text,
      ),
    );
    const found = realMessages(own).filter((message) => message.includes("as a headline attributed"));
    expect(found).toEqual([
      expect.stringMatching(
        new RegExp(
          `^data/sources\\.csv:${index + 2}:\\d+: url ".+" ends in "${agencyInLink(sources()[index].url)}"`,
        ),
      ),
    ]);
    expect(found[0]).toMatch(/allowed: via_de, via_en and relation naming the agency/);
  });
});

describe("source policy: every quote pinned to who printed it", () => {
  const events = () => parse(real().events.text);
  const quoted = () => events().filter((event) => event.quote);

  /** The real events with one cell of one event changed. */
  const eventsWith = (id: string, column: string, value: string): DataFiles =>
    realWith("events", (text) =>
      changeCell(
        text,
        events().findIndex((row) => row.id === id),
        column,
        value,
      ),
    );

  it("every quote names its source, the language the speaker used, and a translator where they differ", () => {
    for (const event of quoted()) {
      expect(event.quote_source, event.id).not.toBe("");
      expect(event.quote_original_lang, event.id).not.toBe("");
      expect(event.quote_translator !== "", event.id).toBe(event.quote_lang !== event.quote_original_lang);
    }
  });

  it("check-data rejects a quote pinned to a source of another event, with file, line and the quote", () => {
    const [event] = quoted();
    const other = parse(real().sources.text).find((source) => source.event_id !== event.id)!;
    const line = events().findIndex((row) => row.id === event.id) + 2;
    const found = realMessages(eventsWith(event.id, "quote_source", other.url)).filter((message) =>
      message.includes("pins the quote"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^data/events\\.csv:${line}:\\d+: quote_source`));
    expect(found[0]).toContain(`to a source of event ${other.event_id}, not of this event`);
    expect(found[0]).toContain(event.quote.slice(0, 20));
  });

  it("check-data rejects a quote without a source", () => {
    const [event] = quoted();
    const found = realMessages(eventsWith(event.id, "quote_source", ""));
    expect(found.some((message) => /quote_source "" is empty but required with a quote/.test(message))).toBe(
      true,
    );
  });

  it("check-data rejects a quote marked as original whose source printed it in another language", () => {
    const event = quoted().find((row) => row.quote_lang === "en" && row.quote_original_lang === "en")!;
    const index = parse(real().sources.text).findIndex(
      (source) => source.event_id === event.id && source.url === event.quote_source,
    );
    const files = realWith("sources", (text) => changeCell(text, index, "language", "de"));
    const found = realMessages(files).filter((message) => message.includes("marked as printed in en"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^data\/events\.csv:\d+:\d+: quote_source/);
    expect(found[0]).toContain("to a source in de");
  });

  it("every translator is named by the pinned source: its outlet, or the agency it runs, or unnamed", () => {
    const byKey = new Map(parse(real().sources.text).map((row) => [`${row.event_id} ${row.url}`, row]));
    for (const event of quoted().filter((row) => row.quote_translator !== "")) {
      const pinned = byKey.get(`${event.id} ${event.quote_source}`)!;
      expect([pinned.outlet, pinned.via_en, pinned.via_de, UNNAMED_TRANSLATOR], event.id).toContain(
        event.quote_translator,
      );
    }
  });

  it("check-data rejects a translator the pinned source does not name, located, saying who it names", () => {
    const translated = quoted().find((row) => row.quote_translator !== "")!;
    const line = events().findIndex((row) => row.id === translated.id) + 2;
    const found = realMessages(eventsWith(translated.id, "quote_translator", "Somebody Else")).filter(
      (message) => message.includes("does not name"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^data/events\\.csv:${line}:\\d+: quote_translator "Somebody Else"`));
    expect(found[0]).toContain("allowed: ");
  });

  it("check-data rejects a translation shown as the original, and an original shown as a translation", () => {
    const translated = quoted().find((row) => row.quote_translator !== "")!;
    expect(
      realMessages(eventsWith(translated.id, "quote_translator", "")).some((message) =>
        message.includes("a translation shown as the original"),
      ),
    ).toBe(true);
    const original = quoted().find((row) => row.quote_translator === "")!;
    expect(
      realMessages(eventsWith(original.id, "quote_translator", "Reuters")).some((message) =>
        message.includes("names a translator"),
      ),
    ).toBe(true);
  });
});

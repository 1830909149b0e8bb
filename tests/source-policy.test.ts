import { describe, expect, it } from "vitest";
import { formatError } from "../src/lib/errors.js";
import { readDataFiles } from "../src/lib/files.js";
import { credit, leadingSources, urlIssue } from "../src/lib/source-policy.js";
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
    ["https://zerkalo-br0wse.xyz/news/world/103057.html", "look-alike"],
    ["https://www.business-standard.com/amp/world-news/story.html", "AMP"],
    ["https://www.firstpost.com/world/story-13900495.html/amp", "AMP"],
    ["https://www.livemint.com/news/world/story/amp-11752077813751.html", "AMP"],
    ["https://amp.example.com/story", "AMP"],
    ["https://example.com/story?outputType=amp", "AMP"],
  ])("rejects %s (%s)", (url, reason) => {
    expect(urlIssue(url)?.message).toContain(reason);
  });

  it.each([
    "https://tass.com/politics/1985043",
    "https://www.tovima.com/world/russia-ukraine-talks/?noamp=mobile",
    "https://www.latest.example.com/campaign",
    "https://kyivindependent.com/nobot/zelensky-eu-leaders-speak-with-trump-following-istanbul-talks/",
  ])("accepts %s", (url) => {
    expect(urlIssue(url)).toBeUndefined();
  });

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

  it("names official statements and agencies before press and aggregators, whatever the alphabet", () => {
    const ranked = leadingSources([
      [{ outlet: "ABC News", kind: "press" }],
      [{ outlet: "Aardvark Aggregator", kind: "aggregator" }],
      [{ outlet: "Zeta Wire", kind: "wire" }],
      [{ outlet: "Rev", via: "US Department of Defense", kind: "official" }],
    ]);
    expect(ranked).toEqual(["US Department of Defense", "Zeta Wire", "ABC News", "Aardvark Aggregator"]);
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

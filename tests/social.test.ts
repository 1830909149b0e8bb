// The meta tags of shared links, as socialHead writes them (the built pages' tags: tests/build/beyond.test.ts).
import { describe, expect, it } from "vitest";
import { pagePath, relativeTo, socialHead } from "../src/lib/social.js";
import { metaTags } from "./helpers.js";

describe("socialHead", () => {
  it("makes og:image and og:url absolute when the publisher sets STORY_BASE_URL", () => {
    const base = "https://example.org/zeitung/telefonate/";
    const en = metaTags(socialHead({ path: "/en/index", title: "Calls, weapons, positions" }, base));
    expect(en.get("og:image")).toBe("https://example.org/zeitung/telefonate/data/og-calls-en.png");
    expect(en.get("og:url")).toBe("https://example.org/zeitung/telefonate/en/");
    const embed = metaTags(socialHead({ path: "/embed/calls", title: "x" }, "https://example.org/t"));
    expect(embed.get("og:url")).toBe("https://example.org/t/embed/calls.html");
    expect(embed.get("og:locale")).toBe("de_DE");
  });

  it("without a base URL, gives the image relative to the page and no og:url", () => {
    expect(metaTags(socialHead({ path: "/index" })).get("og:image")).toBe("./data/og-calls-de.png");
    expect(metaTags(socialHead({ path: "/en/embed/calls.md" })).get("og:image")).toBe(
      "../../data/og-calls-en.png",
    );
    expect(metaTags(socialHead({ path: "/index" })).has("og:url")).toBe(false);
    expect(pagePath("/en/index")).toBe("/en/");
    expect(relativeTo("/embed/calls.html", "/data/x.png")).toBe("../data/x.png");
  });

  it("describes the preview image with the days the data enlarges, and with no dates when it enlarges none", () => {
    const alt = (path: string, zoom?: [string, string]) =>
      metaTags(socialHead({ path }, undefined, zoom)).get("og:image:alt")!;
    expect(alt("/index", ["2025-08-04", "2025-08-12"])).toContain("4.–12.\u00a0August 2025");
    expect(alt("/en/index", ["2025-08-04", "2025-08-12"])).toContain("4–12 August 2025 enlarged");
    for (const path of ["/index", "/en/index"]) {
      expect(alt(path)).toMatch(/^\S.*\S$/);
      expect(alt(path)).not.toMatch(/Juli|July|vergrößert|enlarged/);
    }
  });

  it("escapes text in attributes", () => {
    expect(socialHead({ path: "/index", title: 'A "quoted" <b>&' })).toContain(
      'content="A &quot;quoted&quot; &lt;b&gt;&amp;"',
    );
  });
});

import { describe, expect, it } from "vitest";
import { thirdPartyReferences } from "./third-party.js";

describe("the third-party check", () => {
  it("finds CDN scripts, web fonts and remote imports", () => {
    expect(
      thirdPartyReferences('<script src="https://cdn.jsdelivr.net/npm/d3@7"></script>', "a.html"),
    ).toEqual(["a.html: https://cdn.jsdelivr.net/npm/d3@7"]);
    expect(
      thirdPartyReferences(
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">',
        "a.html",
      ),
    ).toHaveLength(1);
    expect(thirdPartyReferences('import "https://cdn.jsdelivr.net/npm/x/+esm"', "a.js")).toHaveLength(1);
    expect(thirdPartyReferences("@import url(//fonts.gstatic.com/x.woff2);", "a.css")).toHaveLength(1);
  });

  it("allows links for readers and XML namespaces", () => {
    expect(thirdPartyReferences('<a href="https://tass.com/politics/1985043">TASS</a>', "a.html")).toEqual(
      [],
    );
    expect(thirdPartyReferences('const svg = "http://www.w3.org/2000/svg";', "a.js")).toEqual([]);
    expect(thirdPartyReferences("const safe = (url) => /^https?:\\/\\//i.test(url);", "a.js")).toEqual([]);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { Quotation, wordingLine } from "../../src/components/kit/quotation.js";
import { UNNAMED_TRANSLATOR } from "../../src/lib/vocabularies.js";
import { liveStory } from "./stories.js";

/** Every quote of the real data, in both editions, as the shared part shows it. */
describe.each(["de", "en"] as const)("a quote in the %s edition", (lang) => {
  const story = liveStory(lang);
  const quoted = story.events.filter((event) => event.quote);

  it("meets the reader first in the page's language", () => {
    for (const event of quoted) {
      const figure = Quotation(event.quote!, lang);
      const first = figure.querySelector("blockquote")!;
      expect(first.closest("details"), event.id).toBeNull();
      expect(first.getAttribute("lang"), event.id).toBe(lang);
    }
  });

  it("marks a translation as one, naming who translated", () => {
    for (const event of quoted) {
      const quote = event.quote!;
      const note = Quotation(quote, lang).querySelector("figcaption")?.textContent ?? "";
      if (quote.lang !== lang)
        expect(note, event.id).toMatch(lang === "de" ? /eigene Übersetzung/ : /our translation/);
      // A translator the printer does not name is said to be unnamed, never given a name.
      if (quote.translator === UNNAMED_TRANSLATOR)
        expect(note, event.id).toMatch(
          lang === "de" ? /(Übersetzer nicht genannt|ohne genannten Übersetzer)/ : /translator not named/,
        );
      else if (quote.translator) expect(note, event.id).toContain(quote.translator);
      // Words in the page's language name who printed them, translated or not.
      if (quote.lang === lang) expect(note, event.id).toContain(quote.printedBy);
    }
  });

  it("keeps the words as printed one tap away, closed, with their language and the outlet that printed them", () => {
    for (const event of quoted) {
      const quote = event.quote!;
      const original = Quotation(quote, lang).querySelector("details");
      if (quote.lang === lang) {
        expect(original, event.id).toBeNull();
        continue;
      }
      expect(original!.open).toBe(false);
      expect(original!.querySelector("summary")!.textContent).toContain(quote.printedBy);
      const printed = original!.querySelector("blockquote")!;
      expect(printed.getAttribute("lang")).toBe(quote.lang);
      expect(printed.textContent).toContain(quote.text);
      expect(printed.getAttribute("cite")).toBe(quote.printedUrl);
    }
  });

  it("names on the sources page the outlet whose wording it is, and the translator", () => {
    for (const event of quoted) {
      const quote = event.quote!;
      const line = wordingLine(quote, lang);
      expect(quote.printedBy, event.id).not.toBe("");
      expect(line).toContain(quote.printedBy);
      if (quote.translator === UNNAMED_TRANSLATOR)
        expect(line).toMatch(lang === "de" ? /Übersetzer nicht genannt/ : /translator not named/);
      else if (quote.translator) expect(line).toContain(quote.translator);
      expect(
        event.sources.some((source) => source.url === quote.printedUrl && source.outlet === quote.printedBy),
      ).toBe(true);
    }
  });
});

/**
 * A quote as every part of the page shows it: first in the reader's language,
 * marked as a translation that names who translated it, with the words as the
 * source printed them one tap away (a <details>, with their `lang`). Used by the
 * story's text ({{quote.<event-id>}}), the positions chart, the details of an
 * event and the sources page.
 */
import type { Lang } from "../../lib/format.js";
import { MESSAGES } from "../../lib/i18n/index.js";
import type { StoryQuote } from "../../lib/story-types.js";
import { el, safeUrl } from "./html.js";

/** The words in the quotation marks of the reader's language. */
const quoted = (text: string, lang: Lang) => `${MESSAGES[lang].quotes[0]}${text}${MESSAGES[lang].quotes[1]}`;

/** What the reader meets first: the words in their language, and the note on who translated them. */
export function readerWords(quote: StoryQuote, lang: Lang): { text: string; lang: string; note?: string } {
  const words = MESSAGES[lang].quotation;
  if (quote.lang === lang) {
    const note = quote.translator
      ? translatedNote(quote, quote.translator, lang)
      : words.printedBy(quote.printedBy);
    return { text: quote.text, lang, note };
  }
  // Our translation; where the printed words are themselves a translation, whose version it renders.
  const note = quote.translator
    ? words.oursOfTranslation(quote.lang, quote.translator) + printer(quote, lang)
    : words.ours(quote.lang);
  return { text: quote.translation ?? quote.text, lang: quote.translation ? lang : quote.lang, note };
}

/** ", as quoted by …" where the outlet that printed the words is not who translated them. */
const printer = (quote: StoryQuote, lang: Lang) =>
  quote.translator && quote.translator !== quote.printedBy
    ? MESSAGES[lang].quotation.quotedBy(quote.printedBy)
    : "";

/** Who translated the printed words, and from which language, and who printed them where that is another. */
const translatedNote = (quote: StoryQuote, translator: string, lang: Lang) =>
  MESSAGES[lang].quotation.translatedBy(translator, quote.originalLang) + printer(quote, lang);

/**
 * The quote as a figure: the words in the reader's language, a caption with the speaker
 * (where given) and the translation note, and the printed words in a <details> where
 * the reader meets a translation.
 */
export function Quotation(
  quote: StoryQuote,
  lang: Lang,
  { speaker }: { speaker?: string } = {},
): HTMLElement {
  const shown = readerWords(quote, lang);
  const figure = el(
    "figure",
    { class: "quotation" },
    el("blockquote", { lang: shown.lang }, el("p", {}, quoted(shown.text, lang))),
  );
  // The caption holds the note and the printed words: a figure's caption comes first or last.
  const note = [speaker && `— ${speaker}`, shown.note].filter(Boolean).join(" · ");
  const caption = el("figcaption", {}, note);
  if (quote.lang !== lang) {
    const href = safeUrl(quote.printedUrl);
    const label = MESSAGES[lang].quotation.original(
      quote.printedBy,
      quote.lang,
      quote.originalLang === quote.lang,
    );
    caption.append(
      el(
        "details",
        { class: "quotation-original" },
        el("summary", {}, label),
        el(
          "blockquote",
          { lang: quote.lang, ...(href ? { cite: href } : {}) },
          el("p", {}, quoted(quote.text, lang)),
        ),
      ),
    );
  }
  if (note || caption.childNodes.length > 1) figure.append(caption);
  return figure;
}

/** The sources page's line under a quoted event: whose wording it is, and who translated it. */
export function wordingLine(quote: StoryQuote, lang: Lang): string {
  const words = MESSAGES[lang].quotation;
  const wording = words.wording(quote.printedBy, quote.lang);
  return quote.translator
    ? `${wording}, ${words.translatedBy(quote.translator, quote.originalLang)}`
    : wording;
}

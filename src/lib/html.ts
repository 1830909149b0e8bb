/**
 * Post-build fixes of Framework's HTML that its config cannot make: the page's
 * language and a viewport that lets readers zoom.
 */
export const ZOOMABLE_VIEWPORT = "width=device-width, initial-scale=1";

/** The language of a page by its path in dist/: pages under en/ are English. */
export function pageLanguage(path: string): "de" | "en" {
  return /(^|\/)en(\/|$)/.test(path.replace(/\\/g, "/")) ? "en" : "de";
}

export function fixPageHtml(html: string, lang: "de" | "en"): string {
  return html
    .replace(/<html(?![^>]*\blang=)([^>]*)>/i, `<html lang="${lang}"$1>`)
    .replace(
      /<meta name="viewport" content="[^"]*">/i,
      `<meta name="viewport" content="${ZOOMABLE_VIEWPORT}">`,
    );
}

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

/**
 * Framework links a page's files by content hash (_file/data/events.7a2021ff.csv); a reader
 * saving the download must get the names datapackage.json declares. The build also writes
 * each of them unhashed to data/ (dynamicPaths), so the links point there instead.
 */
export function plainDownloadLinks(html: string, files: readonly string[]): string {
  return html.replace(
    /(href=")((?:\.\.?\/)*)_file\/data\/([\w-]+)\.[0-9a-f]{8}\.(csv|json)"/g,
    (link, attribute: string, up: string, name: string, extension: string) =>
      files.includes(`${name}.${extension}`) ? `${attribute}${up || "./"}data/${name}.${extension}"` : link,
  );
}

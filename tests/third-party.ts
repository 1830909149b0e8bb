/**
 * References in built files that would make a reader's browser contact a
 * host other than the one serving the page. Links for the reader to follow
 * (<a href>) are not requests and are allowed; so is text inside JSON data
 * that the page only ever shows as a link.
 */
/** XML namespace names (SVG, XHTML) are identifiers, never fetched. */
const XML_NAMESPACE =
  /^http:\/\/www\.w3\.org\/(?:1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/?)$/;

export function thirdPartyReferences(text: string, path: string): string[] {
  const found: string[] = [];
  const add = (what: string) => found.push(`${path}: ${what}`);
  if (path.endsWith(".html") || path.endsWith(".svg")) {
    const withoutLinks = text.replace(/<a\b[^>]*>/gi, "<a>");
    for (const match of withoutLinks.matchAll(
      /\b(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]+)/gi,
    ))
      add(match[1]);
    for (const match of withoutLinks.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi)) add(match[1]);
    for (const match of withoutLinks.matchAll(
      /\bimport\s*(?:[^"']*from\s*)?\(?\s*["']((?:https?:)?\/\/[^"']+)/gi,
    ))
      add(match[1]);
  } else if (path.endsWith(".js") || path.endsWith(".css")) {
    // A URL with a scheme, or a protocol-relative one where a string or url() begins.
    for (const match of text.matchAll(
      /(?:https?:|(?<=["'`(]))\/\/(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s"'`)]*)?/gi,
    )) {
      if (!XML_NAMESPACE.test(match[0])) add(match[0]);
    }
  }
  return found;
}

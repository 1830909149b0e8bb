/**
 * What a link to the story shows where it is shared: title, description and a
 * preview image (Open Graph, Twitter cards), in the page's language. Used by
 * the `head` option of observablehq.config.ts and by the image's loader.
 */
import { formatDateRange } from "./format.js";
import { pageLanguage } from "./html.js";
import { LANGS, MESSAGES, type Lang } from "./i18n/index.js";

const byLang = <T>(pick: (lang: Lang) => T) =>
  Object.fromEntries(LANGS.map((lang) => [lang, pick(lang)])) as Record<Lang, T>;

/** Title, description and Open Graph locale of each edition (the words are in ./i18n/). */
export const STORY = byLang((lang) => ({
  title: MESSAGES[lang].story.title,
  series: MESSAGES[lang].story.series,
  description: MESSAGES[lang].story.description,
  locale: MESSAGES[lang].ogLocale,
}));

/**
 * The preview image: the calls chart under the story's title, rendered at build time
 * (src/data/og-calls-[lang].png.ts). Its text alternative names the days the chart
 * enlarges, the story data's callsZoom (lib/derive.ts), and none when there are none.
 */
export const OG_IMAGE = {
  width: 1200,
  height: 630,
  path: (lang: Lang) => `/data/og-calls-${lang}.png`,
  alt: (lang: Lang, callsZoom?: readonly [string, string]) =>
    MESSAGES[lang].story.imageAlt(callsZoom && formatDateRange(callsZoom[0], callsZoom[1], lang)),
};

/** The pages of the story meant to be shown inside other sites' iframes. */
export const isEmbedPath = (path: string) => /(^|\/)embed\//.test(path);

export interface PageInfo {
  /** Framework's page path, e.g. "/index", "/en/index", "/embed/calls" (a file extension is ignored). */
  path: string;
  title?: string | null;
}

/**
 * The meta tags of a page. Open Graph wants absolute URLs; they are absolute when the
 * publisher sets the story's address (STORY_BASE_URL at build time), else relative to the page.
 * `callsZoom` is the story data's (the days the preview image enlarges), for the image's alt text.
 */
export function socialHead(
  { path, title }: PageInfo,
  baseUrl?: string,
  callsZoom?: readonly [string, string],
): string {
  const lang = pageLanguage(path);
  const story = STORY[lang];
  const page = pagePath(path);
  const image = baseUrl ? absolute(baseUrl, OG_IMAGE.path(lang)) : relativeTo(page, OG_IMAGE.path(lang));
  const tags: [string, string, string][] = [
    ["name", "description", story.description],
    ["property", "og:type", "article"],
    ["property", "og:title", title || story.title],
    ["property", "og:description", story.description],
    ["property", "og:locale", story.locale],
    ...LANGS.filter((other) => other !== lang).map((other): [string, string, string] => [
      "property",
      "og:locale:alternate",
      STORY[other].locale,
    ]),
    ["property", "og:image", image],
    ["property", "og:image:type", "image/png"],
    ["property", "og:image:width", String(OG_IMAGE.width)],
    ["property", "og:image:height", String(OG_IMAGE.height)],
    ["property", "og:image:alt", OG_IMAGE.alt(lang, callsZoom)],
    ["name", "twitter:card", "summary_large_image"],
  ];
  if (baseUrl) tags.push(["property", "og:url", absolute(baseUrl, page)]);
  // An embed is part of other pages; search engines should send readers to the story.
  if (isEmbedPath(page)) tags.push(["name", "robots", "noindex"]);
  const meta = tags.map(
    ([key, name, content]) => `<meta ${key}="${name}" content="${escapeAttribute(content)}">`,
  );
  // The two editions of the story name each other for search engines, which want absolute
  // URLs (and Framework would take a relative <link href> for a file to copy); the visible
  // language switch on each page carries hreflang too.
  const editions = byLang((code) => MESSAGES[code].edition);
  const alternates =
    baseUrl && page === editions[lang]
      ? (Object.entries(editions) as [Lang, string][]).map(
          ([code, target]) =>
            `<link rel="alternate" hreflang="${code}" href="${escapeAttribute(absolute(baseUrl, target))}">`,
        )
      : [];
  return [...meta, ...alternates].join("\n");
}

/** The page's URL path as built (cleanUrls: false): "/", "/en/", "/embed/calls.html". */
export function pagePath(path: string): string {
  const page = ("/" + path.replace(/\\/g, "/").replace(/^\/+/, "")).replace(/\.(md|html)$/, "");
  return page.endsWith("/index")
    ? page.slice(0, -"index".length)
    : page.endsWith("/")
      ? page
      : `${page}.html`;
}

/** A site path ("/data/x.png") as seen from a page path ("/en/embed/calls.html"): "../../data/x.png". */
export function relativeTo(page: string, target: string): string {
  const depth = page.split("/").length - 2;
  return (depth === 0 ? "./" : "../".repeat(depth)) + target.replace(/^\//, "");
}

function absolute(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, "") + "/" + path.replace(/^\//, "");
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

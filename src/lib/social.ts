/**
 * What a link to the story shows where it is shared: title, description and a
 * preview image (Open Graph, Twitter cards), in the page's language. Used by
 * the `head` option of observablehq.config.ts and by the image's loader.
 */
import type { Lang } from "./format.js";
import { pageLanguage } from "./html.js";

/** title: the story's headline as shared (the page's <title>); series: the name of the data investigation, which embeds carry. */
export const STORY: Record<Lang, { title: string; series: string; description: string; locale: string }> = {
  de: {
    title: "Trump telefonierte erst mit Putin, dann mit Selenskyj",
    series: "Telefonate, Waffen, Positionen",
    description:
      "Anfang Juli 2025 sprach Donald Trump binnen zwei Tagen erst mit Wladimir Putin, dann mit Wolodymyr Selenskyj. Schon zuvor hatte das Weiße Haus bestätigt, dass die USA einen Teil der zugesagten Waffen für die Ukraine zurückhielten. Eine Rekonstruktion aus den Quellen, mit Faktencheck.",
    locale: "de_DE",
  },
  en: {
    title: "Trump called Putin first, then Zelensky",
    series: "Calls, weapons, positions",
    description:
      "In early July 2025, Donald Trump spoke to Vladimir Putin and then to Volodymyr Zelensky within two days. The White House had already confirmed that the US was holding back some of the weapons promised to Ukraine. A reconstruction from the sources, with a fact check.",
    locale: "en_GB",
  },
};

/** The preview image: the calls chart under the story's title, rendered at build time (src/data/og-calls-[lang].png.ts). */
export const OG_IMAGE = {
  width: 1200,
  height: 630,
  path: (lang: Lang) => `/data/og-calls-${lang}.png`,
  alt: {
    de: "Zeitleiste der Telefonate und Treffen Trumps mit Putin und Selenskyj seit Januar 2025, darunter vergrößert der 1. bis 9. Juli 2025",
    en: "Timeline of Trump’s calls and meetings with Putin and Zelensky since January 2025, with 1 to 9 July 2025 enlarged below",
  } satisfies Record<Lang, string>,
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
 */
export function socialHead({ path, title }: PageInfo, baseUrl?: string): string {
  const lang = pageLanguage(path);
  const story = STORY[lang];
  const page = pagePath(path);
  const image = baseUrl ? absolute(baseUrl, OG_IMAGE.path(lang)) : relativeTo(page, OG_IMAGE.path(lang));
  const other: Lang = lang === "de" ? "en" : "de";
  const tags: [string, string, string][] = [
    ["name", "description", story.description],
    ["property", "og:type", "article"],
    ["property", "og:title", title || story.title],
    ["property", "og:description", story.description],
    ["property", "og:locale", story.locale],
    ["property", "og:locale:alternate", STORY[other].locale],
    ["property", "og:image", image],
    ["property", "og:image:type", "image/png"],
    ["property", "og:image:width", String(OG_IMAGE.width)],
    ["property", "og:image:height", String(OG_IMAGE.height)],
    ["property", "og:image:alt", OG_IMAGE.alt[lang]],
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
  const editions: Record<Lang, string> = { de: "/", en: "/en/" };
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

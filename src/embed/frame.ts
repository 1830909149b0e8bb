/**
 * What a chart page needs inside another site's iframe (src/render/embed-page.ts):
 * a colour scheme of the host's choosing, links that leave the frame, and its
 * height for the page around it, which can size the iframe to fit (see README, "Embeds").
 */

/** The type of the message an embed sends to the page around it: {type, height} (CSS pixels). */
export const HEIGHT_MESSAGE = "telefonate-waffen-positionen:height";

/** The schemes a host can ask for with ?theme=: light (the default), dark, or auto (the reader's). */
export const THEMES = ["light", "dark", "auto"] as const;
export type Theme = (typeof THEMES)[number];

/** The theme a query asks for; light unless it says dark or auto. */
export function themeFrom(search: string): Theme {
  const theme = new URLSearchParams(search).get("theme");
  return THEMES.includes(theme as Theme) ? (theme as Theme) : "light";
}

export interface EmbedFrameOptions {
  /** The story's URL relative to the embed page, e.g. "../". */
  story: string;
  /** The sources page, relative to the story, where links to events lead. */
  sources: string;
}

export function embedFrame({ story, sources }: EmbedFrameOptions): void {
  // embed.css draws light unless the root says otherwise.
  document.documentElement.dataset.theme = themeFrom(location.search);

  // A chart's link to an event (quellen.html#ereignis-…, relative to the story) opens the
  // sources page in the window around the frame; a link to a source opens in a new tab.
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target instanceof Element ? event.target.closest(".embed-chart a[href]") : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const href = link.getAttribute("href")!;
      if (href.startsWith("#") || href.startsWith(sources)) {
        link.href = new URL(story + (href.startsWith("#") ? sources : "") + href, location.href).href;
        link.target = "_top";
      } else if (link.origin !== location.origin) {
        link.target = "_blank";
      }
    },
    true,
  );

  if (window.parent === window) return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
  };
  new ResizeObserver(post).observe(document.body);
}

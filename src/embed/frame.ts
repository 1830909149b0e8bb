/**
 * What a chart page needs inside another site's iframe (src/embed/*.md,
 * src/en/embed/*.md): links that leave the frame, and its height for the page
 * around it, which can size the iframe to fit (see README, "Embeds").
 */

/** The type of the message an embed sends to the page around it: {type, height} (CSS pixels). */
export const HEIGHT_MESSAGE = "telefonate-waffen-positionen:height";

/** `story` is the story's URL relative to the embed page, e.g. "../". */
export function embedFrame(story: string): void {
  // A link to an event (#ereignis-…) opens the story there, in the window around the frame;
  // a link to a source opens in a new tab, never inside the frame.
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const href = link.getAttribute("href")!;
      if (href.startsWith("#")) {
        link.href = new URL(story + href, location.href).href;
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

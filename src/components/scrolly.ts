/**
 * Scrollytelling without scroll-jacking: an IntersectionObserver marks the step
 * in the middle of the viewport as current; back and next buttons and a URL hash
 * per step let the story be read, linked and resumed without scrolling. A link to
 * an event (#ereignis-…) opens the step that tells of it.
 */
import type { Lang } from "../lib/format.js";
import { MESSAGES } from "../lib/i18n/index.js";
import { el, eventAnchor } from "./common.js";

export interface ScrollyOptions {
  lang: Lang;
  /**
   * Called with the current step and its event ids (data-events, space-separated);
   * what it returns (what the graphic now shows, in a sentence) is announced after the step's heading.
   */
  onStep: (step: HTMLElement, eventIds: string[], index: number) => string | void;
  /** Called when a link to an event opened the story: show that event. */
  onEvent?: (eventId: string) => void;
}

/**
 * The step's position, followed by as many figure spaces as the count has more digits: with
 * tabular figures (story.css) "Schritt 9 von 11" and "Schritt 10 von 11" take the same width,
 * so the buttons beside it do not move when the step changes (a layout shift), and no gap
 * opens before the number.
 */
const steady = (position: string, i: number, n: number) =>
  position + "\u2007".repeat(String(n).length - String(i).length);

export const stepEventIds = (step: HTMLElement) => (step.dataset.events ?? "").split(/\s+/).filter(Boolean);
/** The events a step shows in grey beside its own (data-context): the ending's whole sequence. */
export const stepContextIds = (step: HTMLElement) =>
  (step.dataset.context ?? "").split(/\s+/).filter(Boolean);

type ScrollyWords = (typeof MESSAGES)[Lang]["scrolly"];

/** The step controls: back, position, next, copy link, and a live line for screen readers. */
function stepControls(words: ScrollyWords) {
  // On a phone the arrows alone stand for "back" and "next"; the words stay in the buttons' names.
  const arrow = (glyph: string) => el("span", { "aria-hidden": "true" }, glyph);
  const back = el(
    "button",
    { type: "button", class: "step-back" },
    arrow("←"),
    el("span", { class: "step-word" }, ` ${words.back}`),
  );
  const next = el(
    "button",
    { type: "button", class: "step-next" },
    el("span", { class: "step-word" }, `${words.next} `),
    arrow("→"),
  );
  const share = el("button", { type: "button", class: "step-share" }, words.share);
  const status = el("span", { class: "step-status" });
  // Announces the step's heading to screen readers; focus stays on the button pressed.
  const announcement = el("span", { class: "visually-hidden", "aria-live": "polite" });
  const nav = el(
    "nav",
    { class: "step-nav", "aria-label": words.nav },
    back,
    status,
    next,
    share,
    announcement,
  );
  share.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      share.textContent = words.copied;
    } catch {
      share.textContent = location.href;
    }
    setTimeout(() => (share.textContent = words.share), 2500);
  });
  return { nav, back, next, status, announcement };
}

/** What a step announces: its position and heading, then what the graphic now shows. */
function stepAnnouncement(
  words: ScrollyWords,
  index: number,
  count: number,
  step: HTMLElement,
  shows?: string,
) {
  const heading = step.querySelector("h2, h3")?.textContent ?? "";
  const end = /[.?!…]$/.test(heading) ? "" : ".";
  return [`${words.status(String(index + 1), count)}: ${heading}${end}`, shows].filter(Boolean).join(" ");
}

/** Where a hash points: a step by its id, or the first step that tells of an event. */
function stepForHash(hash: string, steps: HTMLElement[], lang: Lang): { index: number; eventId?: string } {
  const index = steps.findIndex((step) => `#${step.id}` === hash);
  if (index >= 0) return { index };
  const prefix = `#${eventAnchor("", lang)}`;
  if (!hash.startsWith(prefix)) return { index: -1 };
  const eventId = hash.slice(prefix.length);
  return { index: steps.findIndex((step) => stepEventIds(step).includes(eventId)), eventId };
}

/** The band of the viewport in which a step becomes current, in per cent of its height from the top. */
const BAND = { top: 45, bottom: 50 };

/** The step that crosses the band now, or -1 (a layout read: only once a scroll has ended). */
function stepInBand(steps: HTMLElement[]): number {
  return steps.findIndex((step) => {
    const { top, bottom } = step.getBoundingClientRect();
    return top < (innerHeight * BAND.bottom) / 100 && bottom > (innerHeight * BAND.top) / 100;
  });
}

/**
 * Activates the step that crosses the middle of the viewport, and follows the URL's hash.
 * While the story scrolls itself to a step (back, next), the steps it passes on the way do not
 * take over: pressed twice quickly, "next" goes two steps on, not one on and one back. Once
 * that scroll ends (scrollend, or after 1.5 s where the browser has no such event), the step
 * in the band is current, in case the reader scrolled on meanwhile.
 */
function observeSteps(steps: HTMLElement[], activate: (index: number) => void, onHash: () => void) {
  let travelling: ReturnType<typeof setTimeout> | undefined;
  const arrive = () => {
    if (travelling === undefined) return;
    clearTimeout(travelling);
    travelling = undefined;
    activate(stepInBand(steps));
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (travelling !== undefined) return;
      for (const entry of entries)
        if (entry.isIntersecting) activate(steps.indexOf(entry.target as HTMLElement));
    },
    { rootMargin: `-${BAND.top}% 0px -${100 - BAND.bottom}% 0px` },
  );
  for (const step of steps) observer.observe(step);
  addEventListener("hashchange", onHash);
  addEventListener("scrollend", arrive);
  return {
    /** The story scrolls itself smoothly to a step. */
    travel() {
      clearTimeout(travelling);
      travelling = setTimeout(arrive, 1500);
    },
  };
}

/** Gives an element the keyboard's focus where it stands (the story has scrolled to it already). */
function focusInPlace(node: HTMLElement): void {
  node.tabIndex = -1;
  node.focus({ preventScroll: true });
}

export function scrollytelling(
  container: HTMLElement,
  { lang, onStep, onEvent }: ScrollyOptions,
): { nav: HTMLElement; go: (index: number) => void } {
  const steps = [...container.querySelectorAll<HTMLElement>(".step")];
  const words = MESSAGES[lang].scrolly;
  const { nav, back, next, status, announcement } = stepControls(words);
  let current = -1;
  const observer = observeSteps(steps, activate, () => follow(location.hash));
  /** While a linked event is shown, the URL keeps pointing to it. */
  let linkedEvent: string | undefined;
  let hashTimer: ReturnType<typeof setTimeout> | undefined;
  const isStoryHash = (hash: string) =>
    hash === "" ||
    stepForHash(hash, steps, lang).eventId !== undefined ||
    stepForHash(hash, steps, lang).index >= 0;

  function activate(index: number) {
    if (index === current || index < 0 || index >= steps.length) return;
    current = index;
    steps.forEach((step, i) => {
      step.classList.toggle("is-active", i === index);
      if (i === index) step.setAttribute("aria-current", "step");
      else step.removeAttribute("aria-current");
    });
    status.textContent = steady(words.status(String(index + 1), steps.length), index + 1, steps.length);
    back.disabled = index === 0;
    next.disabled = index === steps.length - 1;
    container.dataset.step = steps[index].id;
    if (linkedEvent === undefined || !stepEventIds(steps[index]).includes(linkedEvent)) {
      linkedEvent = undefined;
      // The URL follows the story, unless it points elsewhere on the page (#quellen); updated
      // once scrolling settles, since replaceState costs a frame's worth of time.
      clearTimeout(hashTimer);
      const id = steps[index].id;
      hashTimer = setTimeout(() => {
        if (location.hash !== `#${id}` && isStoryHash(location.hash))
          history.replaceState(null, "", `#${id}`);
      }, 250);
    }
    const shows = onStep(steps[index], stepEventIds(steps[index]), index);
    announcement.textContent = stepAnnouncement(words, index, steps.length, steps[index], shows || undefined);
  }

  function go(index: number, animate = true) {
    const step = steps[Math.max(0, Math.min(steps.length - 1, index))];
    if (!step) return;
    const smooth = animate && !matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (smooth) observer.travel();
    // "start" honours the steps' scroll-margin-top, which keeps them clear of the sticky graphic.
    step.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
    activate(steps.indexOf(step));
  }

  /** Opens what a hash points to; false when it points to nothing in the story. */
  function follow(hash: string, animate = true): boolean {
    const { index, eventId } = stepForHash(hash, steps, lang);
    if (index < 0) return false;
    if (eventId !== undefined) [linkedEvent, current] = [eventId, -1];
    go(index, animate);
    if (eventId !== undefined) onEvent?.(eventId);
    return true;
  }

  // At either end the pressed button is disabled, which would drop the keyboard's focus to the
  // top of the page; the reader goes on from the step instead (its text, then what follows).
  const press = (button: HTMLButtonElement, delta: number) => () => {
    go(current + delta);
    if (button.disabled) focusInPlace(steps[current]);
  };
  back.addEventListener("click", press(back, -1));
  next.addEventListener("click", press(next, 1));
  if (!(location.hash && follow(location.hash, false))) activate(0);
  return { nav, go };
}

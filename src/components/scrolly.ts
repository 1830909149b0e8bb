/**
 * Scrollytelling without scroll-jacking: an IntersectionObserver marks the step
 * in the middle of the viewport as current; back and next buttons and a URL hash
 * per step let the story be read, linked and resumed without scrolling.
 */
import type { Lang } from "../lib/format.js";
import { el } from "./common.js";

export interface ScrollyOptions {
  lang: Lang;
  /** Called with the current step and its event ids (data-events, space-separated). */
  onStep: (step: HTMLElement, eventIds: string[], index: number) => void;
  /** Framework's invalidation promise: disconnect when the cell re-runs. */
  invalidation?: Promise<unknown>;
}

const WORDS = {
  de: { back: "Zurück", next: "Weiter", status: (i: number, n: number) => `Schritt ${i} von ${n}`, nav: "Schritte der Geschichte" },
  en: { back: "Back", next: "Next", status: (i: number, n: number) => `Step ${i} of ${n}`, nav: "Steps of the story" },
};

export const stepEventIds = (step: HTMLElement) => (step.dataset.events ?? "").split(/\s+/).filter(Boolean);

export function scrollytelling(container: HTMLElement, { lang, onStep, invalidation }: ScrollyOptions): { nav: HTMLElement; go: (index: number) => void } {
  const steps = [...container.querySelectorAll<HTMLElement>(".step")];
  const words = WORDS[lang];
  const back = el("button", { type: "button", class: "step-back" }, `← ${words.back}`);
  const next = el("button", { type: "button", class: "step-next" }, `${words.next} →`);
  const status = el("span", { class: "step-status" });
  // Announces the step's heading to screen readers; focus stays on the button pressed.
  const announcement = el("span", { class: "visually-hidden", "aria-live": "polite" });
  const nav = el("nav", { class: "step-nav", "aria-label": words.nav }, back, status, next, announcement);
  let current = -1;

  function activate(index: number) {
    if (index === current || index < 0 || index >= steps.length) return;
    current = index;
    steps.forEach((step, i) => {
      step.classList.toggle("is-active", i === index);
      if (i === index) step.setAttribute("aria-current", "step");
      else step.removeAttribute("aria-current");
    });
    status.textContent = words.status(index + 1, steps.length);
    announcement.textContent = `${status.textContent}: ${steps[index].querySelector("h2, h3")?.textContent ?? ""}`;
    back.disabled = index === 0;
    next.disabled = index === steps.length - 1;
    container.dataset.step = steps[index].id;
    if (location.hash.slice(1) !== steps[index].id && (location.hash === "" || steps.some((step) => `#${step.id}` === location.hash))) {
      history.replaceState(null, "", `#${steps[index].id}`);
    }
    onStep(steps[index], stepEventIds(steps[index]), index);
  }

  function go(index: number) {
    const step = steps[Math.max(0, Math.min(steps.length - 1, index))];
    if (!step) return;
    const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
    // "start" honours the steps' scroll-margin-top, which keeps them clear of the sticky graphic.
    step.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
    activate(steps.indexOf(step));
  }

  back.addEventListener("click", () => go(current - 1));
  next.addEventListener("click", () => go(current + 1));

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) activate(steps.indexOf(entry.target as HTMLElement));
    },
    { rootMargin: "-45% 0px -50% 0px" },
  );
  for (const step of steps) observer.observe(step);
  invalidation?.then(() => observer.disconnect());

  const linked = steps.findIndex((step) => `#${step.id}` === location.hash);
  if (linked >= 0) requestAnimationFrame(() => go(linked));
  else activate(0);
  return { nav, go };
}

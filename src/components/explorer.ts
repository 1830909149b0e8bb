/**
 * The data explorer of the sources page: the event list, filtered by actor, kind,
 * period and text, a page of events at a time. It takes over the list the build
 * wrote into the page (complete without JavaScript); the URL's query keeps the
 * filter (?actor=putin&kind=call&from=…&to=…&q=…&page=…), a link to an event
 * (#ereignis-…) shows the page that holds it. Filtering is lib/explore.ts.
 */
import {
  EMPTY_FILTER,
  explore,
  filterSearch,
  indexEvents,
  pageCount,
  parseFilter,
  type Exploration,
  type ExplorerFilter,
} from "../lib/explore.js";
import { eventAnchor, eventIdFromHash } from "../lib/links.js";
import type { StoryData } from "../lib/story.js";
import { el } from "./common.js";
import { LABELS } from "./labels.js";
import { EventItem, WORDS } from "./sections.js";

export interface ExplorerOptions {
  /** Events per page. */
  pageSize?: number;
  /** Framework's invalidation promise: stop listening when the cell re-runs. */
  invalidation?: Promise<unknown>;
}

/** A labelled form control; `control` carries its own name. */
function field(label: string, control: HTMLElement): HTMLElement {
  return el("label", { class: "explorer-field" }, el("span", {}, label), control);
}

function choices(select: HTMLSelectElement, all: string, options: [value: string, label: string][]): void {
  select.replaceChildren(
    el("option", { value: "" }, all),
    ...options.map(([v, l]) => el("option", { value: v }, l)),
  );
}

export function Explorer(
  section: HTMLElement,
  story: StoryData,
  { pageSize = 50, invalidation }: ExplorerOptions = {},
): { update: (filter: ExplorerFilter) => void } {
  performance.mark("explorer-start");
  const lang = story.lang;
  const words = WORDS[lang];
  const index = indexEvents(story.events, story.actors);
  const dates = story.events.map((event) => event.date).sort();
  const [first, last] = [dates[0] ?? "", dates.at(-1) ?? ""];
  const number = new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB");

  const q = el("input", { type: "search", name: "q", autocomplete: "off" });
  const actor = el("select", { name: "actor" });
  const kind = el("select", { name: "kind" });
  const from = el("input", { type: "date", name: "from", min: first, max: last });
  const to = el("input", { type: "date", name: "to", min: first, max: last });
  const reset = el("button", { type: "reset" }, words.reset);
  const form = el(
    "form",
    { class: "explorer-form", role: "search", "aria-label": words.filter },
    field(words.search, q),
    field(words.actor, actor),
    field(words.kind, kind),
    field(words.from, from),
    field(words.to, to),
  );
  const count = el("p", { class: "explorer-count", role: "status" });
  form.append(el("div", { class: "explorer-status" }, count, reset));
  const list = el("ol", { class: "event-list" });
  const previous = el("button", { type: "button", class: "explorer-previous" }, words.previous);
  const next = el("button", { type: "button", class: "explorer-next" }, words.next);
  const position = el("span", { class: "explorer-page" });
  const pager = el("nav", { class: "explorer-pager", "aria-label": words.pages }, previous, position, next);
  section.querySelector(".event-list")!.replaceWith(form, list, pager);

  // Every actor who appears in an event, by name; kinds in the schema's order.
  const actorIds = [...new Set(story.events.flatMap((event) => event.actors))].sort((a, b) =>
    (story.actors[a]?.name ?? a).localeCompare(story.actors[b]?.name ?? b, lang),
  );
  const kinds = Object.keys(LABELS[lang].type) as (keyof typeof LABELS.de.type)[];
  let filter: ExplorerFilter = EMPTY_FILTER;

  function showCounts({ actorCounts, kindCounts }: Exploration) {
    const label = (name: string, n = 0) => `${name} (${number.format(n)})`;
    choices(
      actor,
      words.allActors,
      actorIds.map((id) => [id, label(story.actors[id]?.name ?? id, actorCounts.get(id))]),
    );
    choices(
      kind,
      words.allKinds,
      kinds.map((type) => [type, label(LABELS[lang].type[type], kindCounts.get(type))]),
    );
    actor.value = filter.actor;
    kind.value = filter.kind;
  }

  /** Shows the events that match `next`; with `focusEvent`, the page that holds that event. */
  function update(wanted: ExplorerFilter, focusEvent?: string) {
    performance.mark("explorer-update");
    filter = wanted;
    const result = explore(index, filter);
    const pages = pageCount(result.matches.length, pageSize);
    if (focusEvent) {
      const at = result.matches.findIndex((entry) => entry.event.id === focusEvent);
      if (at >= 0) filter = { ...filter, page: Math.floor(at / pageSize) + 1 };
    }
    filter = { ...filter, page: Math.min(filter.page, pages) };
    const start = (filter.page - 1) * pageSize;
    list.replaceChildren(
      ...result.matches
        .slice(start, start + pageSize)
        .map(({ event }) => EventItem(event, story.actors, lang)),
    );
    list.setAttribute("start", String(start + 1));
    count.textContent =
      result.matches.length === 0
        ? words.none
        : words.count(result.matches.length, index.length).replace(/\d+/g, (n) => number.format(Number(n)));
    showCounts(result);
    q.value = filter.q;
    from.value = filter.from;
    to.value = filter.to;
    position.textContent = words.pageOf(filter.page, pages);
    previous.disabled = filter.page <= 1;
    next.disabled = filter.page >= pages;
    pager.hidden = pages <= 1;
    const url = new URL(location.href);
    url.search = filterSearch(filter);
    if (url.href !== location.href) history.replaceState(history.state, "", url.href);
    performance.measure("explorer-update", "explorer-update");
  }

  /** Opens the event a hash points to: the page that holds it, clearing a filter that hides it. */
  function follow(): boolean {
    const id = eventIdFromHash(location.hash, lang);
    if (!id || !story.events.some((event) => event.id === id)) return false;
    const hidden = !explore(index, filter).matches.some((entry) => entry.event.id === id);
    update(hidden ? EMPTY_FILTER : filter, id);
    const item = document.getElementById(eventAnchor(id, lang));
    item?.scrollIntoView({ block: "start" });
    item?.focus({ preventScroll: true });
    return true;
  }

  /** The filter as the form now shows it; a change of filter starts at its first page. */
  const fromForm = (): ExplorerFilter => ({
    actor: actor.value,
    kind: kind.value,
    from: from.value,
    to: to.value,
    q: q.value,
    page: 1,
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  q.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => update(fromForm()), 150);
  });
  form.addEventListener("change", (event) => {
    if (event.target !== q) update(fromForm());
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update(fromForm());
  });
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    update(EMPTY_FILTER);
  });
  const turn = (by: number) => {
    update({ ...filter, page: filter.page + by });
    section.scrollIntoView({ block: "start" });
  };
  previous.addEventListener("click", () => turn(-1));
  next.addEventListener("click", () => turn(1));
  addEventListener("hashchange", follow);
  invalidation?.then(() => removeEventListener("hashchange", follow));

  filter = parseFilter(location.search);
  if (!follow()) update(filter);
  performance.measure("explorer-ready", "explorer-start");
  return { update };
}

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
  indexEvent,
  pageCount,
  parseFilter,
  type Exploration,
  type ExplorerFilter,
  type ExplorerMeta,
  type IndexedEvent,
  withFilter,
} from "../lib/explore.js";
import { MESSAGES, type Messages } from "../lib/i18n/index.js";
import { eventAnchor, eventIdFromHash } from "../lib/links.js";
import { el } from "./common.js";
import { LABELS } from "./labels.js";
import { EventItem } from "./sections.js";

export interface ExplorerOptions {
  /** Events per page. */
  pageSize?: number;
  /** Lines of JSON parsed between two frames. */
  chunk?: number;
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

/** A pause that lets the browser draw and answer the reader (a macrotask). */
const pause = () => new Promise((resolve) => setTimeout(resolve));

/** The explorer's data (lib/explore.ts, explorerLines), parsed and indexed a chunk at a time. */
async function readLines(
  text: string,
  chunk: number,
): Promise<{ meta: ExplorerMeta; index: IndexedEvent[] }> {
  let at = text.indexOf("\n");
  const meta = JSON.parse(text.slice(0, at)) as ExplorerMeta;
  const index: IndexedEvent[] = [];
  while (at >= 0 && at < text.length - 1) {
    for (let n = 0; n < chunk && at >= 0 && at < text.length - 1; n++) {
      const end = text.indexOf("\n", at + 1);
      index.push(indexEvent(JSON.parse(text.slice(at + 1, end < 0 ? undefined : end)), meta.actors));
      at = end;
    }
    await pause();
  }
  return { meta, index };
}

type Words = Messages["sections"];

/** The form, the count, the list and the pager; the form's date fields span the data's days. */
function explorerParts(words: Words, [first, last]: [string, string]) {
  const q = el("input", { type: "search", name: "q", autocomplete: "off" });
  const actor = el("select", { name: "actor" });
  const kind = el("select", { name: "kind" });
  const from = el("input", { type: "date", name: "from", min: first, max: last });
  const to = el("input", { type: "date", name: "to", min: first, max: last });
  const count = el("p", { class: "explorer-count", role: "status" });
  const form = el(
    "form",
    { class: "explorer-form", role: "search", "aria-label": words.filter },
    field(words.search, q),
    field(words.actor, actor),
    field(words.kind, kind),
    field(words.from, from),
    field(words.to, to),
    el("div", { class: "explorer-status" }, count, el("button", { type: "reset" }, words.reset)),
  );
  const previous = el("button", { type: "button", class: "explorer-previous" }, words.previous);
  const next = el("button", { type: "button", class: "explorer-next" }, words.next);
  const position = el("span", { class: "explorer-page" });
  const pager = el("nav", { class: "explorer-pager", "aria-label": words.pages }, previous, position, next);
  return {
    form,
    q,
    actor,
    kind,
    from,
    to,
    count,
    list: el("ol", { class: "event-list" }),
    pager,
    previous,
    next,
    position,
  };
}

type Parts = ReturnType<typeof explorerParts>;

/** The first and last day of the events. */
function span(events: { date: string }[]): [string, string] {
  let [first, last] = ["", ""];
  for (const { date } of events) {
    if (!first || date < first) first = date;
    if (!last || date > last) last = date;
  }
  return [first, last];
}

/** Draws one page of matches, the counts and the form's state. */
function draw(parts: Parts, data: Data, result: Exploration, filter: ExplorerFilter, pageSize: number) {
  const { words, lang, number } = data;
  const pages = pageCount(result.matches.length, pageSize);
  const start = (filter.page - 1) * pageSize;
  parts.list.replaceChildren(
    ...result.matches.slice(start, start + pageSize).map(({ event }) => EventItem(event, data.actors, lang)),
  );
  parts.list.setAttribute("start", String(start + 1));
  parts.count.textContent =
    result.matches.length === 0
      ? words.none
      : words
          .count(result.matches.length, data.index.length)
          .replace(/\d+/g, (n) => number.format(Number(n)));
  const label = (name: string, n = 0) => `${name} (${number.format(n)})`;
  choices(
    parts.actor,
    words.allActors,
    data.actorIds.map((id) => [id, label(data.actors[id]?.name ?? id, result.actorCounts.get(id))]),
  );
  choices(
    parts.kind,
    words.allKinds,
    data.kinds.map((type) => [type, label(LABELS[lang].type[type], result.kindCounts.get(type))]),
  );
  for (const name of ["actor", "kind", "q", "from", "to"] as const) parts[name].value = filter[name];
  parts.position.textContent = words.pageOf(filter.page, pages);
  parts.previous.disabled = filter.page <= 1;
  parts.next.disabled = filter.page >= pages;
  parts.pager.hidden = pages <= 1;
}

interface Data {
  lang: ExplorerMeta["lang"];
  words: Words;
  number: Intl.NumberFormat;
  index: IndexedEvent[];
  actors: ExplorerMeta["actors"];
  /** Every actor who appears in an event, by name; kinds in the dictionary's order. */
  actorIds: string[];
  kinds: (keyof typeof LABELS.de.type)[];
}

async function explorerData(lines: string, chunk: number): Promise<Data> {
  const { meta, index } = await readLines(lines, chunk);
  const lang = meta.lang;
  const name = (id: string) => meta.actors[id]?.name ?? id;
  return {
    lang,
    words: MESSAGES[lang].sections,
    number: new Intl.NumberFormat(MESSAGES[lang].locale),
    index,
    actors: meta.actors,
    actorIds: [...new Set(index.flatMap(({ event }) => event.actors))].sort((a, b) =>
      name(a).localeCompare(name(b), lang),
    ),
    kinds: Object.keys(LABELS[lang].type) as Data["kinds"],
  };
}

/**
 * Takes over the sources page's event list (`section` holds the built `.event-list`)
 * once every event is read from `lines` (lib/explore.ts, explorerLines).
 */
export async function Explorer(
  section: HTMLElement,
  lines: string,
  { pageSize = 50, chunk = 250, invalidation }: ExplorerOptions = {},
): Promise<{ update: (filter: ExplorerFilter) => void }> {
  performance.mark("explorer-start");
  const data = await explorerData(lines, chunk);
  const parts = explorerParts(data.words, span(data.index.map(({ event }) => event)));
  section.querySelector(".event-list")!.replaceWith(parts.form, parts.list, parts.pager);
  let filter = parseFilter(location.search);
  let previousRun: { filter: ExplorerFilter; result: Exploration } | undefined;

  /** Shows the events that match `wanted`; with `focusEvent`, the page that holds that event. */
  function update(wanted: ExplorerFilter, focusEvent?: string) {
    performance.mark("explorer-update");
    // Turning a page keeps the matches; any other change filters again.
    const same =
      previousRun &&
      filterSearch({ ...previousRun.filter, page: 1 }) === filterSearch({ ...wanted, page: 1 });
    const result = same ? previousRun!.result : explore(data.index, wanted);
    previousRun = { filter: wanted, result };
    const at = focusEvent ? result.matches.findIndex((entry) => entry.event.id === focusEvent) : -1;
    const page = at >= 0 ? Math.floor(at / pageSize) + 1 : wanted.page;
    filter = { ...wanted, page: Math.min(page, pageCount(result.matches.length, pageSize)) };
    draw(parts, data, result, filter, pageSize);
    const url = new URL(location.href);
    url.search = withFilter(url.search, filter);
    if (url.href !== location.href) history.replaceState(history.state, "", url.href);
    performance.measure("explorer-update", "explorer-update");
  }

  /** Opens the event a hash points to: the page that holds it, clearing a filter that hides it. */
  function follow(): boolean {
    const id = eventIdFromHash(location.hash, data.lang);
    if (!id || !data.index.some(({ event }) => event.id === id)) return false;
    const hidden = !explore(data.index, filter).matches.some((entry) => entry.event.id === id);
    update(hidden ? EMPTY_FILTER : filter, id);
    const item = document.getElementById(eventAnchor(id, data.lang));
    item?.scrollIntoView({ block: "start" });
    item?.focus({ preventScroll: true });
    return true;
  }

  listen(parts, { update, follow, current: () => filter, top: section, invalidation });
  if (!follow()) update(filter);
  performance.measure("explorer-ready", "explorer-start");
  return { update };
}

/** The reader's input: typing (after a pause), choices, reset, pages, links to events. */
function listen(
  parts: Parts,
  {
    update,
    follow,
    current,
    top,
    invalidation,
  }: {
    update: (filter: ExplorerFilter) => void;
    follow: () => boolean;
    current: () => ExplorerFilter;
    top: HTMLElement;
    invalidation?: Promise<unknown>;
  },
) {
  // A change of filter starts at its first page.
  const fromForm = (): ExplorerFilter => ({
    actor: parts.actor.value,
    kind: parts.kind.value,
    from: parts.from.value,
    to: parts.to.value,
    q: parts.q.value,
    page: 1,
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  parts.q.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => update(fromForm()), 150);
  });
  parts.form.addEventListener("change", (event) => {
    if (event.target !== parts.q) update(fromForm());
  });
  parts.form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update(fromForm());
  });
  parts.form.addEventListener("reset", (event) => {
    event.preventDefault();
    update(EMPTY_FILTER);
  });
  const turn = (by: number) => {
    update({ ...current(), page: current().page + by });
    top.scrollIntoView({ block: "start" });
  };
  parts.previous.addEventListener("click", () => turn(-1));
  parts.next.addEventListener("click", () => turn(1));
  addEventListener("hashchange", follow);
  invalidation?.then(() => removeEventListener("hashchange", follow));
}

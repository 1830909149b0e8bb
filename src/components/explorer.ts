/**
 * The data explorer of the sources page: the event list, filtered by actor, kind,
 * period and text, a page of events at a time. It takes over the list the build
 * wrote into the page (one page of events, complete without JavaScript, with links to
 * the further static pages): at once it draws its form from the summary the build wrote
 * beside the list (lib/explore.ts, explorerSummary); it reads every event only when the
 * reader filters or turns a page, or when the URL asks for that, so that the page's first
 * load does not grow with the archive. The URL's query keeps the filter
 * (?actor=putin&kind=call&from=…&to=…&q=…&page=…), a link to an event (#ereignis-…)
 * shows the page that holds it. Filtering is lib/explore.ts.
 */
import {
  EMPTY_FILTER,
  explore,
  filterSearch,
  indexEvent,
  PAGE_SIZE,
  pageCount,
  pageOfItem,
  parseFilter,
  type Exploration,
  type ExplorerFilter,
  type ExplorerMeta,
  type ExplorerSummary,
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

/** The form, the count and the pager around the built list; the form's date fields span the data's days. */
function explorerParts(words: Words, [first, last]: [string, string], list: HTMLOListElement) {
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
    list,
    pager,
    previous,
    next,
    position,
  };
}

type Parts = ReturnType<typeof explorerParts>;

/** The words, the choices of the form (every actor who appears in an event, by name; kinds in the dictionary's order). */
interface Form {
  lang: ExplorerSummary["lang"];
  words: Words;
  number: Intl.NumberFormat;
  total: number;
  actorIds: string[];
  names: Record<string, string>;
  kinds: (keyof typeof LABELS.de.type)[];
}

function formOf(summary: ExplorerSummary): Form {
  const { lang } = summary;
  const names = Object.fromEntries(Object.entries(summary.actors).map(([id, { name }]) => [id, name]));
  return {
    lang,
    words: MESSAGES[lang].sections,
    number: new Intl.NumberFormat(MESSAGES[lang].locale),
    total: summary.total,
    actorIds: Object.keys(names).sort((a, b) => names[a].localeCompare(names[b], lang)),
    names,
    kinds: Object.keys(LABELS[lang].type) as Form["kinds"],
  };
}

/** The count of matches, the choices with their counts, the form's values and the pager. */
function drawState(
  parts: Parts,
  form: Form,
  counts: Pick<Exploration, "actorCounts" | "kindCounts">,
  matches: number,
  filter: ExplorerFilter,
  pageSize: number,
) {
  const { words, lang, number } = form;
  const pages = pageCount(matches, pageSize);
  parts.count.textContent =
    matches === 0
      ? words.none
      : words.count(matches, form.total).replace(/\d+/g, (n) => number.format(Number(n)));
  const label = (name: string, n = 0) => `${name} (${number.format(n)})`;
  choices(
    parts.actor,
    words.allActors,
    form.actorIds.map((id) => [id, label(form.names[id], counts.actorCounts.get(id))]),
  );
  choices(
    parts.kind,
    words.allKinds,
    form.kinds.map((type) => [type, label(LABELS[lang].type[type], counts.kindCounts.get(type))]),
  );
  for (const name of ["actor", "kind", "q", "from", "to"] as const) parts[name].value = filter[name];
  parts.position.textContent = words.pageOf(filter.page, pages);
  parts.previous.disabled = filter.page <= 1;
  parts.next.disabled = filter.page >= pages;
  parts.pager.hidden = pages <= 1;
}

/** Draws one page of matches and the state around it. */
function draw(
  parts: Parts,
  form: Form,
  data: Data,
  result: Exploration,
  filter: ExplorerFilter,
  pageSize: number,
) {
  const start = (filter.page - 1) * pageSize;
  parts.list.replaceChildren(
    ...result.matches
      .slice(start, start + pageSize)
      .map(({ event }) => EventItem(event, data.actors, form.lang)),
  );
  parts.list.setAttribute("start", String(start + 1));
  drawState(parts, form, result, result.matches.length, filter, pageSize);
}

interface Data {
  index: IndexedEvent[];
  actors: ExplorerMeta["actors"];
}

/** The summary the build wrote into the section, as a JSON block. */
function summaryIn(section: HTMLElement): ExplorerSummary {
  const block = section.querySelector('script[type="application/json"]');
  if (!block?.textContent) throw new Error("the sources page holds no explorer summary");
  return JSON.parse(block.textContent) as ExplorerSummary;
}

const FILTER_KEYS = ["actor", "kind", "from", "to", "q", "page"];

/**
 * Takes over the sources page's event list (`section` holds the built `.event-list`, the
 * static pager and the summary); `lines` fetches every event (lib/explore.ts, explorerLines),
 * called once, when the reader first needs them.
 */
export async function Explorer(
  section: HTMLElement,
  lines: () => Promise<string>,
  { pageSize = PAGE_SIZE, chunk = 250, invalidation }: ExplorerOptions = {},
): Promise<{ update: (filter: ExplorerFilter) => Promise<void> }> {
  performance.mark("explorer-start");
  const summary = summaryIn(section);
  const form = formOf(summary);
  const list = section.querySelector<HTMLOListElement>("ol.event-list")!;
  // The static page this is (quellen.html, quellen-2.html, …): its list starts at its first event's number.
  const staticPage = pageOfItem(Number(list.getAttribute("start") ?? 1), pageSize);
  const parts = explorerParts(form.words, summary.span, list);
  section.querySelector(".static-pager")?.remove();
  list.before(parts.form);
  list.after(parts.pager);
  let loading: Promise<Data> | undefined;
  const load = () =>
    (loading ??= lines()
      .then((text) => readLines(text, chunk))
      .then(({ meta, index }) => ({ index, actors: meta.actors })));

  const asked = parseFilter(location.search);
  let filter: ExplorerFilter = new URLSearchParams(location.search).has("page")
    ? asked
    : { ...asked, page: staticPage };
  let previousRun: { filter: ExplorerFilter; result: Exploration } | undefined;
  let latest = 0;

  /** Shows the events that match `wanted`; with `focusEvent`, the page that holds that event. */
  async function update(wanted: ExplorerFilter, focusEvent?: string) {
    const call = ++latest;
    const data = await load();
    if (call !== latest) return; // a later change of the reader's wins
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
    draw(parts, form, data, result, filter, pageSize);
    const url = new URL(location.href);
    url.search = withFilter(url.search, filter);
    if (url.href !== location.href) history.replaceState(history.state, "", url.href);
    performance.measure("explorer-update", "explorer-update");
  }

  /** Opens the event a hash points to: the page that holds it, clearing a filter that hides it. */
  async function follow(): Promise<boolean> {
    const id = eventIdFromHash(location.hash, form.lang);
    if (!id) return false;
    const data = await load();
    if (!data.index.some(({ event }) => event.id === id)) return false;
    const hidden = !explore(data.index, filter).matches.some((entry) => entry.event.id === id);
    await update(hidden ? EMPTY_FILTER : filter, id);
    const item = document.getElementById(eventAnchor(id, form.lang));
    item?.scrollIntoView({ block: "start" });
    item?.focus({ preventScroll: true });
    return true;
  }

  listen(parts, { update, follow, current: () => filter, top: section, invalidation });
  const hash = eventIdFromHash(location.hash, form.lang);
  if (hash && !document.getElementById(eventAnchor(hash, form.lang))) {
    if (!(await follow())) await update(filter);
  } else if (FILTER_KEYS.some((key) => new URLSearchParams(location.search).has(key))) {
    await update(filter);
  } else {
    // The built page as it is; every event loads when the reader reaches for the form or the pager.
    const counts = {
      actorCounts: new Map(Object.entries(summary.actors).map(([id, { count }]) => [id, count])),
      kindCounts: new Map(Object.entries(summary.kinds)),
    };
    drawState(parts, form, counts, summary.total, filter, pageSize);
    for (const part of [parts.form, parts.pager])
      for (const type of ["focusin", "pointerdown"])
        part.addEventListener(type, () => void load(), { once: true });
    return { update };
  }
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
    update: (filter: ExplorerFilter) => Promise<void>;
    follow: () => Promise<boolean>;
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
    typing = setTimeout(() => void update(fromForm()), 150);
  });
  parts.form.addEventListener("change", (event) => {
    if (event.target !== parts.q) void update(fromForm());
  });
  parts.form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void update(fromForm());
  });
  parts.form.addEventListener("reset", (event) => {
    event.preventDefault();
    void update(EMPTY_FILTER);
  });
  const turn = (by: number) => {
    void update({ ...current(), page: current().page + by });
    top.scrollIntoView({ block: "start" });
  };
  parts.previous.addEventListener("click", () => turn(-1));
  parts.next.addEventListener("click", () => turn(1));
  const onHash = () => void follow();
  addEventListener("hashchange", onHash);
  invalidation?.then(() => removeEventListener("hashchange", onHash));
}

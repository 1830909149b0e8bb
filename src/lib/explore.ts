/**
 * The data explorer of the sources page: a filter read from and written to the
 * URL's query, the events that match it, and how many events each choice of actor
 * and kind would leave. Pure and DOM-free; it runs in the reader's browser over
 * up to tens of thousands of events, so one pass over the events does it all.
 */
import type { StoryData, StoryEvent } from "./story-types.js";

/** What the explorer shows and searches of an event: what the sources page lists. */
export type ExplorerEvent = Pick<
  StoryEvent,
  | "id"
  | "date"
  | "endDate"
  | "dateLabel"
  | "timeLabel"
  | "timing"
  | "type"
  | "actors"
  | "headline"
  | "summary"
  | "quote"
  | "sources"
>;

/** The first line of the explorer's data: the language and each actor's name. */
export interface ExplorerMeta {
  lang: StoryData["lang"];
  actors: Record<string, { name: string }>;
}

/**
 * The explorer's data as lines of JSON: the meta line, then one event per line, in
 * the story's order. The browser parses a few hundred lines at a time between
 * frames, so that tens of thousands of events never block the page.
 */
export function explorerLines(story: StoryData): string {
  const meta: ExplorerMeta = {
    lang: story.lang,
    actors: Object.fromEntries(Object.entries(story.actors).map(([id, actor]) => [id, { name: actor.name }])),
  };
  const events = story.events.map(
    ({
      id,
      date,
      endDate,
      dateLabel,
      timeLabel,
      timing,
      type,
      actors,
      headline,
      summary,
      quote,
      sources,
    }): ExplorerEvent => ({
      id,
      date,
      endDate,
      dateLabel,
      timeLabel,
      timing,
      type,
      actors,
      headline,
      summary,
      quote,
      sources,
    }),
  );
  return [meta, ...events].map((line) => JSON.stringify(line)).join("\n") + "\n";
}

/** Events per page: the explorer's pages and the sources page's static pages (render/sources-page.ts). */
export const PAGE_SIZE = 50;

/**
 * What the explorer shows before it has read every event: each actor and kind with its
 * number of events, the first and last day, the number of events. The build writes it into
 * the sources page (a few hundred bytes, whatever the number of events), so that the page's
 * first load does not grow with the archive; the events load when the reader filters or turns
 * a page.
 */
export interface ExplorerSummary {
  lang: StoryData["lang"];
  total: number;
  /** Each actor who appears in an event: name and number of events. */
  actors: Record<string, { name: string; count: number }>;
  /** Each kind of event that occurs, with its number of events. */
  kinds: Record<string, number>;
  /** The first and last day (ISO). */
  span: [string, string];
}

export function explorerSummary(story: StoryData): ExplorerSummary {
  const actors: ExplorerSummary["actors"] = {};
  const kinds: ExplorerSummary["kinds"] = {};
  let [first, last] = ["", ""];
  for (const event of story.events) {
    for (const id of event.actors) (actors[id] ??= { name: story.actors[id]?.name ?? id, count: 0 }).count++;
    kinds[event.type] = (kinds[event.type] ?? 0) + 1;
    if (!first || event.date < first) first = event.date;
    if (!last || event.date > last) last = event.date;
  }
  return { lang: story.lang, total: story.events.length, actors, kinds, span: [first, last] };
}

/** The page (1-based) of a list whose first item is number `start` (an <ol start>). */
export const pageOfItem = (start: number, pageSize = PAGE_SIZE) => Math.floor((start - 1) / pageSize) + 1;

/** The static page of the sources page (1-based) that lists each event, by id; `events` in the story's order. */
export function eventPages(events: readonly { id: string }[]): Map<string, number> {
  return new Map(events.map((event, i) => [event.id, pageOfItem(i + 1)]));
}

export interface ExplorerFilter {
  /** An actor's id, or "" for all. */
  actor: string;
  /** An event type, or "" for all. */
  kind: string;
  /** First and last day of the period, ISO dates or "". */
  from: string;
  to: string;
  /** Words that must all occur in the event's text, sources or actors' names. */
  q: string;
  /** 1-based page of the matching events. */
  page: number;
}

export const EMPTY_FILTER: ExplorerFilter = { actor: "", kind: "", from: "", to: "", q: "", page: 1 };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filter in a URL's query (?actor=putin&kind=call&from=2025-07-01&to=…&q=…&page=2); bad values are dropped. */
export function parseFilter(search: string): ExplorerFilter {
  const params = new URLSearchParams(search);
  const text = (name: string) => (params.get(name) ?? "").trim().slice(0, 200);
  const date = (name: string) => (ISO_DATE.test(text(name)) ? text(name) : "");
  const page = Number(params.get("page"));
  return {
    actor: text("actor"),
    kind: text("kind"),
    from: date("from"),
    to: date("to"),
    q: text("q"),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query that parseFilter reads back: only the parts that are set; "" for no filter. */
export function filterSearch(filter: ExplorerFilter): string {
  const params = new URLSearchParams();
  for (const name of ["actor", "kind", "from", "to", "q"] as const)
    if (filter[name].trim()) params.set(name, filter[name].trim());
  if (filter.page > 1) params.set("page", String(filter.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** A URL's query with the filter in it: the filter's own keys replaced, any other key kept (e.g. utm_source). */
export function withFilter(search: string, filter: ExplorerFilter): string {
  const params = new URLSearchParams(search);
  for (const name of ["actor", "kind", "from", "to", "q", "page"]) params.delete(name);
  new URLSearchParams(filterSearch(filter)).forEach((value, name) => params.set(name, value));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Lower case without diacritics, so that "selenskyj" finds "Selenskyj" and "kyiv" finds "Kyïv". */
export const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

export interface IndexedEvent {
  event: ExplorerEvent;
  /** Everything a reader may search for, folded. */
  text: string;
}

/** Prepares an event for filtering: what the reader sees of it, folded once. */
export function indexEvent(event: ExplorerEvent, actors: ExplorerMeta["actors"]): IndexedEvent {
  return {
    event,
    text: fold(
      [
        event.headline,
        event.summary,
        event.dateLabel,
        ...event.actors.map((id) => actors[id]?.name ?? id),
        ...event.sources.flatMap((source) => [source.outlet, source.via]),
      ]
        .filter(Boolean)
        .join(" "),
    ),
  };
}

export interface Exploration {
  matches: IndexedEvent[];
  /** For each actor: how many events match the filter with that actor chosen instead. */
  actorCounts: Map<string, number>;
  /** For each kind: how many events match the filter with that kind chosen instead. */
  kindCounts: Map<string, number>;
}

/** The events that match the filter, and the counts beside each choice, in one pass. */
export function explore(index: IndexedEvent[], filter: ExplorerFilter): Exploration {
  const terms = fold(filter.q).split(/\s+/).filter(Boolean);
  const matches: IndexedEvent[] = [];
  const actorCounts = new Map<string, number>();
  const kindCounts = new Map<string, number>();
  for (const entry of index) {
    const { event } = entry;
    // An event with a span (endDate) is in the period if any of its days is.
    const inPeriod =
      (!filter.from || (event.endDate ?? event.date) >= filter.from) &&
      (!filter.to || event.date <= filter.to);
    if (!inPeriod || !terms.every((term) => entry.text.includes(term))) continue;
    const byActor = !filter.actor || event.actors.includes(filter.actor);
    const byKind = !filter.kind || event.type === filter.kind;
    if (byKind) for (const actor of event.actors) actorCounts.set(actor, (actorCounts.get(actor) ?? 0) + 1);
    if (byActor) kindCounts.set(event.type, (kindCounts.get(event.type) ?? 0) + 1);
    if (byActor && byKind) matches.push(entry);
  }
  return { matches, actorCounts, kindCounts };
}

/** The page that holds the n-th match (0-based), and the number of pages. */
export function pageCount(matches: number, pageSize: number): number {
  return Math.max(1, Math.ceil(matches / pageSize));
}

/**
 * The story's data for one language: events joined with their sources and
 * actors, the derived facts, and labels formatted for the reader. Built at
 * build time by the loaders; the pages and charts receive only this.
 */
import {
  callsZoom,
  coverage,
  deliveryPhases,
  haltPeriods,
  keyStatements,
  POSITIONS_SINCE,
  trumpPutinCalls,
} from "./derive.js";
import { DAY_MS, parseDate } from "./dates.js";
import { formatDate, formatDateRange, formatLocalTimes, shortMonthNames, type Lang } from "./format.js";
import type { Row } from "./schema.js";
import {
  deadlines,
  eventsForSteps,
  overviewSummary,
  type Deadline,
  type DensityBin,
  type OverviewSummary,
  type StepDefinition,
} from "./sequence.js";
import type {
  ActorSummary,
  DeliveryPhase,
  HaltPeriod,
  NumberedCall,
  StoryData,
  StoryEvent,
  StorySource,
} from "./story-types.js";
import { TERM_START } from "./story-window.js";
import { distinctSources } from "./source-policy.js";
import { MESSAGES } from "./i18n/index.js";
import { storyTypesetter, typesetAllButEvents, type StoryTypesetter } from "./typography.js";
import type { Dataset } from "./validate.js";

type Event = Row<"events">;

export type * from "./story-types.js";

/**
 * What the sticky graphic needs to draw and label its marks. The page loads only
 * this (a few KB); the full story, with summaries, quotes and sources, loads when
 * a reader opens an event or nears the charts below the steps.
 */
export type SequenceEvent = Pick<
  StoryEvent,
  | "id"
  | "date"
  | "endDate"
  | "dateLabel"
  | "type"
  | "status"
  | "topic"
  | "headline"
  | "actors"
  | "counterpart"
  | "callNumber"
>;

/** An actor as the sticky graphic's marks need it: the side, and the name where a label says it. */
export type SequenceActor = Pick<ActorSummary, "side"> & Partial<Pick<ActorSummary, "name">>;

export interface SequenceData {
  lang: Lang;
  /** Short month names, January first (formatted here, so that the first load needs no Intl). */
  months: string[];
  meta: Pick<StoryData["meta"], "dataUntil" | "termStart">;
  /**
   * The actors its marks need: the side of each event's first actor (the mark's colour), and the
   * name of Trump's counterparts (the labels). The details panel names every actor from the full
   * story, which it loads anyway.
   */
  actors: Record<string, SequenceActor>;
  events: SequenceEvent[];
  /**
   * The other events of the steps' windows where a row holds more than the graphic shows as dots,
   * counted per day and row (lib/sequence.ts, eventsForSteps); left out where there are none.
   */
  density?: DensityBin[];
  /** The state of US deliveries over time and the halts, for the graphic's delivery band. */
  deliveryPhases: DeliveryPhase[];
  haltPeriods: HaltPeriod[];
  /** Trump's deadlines for Moscow, with the days they ran out. */
  deadlines: Deadline[];
  /** The whole period at a glance, for the overview strip: counts per week and lane. */
  overview: OverviewSummary;
}

/**
 * What the sticky graphic draws on first load. Given the story's steps, its events are
 * only those the steps name and those in their windows, where a window's row holds more than
 * the graphic can show as dots the others counted per day (lib/sequence.ts); the overview
 * summarises every event, so that the first load grows with what the story shows.
 */
export function sequenceData(story: StoryData, steps?: readonly StepDefinition[]): SequenceData {
  const limits: [number, number] = [
    parseDate(story.meta.termStart).getTime(),
    parseDate(story.meta.dataUntil).getTime() + DAY_MS,
  ];
  const deadlineList = deadlines(story.events);
  const { events: shown, density } = steps
    ? eventsForSteps(story.events, steps, limits, deadlineList)
    : { events: story.events, density: [] as DensityBin[] };
  const lastEnd = deadlineList.at(-1)?.ends.at(-1) ?? story.meta.dataUntil;
  return {
    lang: story.lang,
    months: shortMonthNames(story.lang),
    meta: { dataUntil: story.meta.dataUntil, termStart: story.meta.termStart },
    actors: sequenceActors(story.actors, shown),
    events: shown.map(
      ({ id, date, endDate, dateLabel, type, status, topic, headline, actors, counterpart, callNumber }) => ({
        id,
        date,
        endDate,
        dateLabel,
        type,
        status,
        topic,
        headline,
        actors,
        counterpart,
        callNumber,
      }),
    ),
    ...(density.length ? { density } : {}),
    deliveryPhases: story.deliveryPhases,
    haltPeriods: story.haltPeriods,
    deadlines: deadlineList,
    overview: overviewSummary(
      story.events,
      story.meta.termStart,
      lastEnd > story.meta.dataUntil ? lastEnd : story.meta.dataUntil,
    ),
  };
}

/** The actors of the graphic's events as its marks need them (SequenceData.actors). */
function sequenceActors(
  actors: Record<string, ActorSummary>,
  events: readonly Pick<StoryEvent, "actors" | "counterpart">[],
): Record<string, SequenceActor> {
  const named = new Set<string>(events.flatMap((event) => event.counterpart ?? []));
  const first = new Set(events.flatMap((event) => event.actors.slice(0, 1)));
  return Object.fromEntries(
    Object.entries(actors)
      .filter(([id]) => named.has(id) || first.has(id))
      .map(([id, { name, side }]) => [id, named.has(id) ? { name, side } : { side }]),
  );
}

export function buildStory(data: Dataset, lang: Lang): StoryData {
  const events = data.events.rows;
  // Each text is typeset as it is built: one object per event and source, not a plain one and a typeset copy.
  const set = storyTypesetter(lang);
  const { from: dataFrom, until: dataUntil } = coverage(events);
  const phases = deliveryPhases(events, dataUntil);
  const updated = data.corrections.rows.reduce((last, row) => (row.date > last ? row.date : last), dataUntil);
  const storyEvents = toStoryEvents(events, sourcesByEvent(data.sources.rows, set), set);
  const sources = distinctSources(data.sources.rows);

  return typesetAllButEvents(
    {
      lang,
      meta: {
        updated,
        updatedLabel: formatDate(updated, lang),
        dataUntil,
        dataUntilLabel: formatDate(dataUntil, lang),
        dataFrom,
        termStart: TERM_START,
        positionsSince: POSITIONS_SINCE,
        eventCount: events.length,
        sourceCount: sources.count,
        sourcesByKind: sources.byKind,
      },
      actors: Object.fromEntries(
        data.actors.rows.map((actor) => [
          actor.id,
          {
            id: actor.id,
            name: inLang(actor, "name", lang),
            role: inLang(actor, "role", lang),
            side: actor.side,
          },
        ]),
      ),
      events: storyEvents,
      deliveryPhases: phases,
      haltPeriods: haltPeriods(phases),
      callsZoom: callsZoom(events, phases),
      keyStatements: keyStatements(events, data.actors.rows, haltPeriods(phases), POSITIONS_SINCE),
      systems: data.systems.rows.map((row) => ({
        eventId: row.event_id,
        system: inLang(row, "system", lang),
        category: row.category,
        quantity: inLang(row, "quantity", lang),
        reportedBy: inLang(row, "reported_by", lang),
      })),
      factchecks: data.factchecks.rows.map((row) => ({
        id: row.id,
        title: inLang(row, "title", lang),
        claim: inLang(row, "claim", lang),
        finding: inLang(row, "finding", lang),
        verdict: row.verdict,
        verdictLabel: `${MESSAGES[lang].verdict.label}: ${MESSAGES[lang].verdict.values[row.verdict]}`,
        eventIds: row.event_ids,
      })),
      corrections: [...data.corrections.rows]
        .sort((a, b) => b.date.localeCompare(a.date))
        .map((row) => ({
          date: row.date,
          dateLabel: formatDate(row.date, lang),
          text: inLang(row, "text", lang),
        })),
    },
    set,
  );
}

/**
 * The join of events and their sources: an index by event id (a Map is many
 * times faster than arquero's groupby on 100k distinct keys; see bench:data).
 */
function sourcesByEvent(rows: readonly Row<"sources">[], set: StoryTypesetter): Map<string, StorySource[]> {
  const byEvent = new Map<string, StorySource[]>();
  for (const row of rows) {
    const list = byEvent.get(row.event_id);
    if (list) list.push(toStorySource(row, set));
    else byEvent.set(row.event_id, [toStorySource(row, set)]);
  }
  return byEvent;
}

/** The events in the story's order (by date, then time), with their sources and call numbers. */
function toStoryEvents(
  events: readonly Event[],
  sources: Map<string, StorySource[]>,
  set: StoryTypesetter,
): StoryEvent[] {
  const { lang } = set;
  const calls = new Map(trumpPutinCalls(events).map((call) => [call.id, call]));
  // Events share their days: each day's label is formatted and typeset once, looked up by the date itself.
  const dayLabels = new Map<string, string>();
  const dateLabel = (event: Event) => {
    if (event.end_date !== undefined) return set.label(formatDateRange(event.date, event.end_date, lang));
    let label = dayLabels.get(event.date);
    if (label === undefined)
      dayLabels.set(event.date, (label = set.label(formatDateRange(event.date, undefined, lang))));
    return label;
  };
  return [...events]
    .sort((a, b) => compare(a.date, b.date) || compare(a.time ?? "", b.time ?? ""))
    .map((event) =>
      toStoryEvent(event, set, dateLabel(event), sources.get(event.id) ?? [], calls.get(event.id)),
    );
}

/** One event as the reader sees it, its texts typeset in the reader's language. */
function toStoryEvent(
  event: Event,
  set: StoryTypesetter,
  dateLabel: string,
  sources: StorySource[],
  call: NumberedCall | undefined,
): StoryEvent {
  const { lang } = set;
  return {
    id: event.id,
    date: event.date,
    endDate: event.end_date,
    dateLabel,
    timeLabel:
      event.time && event.tz
        ? set.label(formatLocalTimes(event.date, event.time, event.tz, lang))
        : undefined,
    timing: set.maybeLabel(inLang(event, "timing", lang)),
    precision: event.date_precision,
    type: event.type,
    status: event.status,
    actors: event.actors,
    counterpart: counterpartOf(event),
    topic: event.topic,
    headline: set.text(inLang(event, "headline", lang)),
    summary: set.text(inLang(event, "summary", lang)),
    quote: event.quote
      ? set.quote({
          text: event.quote,
          lang: event.quote_lang!,
          translation: event.quote_lang === lang ? undefined : inLang(event, "quote", lang),
          speaker: event.quote_speaker!,
          printedBy: sources.find((source) => source.url === event.quote_source)?.outlet ?? "",
          printedUrl: event.quote_source!,
          originalLang: event.quote_original_lang!,
          translator: event.quote_translator && translatorName(event.quote_translator, lang),
        })
      : undefined,
    deliveryStatus: event.delivery_status,
    deadlineDays: event.deadline_days,
    deadlineUntil: event.deadline_until,
    confidence: event.confidence,
    figureConfidence: event.figure_confidence,
    notes: set.maybe(inLang(event, "notes", lang)),
    sources,
    callNumber: call?.callNumber,
    daysSincePreviousCall: call?.daysSincePrevious,
  };
}

/**
 * A text column in the reader's language: `headline` of an event is headline_de or headline_en.
 * A language without its column in the schema fails to type-check here.
 */
function inLang<F extends string, R extends { [K in `${F}_${Lang}`]: unknown }>(
  row: R,
  field: F,
  lang: Lang,
): R[`${F}_${Lang}`] {
  // The column's name is made once per field and language: a name concatenated anew per row
  // would be looked up in V8's string table each time (a tenth of buildStory at 100k events).
  let names = COLUMN_NAMES.get(lang);
  if (!names) COLUMN_NAMES.set(lang, (names = new Map()));
  let name = names.get(field) as `${F}_${Lang}` | undefined;
  if (name === undefined) names.set(field, (name = `${field}_${lang}`));
  return row[name];
}

/** Per language, each field's column name. */
const COLUMN_NAMES = new Map<Lang, Map<string, string>>();

/** A translator in the page's language: a description (quote_translator "Russian agencies") translated, a name as it is. */
function translatorName(translator: string, lang: Lang): string {
  const names: Record<string, string> = MESSAGES[lang].quotation.translatorNames;
  return names[translator] ?? translator;
}

/** ISO dates and times sort as plain strings; localeCompare would be slow and locale-dependent. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function counterpartOf(event: Event): StoryEvent["counterpart"] {
  if (event.type !== "call" && event.type !== "meeting") return undefined;
  if (!event.actors.includes("trump")) return undefined;
  if (event.actors.includes("putin")) return "putin";
  if (event.actors.includes("zelensky")) return "zelensky";
  return undefined;
}

function toStorySource(row: Row<"sources">, set: StoryTypesetter): StorySource {
  return {
    outlet: row.outlet,
    via: set.maybeLabel(inLang(row, "via", set.lang)),
    relation: row.relation,
    url: row.url,
    kind: row.kind,
    language: row.language,
  };
}

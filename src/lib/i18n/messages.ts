/**
 * What every language must say: the type each dictionary (de.ts, en.ts, …)
 * satisfies, so that a word missing in one language fails to type-check.
 * Text from the data comes in the data's own columns (headline_de, headline_en, …).
 */
import type {
  Confidence,
  DeliveryStatus,
  EventType,
  Language,
  SourceKind,
  Topic,
  Verdict,
} from "../vocabularies.js";

/** The time zones whose clocks an event's time is given in ("10 Uhr in Washington, …"). */
export const PLACE_ZONES = ["America/New_York", "Europe/Berlin", "Europe/Kyiv", "Europe/Moscow"] as const;
export type PlaceZone = (typeof PLACE_ZONES)[number];

/** A sentence's first word with a capital: "zwei" → "Zwei". */
export const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The calls chart's own words (src/components/CallsChart.ts). */
export interface CallsWords {
  /** The longest short month name, for the room a month tick needs: "Sept." / "Sept". */
  widestMonth: string;
  title: (trump: string, putin: string, zelensky: string) => string;
  svgLabel: (title: string, range: string) => string;
  zoomTitle: (range: string) => string;
  numberLegend: (putin: string) => string;
  notHeldLegend: string;
  calls: (n: number, trump: string, putin: string, numbered: boolean) => string;
  /** "sowie Trumps Telefonate und Treffen mit Selenskyj", `until` the last day the data holds one, where that is before the chart's end. */
  others: (trump: string, zelensky: string, until?: string) => string;
  notHeld: (n: number, type: string, marked: boolean) => string;
  zoom: (range: string) => string;
  binHeadline: (n: number, counterpart: string) => string;
  binMore: (n: number) => string;
  binLegend: string;
  overviewBins: (days: number, last: number) => string;
  binned: (overview: string | undefined, zoom: boolean) => string;
}

/** The deliveries chart's own words (src/components/DeliveriesChart.ts). */
export interface DeliveriesWords {
  title: string;
  overview: string;
  zoom: string;
  days: (n: number) => string;
  /** A halt that ended by an announcement only reports confirm: its days and what they run to ("6 Tage bis zur angekündigten Kehrtwende"). */
  daysUntilAnnounced: (days: string) => string;
  /** The same, shortest. */
  daysUntilAnnouncedShort: (days: string) => string;
  /** The phase after such a halt: the announcement, and from when reports say deliveries ran again. */
  announced: string;
  /** The same, shortest ("angekündigt"), beside the halt's days. */
  announcedShort: string;
  /** The key's name for a resumption that is only reported, not confirmed (its own fill). */
  reportedKey: string;
  reportedFrom: (date: string) => string;
  decision: string;
  decisionInfo: string;
  systemsTitle: string;
  systemsNote: string;
  phases: string;
  status: string;
  from: string;
  to: string;
  toNote: string;
  haltDays: string;
  decisions: string;
  /** How the zoom's day labels write a date (Intl options, in `locale`): "3.7." / "3 Jul". */
  shortDate: Intl.DateTimeFormatOptions;
  caption: string;
}

/** The rows of the positions chart: the speakers' sides, Europe and NATO in one. */
export type PositionRow = "us" | "ukraine" | "russia" | "west" | "other";

/** The positions chart's own words (src/components/PositionsChart.ts). */
export interface PositionsWords {
  rows: Record<PositionRow, string>;
  title: string;
  caption: (since: string, phone: boolean) => string;
  /** The heading of a group of key statements, from the day (formatted) of its moment. */
  group: Record<"halt_start" | "halt_end" | "latest", (date: string) => string>;
  halt: string;
  tableCaption: string;
  speaker: string;
  quote: string;
}

/** The words of the charts and the boxes around them (src/components/labels.ts hands them out as LABELS). */
export interface ChartWords {
  topic: Record<Topic, string>;
  type: Record<EventType, string>;
  confidence: Record<Confidence, string>;
  delivery: Record<DeliveryStatus, string>;
  notHeld: string;
  sources: string;
  source: string;
  confidenceLabel: string;
  /** Confidence in the figures and details where it is lower than the event's. */
  figureConfidenceLabel: string;
  close: string;
  date: string;
  event: string;
  actors: string;
  callNumber: (n: number) => string;
  /** A contact's name as a screen reader says it: "6. Telefonat mit Putin" / "Call 6 with Putin" (the number shown on the mark as a word of its own, WCAG 2.5.3), "Treffen mit Selenskyj". */
  contactName: (type: string, counterpart: string, n?: number) => string;
  /** A statement's number on its mark and card: "Äußerung 3" / "Statement 3". */
  statementNumber: (n: number) => string;
  /** The disclosure that shows a quote's translation. */
  daysSince: (n: number) => string;
  tableSummary: string;
  keyboardHint: string;
  reported: string;
  quantity: string;
  system: string;
  reportedBy: string;
  eventLink: string;
  loading: string;
  loadFailed: string;
  loadFailedLink: string;
  chartFailed: string;
  retry: string;
  calls: CallsWords;
  deliveries: DeliveriesWords;
  positions: PositionsWords;
}

/** The rows of the sticky graphic (src/components/sequence/rows.ts). */
export type SequenceRow = "putin" | "zelensky" | "weapons" | "deadline" | "statements" | "attacks" | "talks";

/** The sticky graphic's own words (src/components/SequenceChart.ts and sequence/). */
export interface SequenceWords {
  /** The graphic's name for screen readers: "Zeitleiste der Ereignisse". */
  label: string;
  rows: Record<SequenceRow, string>;
  /** Day and short month name: "3. Juli" / "3 Jul". */
  dayMonth: (day: number, monthName: string) => string;
  /** An axis label with its year, for the first tick: "30. Juni 2025", "März 2025" / "30 Jun 2025". */
  withYear: (label: string, year: number) => string;
  /** A day tick after one that names its month: "4." / "4". */
  dayOnly: (day: number) => string;
  /** A deadline's label: its days and the day it ran out ("50 Tage, bis 2. Sept." / "50 days, to 2 Sep"). */
  deadline: (days: string, end: string) => string;
  /** Days of a deadline, given as "50" or "10 oder 12": "50 Tage", "10 oder 12 Tage" / "50 days". */
  deadlineDays: (days: string) => string;
  /** Between alternatives: "7. oder 9. Aug." / "7 or 9 Aug". */
  or: string;
  /** The key of the graphic: what each colour, fill and sign means. */
  key: {
    /** The graphic's key, for screen readers. */
    label: string;
    sides: Record<"us" | "russia" | "ukraine" | "europe" | "nato" | "other", string>;
    /** Grey marks: context, not in focus. */
    context: string;
    /** Grey bars: where a row holds more events than dots can show, the others counted per day or week. */
    density: Record<"day" | "week", string>;
    /** The number inside a Putin call: which call it was. */
    callNumber: string;
    notHeld: string;
    deadline: string;
    /** The delivery band's fills, short (the row's name says they are the US deliveries). */
    delivery: Record<"flowing" | "halted_all" | "halted_partly" | "reported" | "nato_purchases", string>;
  };
  /** The overview strip's name: "Überblick: 20. Januar bis 9. August 2025". */
  overview: string;
  call: (n: number | undefined, name: string) => string;
  /** A numbered call without the name, where the lane names it and room is short: "6. Telefonat" / "6th call". */
  callShort: (n: number) => string;
  meeting: (name: string) => string;
  notHeld: string;
  shows: string;
  highlighted: string;
  to: string;
  all: string;
  details: string;
}

/** The boxes from data, the sources page and its explorer (src/components/sections.ts, explorer.ts). */
export interface SectionsWords {
  claim: string;
  finding: string;
  see: string;
  kinds: Record<SourceKind, string>;
  required: string;
  optional: string;
  requiredHeader: string;
  codebookOf: string;
  column: string;
  allowed: string;
  meaning: string;
  file: string;
  // The sources-and-data page and its explorer.
  page: string;
  pageIntro: (events: number, sources: number) => string;
  /** A copy of record, an agency's text run unchanged by an outlet: "AP via Dayton Daily News". */
  copyOf: (agency: string, outlet: string) => string;
  /** A report of the outlet's own that rests on another newsroom's: "LIGA.net, citing NBC News". */
  citing: (outlet: string, newsroom: string) => string;
  /** The sources by kind, as the sources page counts them from the data. */
  sourceKinds: (counts: Record<SourceKind, number>) => string;
  updated: string;
  dataUntil: string;
  backToStory: string;
  events: string;
  eventsNote: string;
  codebook: string;
  codebookNote: string;
  download: string;
  downloadNote: string;
  tables: Record<string, string>;
  datapackage: string;
  filter: string;
  search: string;
  actor: string;
  allActors: string;
  kind: string;
  allKinds: string;
  from: string;
  to: string;
  reset: string;
  count: (shown: number, all: number) => string;
  none: string;
  pages: string;
  previous: string;
  next: string;
  pageOf: (page: number, pages: number) => string;
}

/** The step navigation of the story (src/components/scrolly.ts). */
export interface ScrollyWords {
  back: string;
  next: string;
  share: string;
  copied: string;
  status: (i: string, n: number) => string;
  nav: string;
}

/** The sources-and-data page (src/render/sources-page.ts). */
export interface SourcesPageWords {
  /** Its file, relative to the language's story page: "quellen.html". */
  file: string;
  /** The ids of its sections. */
  ids: {
    events: string;
    codebook: string;
    data: string;
    factchecks: string;
    method: string;
    corrections: string;
  };
  /** A count of sources of one kind, as the method note lists them: "93 Presseberichte". */
  kindCount: Record<SourceKind, (n: number) => string>;
  /** The word before the last item of a list: "a, b und c". */
  and: string;
  /** A fact check's verdict in the step it belongs to (render/page.ts): its label and the link to the full check. */
  factcheck: { label: string; more: string };
}

/** The chart pages for other sites' iframes (src/render/embed-page.ts). */
export interface EmbedWords {
  titles: Record<"calls" | "deliveries" | "positions", string>;
  credit: string;
  back: string;
}

/** The languages a quote can be printed or spoken in. */
type QuoteLang = Language;

/** How a quote says who printed and who translated it (src/components/quotation.ts). */
export interface QuotationWords {
  /** Our translation of words printed in `from`: "eigene Übersetzung aus dem Englischen". */
  ours: (from: QuoteLang) => string;
  /** Our translation of a version that `translator` translated into `lang`: "eigene Übersetzung der englischen Fassung von Reuters". */
  oursOfTranslation: (lang: QuoteLang, translator: string) => string;
  /** Words printed in the reader's language, translated by someone else: "übersetzt von Reuters aus dem Russischen", "English version from Reuters (the original is in Russian)". */
  translatedBy: (translator: string, from: QuoteLang) => string;
  /** Words printed in the reader's language and the speaker's: who printed them, "as printed by LEX18". */
  printedBy: (outlet: string) => string;
  /** Where the printer is not the translator, who printed the translation: ", zitiert von WION". */
  quotedBy: (outlet: string) => string;
  /**
   * A translator named by a description rather than a name (quote_translator "Russian agencies"),
   * in this language and in the case the notes above need; a name stands as it is.
   */
  translatorNames: Record<string, string>;
  /** The button that opens the printed words: "Wortlaut bei LEX18 (Englisch)"; `own`: they are the speaker's own. */
  original: (outlet: string, lang: QuoteLang, own: boolean) => string;
  /** The sources page, under a quoted event: "Zitat im Wortlaut von LEX18 (Englisch)". */
  wording: (outlet: string, lang: QuoteLang) => string;
}

export interface Messages {
  /** How quotes name who printed and who translated them. */
  quotation: QuotationWords;
  /** The language's name in itself, as a link to its edition says it: "Deutsch". */
  languageName: string;
  /** The newsroom that signs the story, and its credits (src/lib/publisher.ts). */
  publisher: { name: string; credits: string };
  sequence: SequenceWords;
  sections: SectionsWords;
  scrolly: ScrollyWords;
  sourcesPage: SourcesPageWords;
  embed: EmbedWords;
  /** The locale Intl formats dates in: "de-DE". */
  locale: string;
  /** The same for Open Graph: "de_DE". */
  ogLocale: string;
  /** Where this language's edition of the story is published, from the site's root: "/", "/en/". */
  edition: string;
  /** The first word of an event's anchor on the page: #ereignis-2025-07-03-… */
  eventAnchor: string;
  /** The story as a shared link shows it (title, description) and its preview image's text alternative. */
  /**
   * title: the headline as shared (the page's <title>); series: the investigation's name, which embeds carry;
   * imageAlt: the preview image's text alternative, with the days the calls chart enlarges (formatted), if any.
   */
  story: { title: string; series: string; description: string; imageAlt: (enlarged?: string) => string };
  /** The fact check's verdict on a claim: "Urteil: falsch" / "Verdict: false". */
  verdict: { label: string; values: Record<Verdict, string> };
  /** The evidence links after a sentence of the story: "Beleg 1: …". */
  evidence: string;
  /** The sticky graphic's static copy, for readers without JavaScript. */
  sequenceAlt: string;
  /**
   * Where a sentence of the story ends (src/lib/evidence.ts): at . ! ? (and a closing quote
   * or an evidence marker [[…]]) before a space and a capital or an opening quote.
   */
  sentenceEnd: RegExp;
  /** Opening and closing quotation marks. */
  quotes: [string, string];
  /** A day of the month on its own, as a date writes it: "3." / "3". */
  dayOfMonth: (day: number) => string;
  /** A short date from day, month (1-12) and the month's short name, as an axis or a label writes it: "3.7." / "3 Jul". */
  shortDate: (day: number, month: number, monthName: string) => string;
  /** The sticky graphic's name for screen readers: "Zeitleiste aller Ereignisse". */
  timelineLabel: string;
  /** The first day of a range within one month, before the whole last date: "23.–" / "23–". */
  rangeStart: (day: number) => string;
  /** A time of day from hours and minutes (two digits each): "10 Uhr", "10.30 Uhr" / "10:00". */
  clock: (hours: string, minutes: string) => string;
  /** The last link of a list: " und " / " and ". */
  and: string;
  /** The places of PLACE_ZONES, as this language names them. */
  places: Record<PlaceZone, string>;
  /** "erste" … "zwölfte": ordinals up to twelve in words, first first. */
  ordinals: string[];
  /** An ordinal beyond the words: "13." / "13th". */
  ordinalDigits: (n: number) => string;
  /** "null" … "zwölf": cardinals up to twelve in words, zero first. */
  cardinals: string[];
  /** A chart's source line: "Quellen: …  u. a.; eigene Auswertung · Daten bis …". */
  sourceLine: { more: string; own: string; until: string };
  chart: ChartWords;
}

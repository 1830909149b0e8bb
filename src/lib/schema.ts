/**
 * The one schema of the data in data/*.csv.
 *
 * Every column is declared once here, with its zod schema, whether it is
 * required, what an editor may write into it and what it means. Validation
 * (validate.ts), the TypeScript types (below), the codebook (codebook.ts) and
 * the data package description all derive from these declarations.
 */
/* eslint-disable house/word-table -- the codebook's column descriptions: bilingual documentation of
   the data's schema, beside the rules it describes. */
import { z } from "zod";
import { outsideWindow } from "./story-window.js";
import {
  CONFIDENCES,
  DATE_PRECISIONS,
  DELIVERY_STATUSES,
  EVENT_STATUSES,
  EVENT_TYPES,
  HOST_KINDS,
  LANGUAGES,
  SIDES,
  SOURCE_KINDS,
  SOURCE_RELATIONS,
  SYSTEM_CATEGORIES,
  TOPICS,
  VERDICTS,
} from "./vocabularies.js";

export type TableName = "events" | "actors" | "sources" | "hosts" | "systems" | "factchecks" | "corrections";

export interface ColumnSpec {
  /** Parses the raw CSV cell (always a string) into its typed value. */
  schema: z.ZodType;
  required: boolean;
  /** What may stand in the cell, in words an editor understands (in validation messages and data/README.md). */
  allowed: string;
  /** What the column means, for the codebook. */
  description: string;
  /** The same two in German, for the codebook on the German page. */
  de: { allowed: string; description: string };
  /** The allowed values of an enumeration. */
  values?: readonly string[];
  /** Values that must exist as the id of another table. */
  ref?: TableName;
  /** The cell holds a list separated by semicolons. */
  list?: boolean;
  /** The type of the column in the data package (Frictionless). */
  type: "string" | "date" | "time" | "integer";
  /**
   * A quick test of a trimmed, non-empty cell: true only where the schema accepts the value
   * and returns it unchanged (tests/schema.test.ts holds every column to that). Validation
   * then takes the value without calling zod, which costs more than the test at 100k rows;
   * zod still parses, and words the message for, every value the test does not accept.
   */
  accepts?: (value: string) => boolean;
  /** The least value of a number column (0 for a count). */
  minimum?: number;
  /**
   * How a spreadsheet with German locale settings writes a value of this column (a date as
   * 12.02.2025, a number as 1.234 or 2,5): a file with many such cells is reported once, as
   * exported with those settings, rather than cell by cell (validate.ts).
   */
  local?: { test: (value: string) => boolean; example: string };
}

export const LIST_SEPARATOR = ";";

/**
 * Whether a column must be filled in. The validator trims every cell and passes
 * a blank one as undefined, which an optional column accepts.
 */
type Required = { required?: boolean };
type Typed<S extends z.ZodType<unknown, string>, O extends Required> = ColumnSpec & {
  schema: z.ZodType<O extends { required: false } ? z.output<S> | undefined : z.output<S>>;
};

/** A text in English and German. */
type Words = { en: string; de: string };

function column<S extends z.ZodType<unknown, string>, O extends Required = {}>(
  schema: S,
  spec: Omit<ColumnSpec, "schema" | "required" | "type" | "allowed" | "description" | "de"> &
    O & { type?: ColumnSpec["type"]; allowed: Words; description: Words },
): Typed<S, O> {
  const { allowed, description, ...rest } = spec;
  const required = spec.required ?? true;
  return {
    ...rest,
    required,
    type: spec.type ?? "string",
    allowed: allowed.en,
    description: description.en,
    de: { allowed: allowed.de, description: description.de },
    schema: required ? schema : schema.optional(),
  } as Typed<S, O>;
}

/** Whether a YYYY-MM-DD string names a day of the calendar (no 30 February). */
function isRealDate(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const knownTimeZones = new Map<string, boolean>();

function isTimeZone(name: string): boolean {
  let known = knownTimeZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: name });
      known = name.includes("/");
    } catch {
      known = false;
    }
    knownTimeZones.set(name, known);
  }
  return known;
}

const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

const idSchema = z.string().regex(ID_PATTERN, "is not a valid id");
const isId = (value: string) => ID_PATTERN.test(value);
/** One message per cell: what is wrong with the date and, for a spreadsheet's local format, the fix. */
export function dateProblem(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isRealDate(value) ? undefined : "is not a date that exists";
  const local = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})$/.exec(value);
  if (local) {
    const [, day, separator, month, year] = local;
    const iso = `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
    const kind = separator === "." ? "a German date (TT.MM.JJJJ)" : "a date in day/month/year order";
    return isRealDate(iso)
      ? `is ${kind}, as a spreadsheet saves it: write ${iso}; format the column as text before saving`
      : `is ${kind} that does not exist`;
  }
  return "is not an ISO date (YYYY-MM-DD)";
}
/** A date as a spreadsheet with German (or day/month/year) locale settings writes it. */
const LOCAL_DATE = /^\d{1,2}[./]\d{1,2}[./](\d{4}|\d{2})$/;
const dateSchema = z.string().superRefine((value, context) => {
  const problem = dateProblem(value);
  if (problem) context.addIssue({ code: "custom", message: problem });
});
/** http(s), a host, no spaces: what a reader's browser can open (URL.canParse would double the cost). */
const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const urlSchema = z.string().regex(URL_PATTERN, "is not an http(s) link");
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const listOf = (item: z.ZodType<string, string>, what: string) =>
  z
    .string()
    .transform((value) =>
      value
        .split(LIST_SEPARATOR)
        .map((part) => part.trim())
        .filter((part) => part !== ""),
    )
    .pipe(z.array(item).min(1, `needs at least one ${what}`));

/** A text of at most `max` characters; the message says how long the value is. */
const maxLength = (max: number) =>
  z.string().superRefine((value, context) => {
    if (value.length > max)
      context.addIssue({
        code: "custom",
        message: `is ${value.length} characters long, ${value.length - max} more than the ${max} allowed`,
      });
  });

const text = <O extends Required = {}>(description: Words, options: O & { max?: number } = {} as O) =>
  column<z.ZodString, O>(options.max ? maxLength(options.max) : z.string(), {
    ...options,
    description,
    accepts: options.max ? (value) => value.length <= options.max! : () => true,
    allowed: options.max
      ? { en: `text of at most ${options.max} characters`, de: `Text mit höchstens ${options.max} Zeichen` }
      : { en: "any text", de: "beliebiger Text" },
  });

const oneOf = <const T extends readonly [string, ...string[]], O extends Required = {}>(
  values: T,
  description: Words,
  options: O = {} as O,
) =>
  // No quick test: validation remembers each value's result, which hands every row the same
  // string for a value (one object per value, not one per cell, to keep and to collect).
  column<z.ZodEnum<{ [K in T[number]]: K }>, O>(
    z.enum(values, { error: "is not one of the allowed values" }),
    {
      ...options,
      description,
      values,
      allowed: { en: `one of ${values.join(", ")}`, de: `einer der Werte ${values.join(", ")}` },
    },
  );

const id = (description: Words, example: string) =>
  column(idSchema, {
    description,
    accepts: isId,
    allowed: {
      en: `lowercase letters, digits, hyphens and underscores, e.g. ${example}`,
      de: `Kleinbuchstaben, Ziffern, Binde- und Unterstriche, z. B. ${example}`,
    },
  });

const ref = <O extends Required = {}>(table: TableName, description: Words, options: O = {} as O) =>
  column<typeof idSchema, O>(idSchema, {
    ...options,
    description,
    accepts: isId,
    ref: table,
    allowed: { en: `the id of a row in ${table}.csv`, de: `die id einer Zeile in ${table}.csv` },
  });

const refList = (table: TableName, description: Words) =>
  column(listOf(idSchema, "id"), {
    description,
    ref: table,
    list: true,
    allowed: {
      en: `ids of rows in ${table}.csv, separated by "${LIST_SEPARATOR}"`,
      de: `ids von Zeilen in ${table}.csv, getrennt durch „${LIST_SEPARATOR}“`,
    },
  });

const date = <O extends Required = {}>(description: Words, options: O = {} as O) =>
  column<typeof dateSchema, O>(dateSchema, {
    ...options,
    description,
    type: "date",
    local: { test: (value) => LOCAL_DATE.test(value), example: "dates like 12.02.2025" },
    allowed: {
      en: "an ISO date that exists, YYYY-MM-DD, e.g. 2025-07-03",
      de: "ein gültiges Kalenderdatum im ISO-Format JJJJ-MM-TT, z. B. 2025-07-03",
    },
  });

/** A whole number as a spreadsheet with German locale settings writes it: 1.234 (thousands) or 2,5. */
const LOCAL_NUMBER = /^-?\d{1,3}(?:\.\d{3})+$|^-?\d+,\d+$/;
const INTEGER_PATTERN = /^-?\d+$/;

const integerSchema = (minimum: number | undefined) =>
  z
    .string()
    .superRefine((value, context) => {
      const problem = !INTEGER_PATTERN.test(value)
        ? LOCAL_NUMBER.test(value)
          ? "is written with a thousands separator or a decimal comma: write the digits alone, e.g. 1234"
          : "is not a whole number"
        : minimum !== undefined && Number(value) < minimum
          ? `is less than ${minimum}`
          : undefined;
      if (problem) context.addIssue({ code: "custom", message: problem });
    })
    .transform(Number);

/**
 * A whole number (digits, a minus sign before them where `minimum` allows it), for a number
 * column: parsed to a number, typed as one in Row, "integer" in the data package.
 */
export const integer = <O extends Required = {}>(
  description: Words,
  options: O & { minimum?: number } = {} as O,
) =>
  column<ReturnType<typeof integerSchema>, O>(integerSchema(options.minimum), {
    ...options,
    description,
    type: "integer",
    local: { test: (value) => LOCAL_NUMBER.test(value), example: "numbers like 1.234 or 2,5" },
    allowed:
      options.minimum === undefined
        ? { en: "a whole number in digits, e.g. 12", de: "eine ganze Zahl in Ziffern, z. B. 12" }
        : {
            en: `a whole number of at least ${options.minimum}, in digits, e.g. 12`,
            de: `eine ganze Zahl ab ${options.minimum}, in Ziffern, z. B. 12`,
          },
  });

/** How many of something: a whole number, 0 or more (the drones of an attack night). */
export const count = <O extends Required = {}>(description: Words, options: O = {} as O) =>
  integer<O>(description, { ...options, minimum: 0 });

/** Days as whole numbers of at least 1, separated by ";" (a deadline of "10 or 12 days": 10;12). */
const DAYS_PATTERN = /^[1-9]\d*$/;
const dayList = <O extends Required = {}>(description: Words, options: O = {} as O) =>
  column(
    listOf(z.string().regex(DAYS_PATTERN, "is not a whole number of days (1 or more)"), "number").transform(
      (days) => days.map(Number),
    ),
    {
      ...options,
      description,
      list: true,
      allowed: {
        en: `whole numbers of days (1 or more), separated by "${LIST_SEPARATOR}", e.g. 50 or 10;12`,
        de: `ganze Zahlen von Tagen (ab 1), getrennt durch „${LIST_SEPARATOR}“, z. B. 50 oder 10;12`,
      },
    },
  );

// Tables -----------------------------------------------------------------------

export const columns = {
  events: {
    id: id(
      {
        en: "Stable id of the event; never change it once published (links point to it).",
        de: "Feste Kennung des Ereignisses; nach der Veröffentlichung nie mehr ändern (Links verweisen darauf).",
      },
      "2025-07-03-trump-putin-call",
    ),
    date: date({
      en: "Date of the event (local date where it happened); for ranges the first day.",
      de: "Datum des Ereignisses nach Ortszeit am Ort des Geschehens; bei Zeiträumen der erste Tag.",
    }),
    end_date: date(
      {
        en: "Last day of an event that spans several days (date_precision range).",
        de: "Letzter Tag eines mehrtägigen Ereignisses (date_precision range).",
      },
      { required: false },
    ),
    time: column(z.string().regex(TIME_PATTERN, "is not a time HH:MM"), {
      accepts: (value) => TIME_PATTERN.test(value),
      description: {
        en: "Local start time where it is known; needs tz.",
        de: "Uhrzeit des Beginns nach Ortszeit, sofern bekannt; nur zusammen mit tz.",
      },
      required: false,
      type: "time",
      allowed: {
        en: "a 24-hour time HH:MM, e.g. 10:00",
        de: "eine Uhrzeit HH:MM im 24-Stunden-Format, z. B. 10:00",
      },
    }),
    tz: column(z.string().refine(isTimeZone, "is not an IANA time zone"), {
      description: {
        en: "IANA time zone of time, e.g. America/New_York for Washington.",
        de: "IANA-Zeitzone der Uhrzeit in time, z. B. America/New_York für Washington.",
      },
      required: false,
      allowed: {
        en: "an IANA time zone, e.g. America/New_York, Europe/Moscow, Europe/Kyiv",
        de: "eine IANA-Zeitzone, z. B. America/New_York, Europe/Moscow, Europe/Kyiv",
      },
    }),
    date_precision: oneOf(DATE_PRECISIONS, {
      en: "How exact the date is: day; overnight (began the evening before date); range (date to end_date); approximate; reported (the date of the first report, the event's own date is unclear).",
      de: "Wie genau das Datum ist: day (taggenau); overnight (begann am Abend vor date); range (von date bis end_date); approximate (ungefähr); reported (Datum der ersten Meldung, das Datum des Ereignisses selbst ist unklar).",
    }),
    timing_de: text(
      {
        en: "When in the day, in German words (e.g. 'vormittags in Washington'); needs timing_en.",
        de: "Tageszeit in Worten, auf Deutsch (z. B. „vormittags in Washington“); nur zusammen mit timing_en.",
      },
      { required: false, max: 160 },
    ),
    timing_en: text(
      {
        en: "When in the day, in English words; needs timing_de.",
        de: "Tageszeit in Worten, auf Englisch; nur zusammen mit timing_de.",
      },
      { required: false, max: 160 },
    ),
    type: oneOf(EVENT_TYPES, {
      en: "Kind of event.",
      de: "Art des Ereignisses: call (Telefonat), meeting (Treffen), weapons_decision (Entscheidung über Waffenlieferungen), statement (Äußerung), talks (Verhandlungen), attack (Angriff).",
    }),
    status: oneOf(EVENT_STATUSES, {
      en: "occurred, or not_held for an event that was planned but did not take place.",
      de: "occurred (hat stattgefunden) oder not_held für ein geplantes Ereignis, das dann nicht stattfand.",
    }),
    actors: refList("actors", {
      en: "Who took part, as actor ids.",
      de: "Wer beteiligt war, als Kennungen aus actors.csv.",
    }),
    topic: oneOf(TOPICS, {
      en: "Main topic: weapons (aid and deliveries), negotiations (talks, ceasefire, exchanges), war (attacks, war aims), sanctions (tariffs, deadlines), relations (tone between the sides).",
      de: "Hauptthema: weapons (Hilfe und Lieferungen), negotiations (Gespräche, Waffenruhe, Gefangenenaustausch), war (Angriffe, Kriegsziele), sanctions (Zölle, Fristen), relations (Ton zwischen den Seiten).",
    }),
    headline_de: text({ en: "Headline in German.", de: "Überschrift auf Deutsch." }, { max: 120 }),
    headline_en: text({ en: "Headline in English.", de: "Überschrift auf Englisch." }, { max: 120 }),
    summary_de: text({ en: "What happened, in German.", de: "Was geschah, auf Deutsch." }),
    summary_en: text({ en: "What happened, in English.", de: "Was geschah, auf Englisch." }),
    quote: text(
      {
        en: "A speaker's words, exactly as the source in quote_source printed them (never an outlet's own sentences).",
        de: "Die Worte einer Person, genau so, wie die Quelle in quote_source sie druckte (nie Sätze eines Mediums).",
      },
      { required: false },
    ),
    quote_lang: oneOf(
      LANGUAGES,
      {
        en: "The language in which quote_source printed the quote (needed with a quote).",
        de: "Die Sprache, in der quote_source das Zitat druckte (Pflicht bei einem Zitat).",
      },
      { required: false },
    ),
    quote_speaker: ref(
      "actors",
      {
        en: "Who said the quote, as an actor id (needed with a quote).",
        de: "Von wem das Zitat stammt, als Kennung aus actors.csv (Pflicht bei einem Zitat).",
      },
      { required: false },
    ),
    quote_source: column(urlSchema, {
      accepts: (value) => URL_PATTERN.test(value),
      required: false,
      description: {
        en: "Who printed these exact words: the url of a row of this event in sources.csv (needed with a quote).",
        de: "Wer genau diesen Wortlaut veröffentlichte: die url einer Zeile dieses Ereignisses in sources.csv (Pflicht bei einem Zitat).",
      },
      allowed: {
        en: "the url of a row in sources.csv with this event's id",
        de: "die url einer Zeile in sources.csv mit der id dieses Ereignisses",
      },
    }),
    quote_original_lang: oneOf(
      LANGUAGES,
      {
        en: "The language the speaker used (needed with a quote). Where it differs from quote_lang, the quote is a translation and quote_translator names who translated it.",
        de: "Die Sprache, in der die Person sprach oder schrieb (Pflicht bei einem Zitat). Weicht sie von quote_lang ab, ist das Zitat eine Übersetzung, und quote_translator nennt, wer übersetzte.",
      },
      { required: false },
    ),
    quote_translator: text(
      {
        en: "Who translated the quote into quote_lang, as the pinned source says (an agency, the outlet itself), or unnamed where it prints a translation without saying whose; empty when the quote is in the language the speaker used.",
        de: "Wer das Zitat in die Sprache quote_lang übersetzte, wie die angegebene Quelle es nennt (eine Agentur, das Medium selbst), oder unnamed, wo sie eine Übersetzung druckt, ohne zu sagen, von wem; leer, wenn das Zitat in der Sprache der sprechenden Person steht.",
      },
      { required: false, max: 80 },
    ),
    quote_de: text(
      {
        en: "Our German translation of a quote that is not German.",
        de: "Unsere deutsche Übersetzung eines fremdsprachigen Zitats.",
      },
      { required: false },
    ),
    quote_en: text(
      {
        en: "Our English translation of a quote that is not English.",
        de: "Unsere englische Übersetzung eines nicht englischsprachigen Zitats.",
      },
      { required: false },
    ),
    delivery_status: oneOf(
      DELIVERY_STATUSES,
      {
        en: "Only for weapons_decision: the state of US deliveries from this event on. Empty when the decision did not change it.",
        de: "Nur bei weapons_decision: Stand der US-Lieferungen von diesem Ereignis an. Leer, wenn die Entscheidung daran nichts änderte.",
      },
      { required: false },
    ),
    deadline_days: dayList(
      {
        en: "A deadline Trump set or changed: the days it gave, as the sources report them (10;12 where he named two). The graphic draws the deadline and when it runs out; both headlines must name the days.",
        de: "Eine Frist, die Trump setzte oder änderte: die Tage, die sie gab, wie die Quellen sie nennen (10;12, wo er zwei Zahlen nannte). Die Grafik zeichnet die Frist und ihr Ende; beide Schlagzeilen müssen die Tage nennen.",
      },
      { required: false },
    ),
    deadline_until: date(
      {
        en: "The day a deadline of deadline_days ran out, where the sources name it (28 July: 10 or 12 days, fixed on 29 July as 8 August). Empty: the date plus each number of days.",
        de: "Der Tag, an dem eine Frist aus deadline_days ablief, wo die Quellen ihn nennen (28. Juli: 10 oder 12 Tage, am 29. Juli auf den 8. August festgelegt). Leer: das Datum plus jede Zahl von Tagen.",
      },
      { required: false },
    ),
    confidence: oneOf(CONFIDENCES, {
      en: "How well the sources establish the event.",
      de: "Wie gut die Quellen das Ereignis belegen: high (hoch), medium (mittel), low (gering), wie auf der Seite unter „Belegt“.",
    }),
    figure_confidence: oneOf(
      CONFIDENCES,
      {
        en: "Where the research trusts the figures or details (counts, lengths, a reported account) less than the event itself: their confidence. Empty when the same as confidence.",
        de: "Wo die Recherche den Zahlen oder Einzelheiten (Anzahl, Dauer, ein berichteter Hergang) weniger traut als dem Ereignis selbst: deren Zuverlässigkeit. Leer, wenn sie der von confidence entspricht.",
      },
      { required: false },
    ),
    notes_de: text(
      {
        en: "Where sources disagree or something is unconfirmed, in German; needs notes_en.",
        de: "Wo Quellen voneinander abweichen oder etwas unbestätigt ist, auf Deutsch; nur zusammen mit notes_en.",
      },
      { required: false },
    ),
    notes_en: text(
      {
        en: "The same notes in English; needs notes_de.",
        de: "Dieselben Anmerkungen auf Englisch; nur zusammen mit notes_de.",
      },
      { required: false },
    ),
  },
  actors: {
    id: id({ en: "Stable id of the actor.", de: "Feste Kennung der oder des Beteiligten." }, "trump"),
    name_de: text(
      {
        en: "Name as written in German (Selenskyj, Uschakow).",
        de: "Name in deutscher Schreibweise (Selenskyj, Uschakow).",
      },
      { max: 60 },
    ),
    name_en: text(
      {
        en: "Name as written in English (Zelensky, Ushakov).",
        de: "Name in englischer Schreibweise (Zelensky, Ushakov).",
      },
      { max: 60 },
    ),
    role_de: text(
      { en: "Role at the time, in German.", de: "Funktion zur Zeit der Ereignisse, auf Deutsch." },
      { max: 140 },
    ),
    role_en: text(
      { en: "Role at the time, in English.", de: "Funktion zur Zeit der Ereignisse, auf Englisch." },
      { max: 140 },
    ),
    side: oneOf(SIDES, {
      en: "Which side the actor speaks for.",
      de: "Für welche Seite die oder der Beteiligte spricht.",
    }),
  },
  sources: {
    event_id: ref("events", {
      en: "The event this source documents.",
      de: "Das Ereignis, das diese Quelle belegt.",
    }),
    outlet: text(
      {
        en: "The outlet's or institution's own name, in Latin script as it writes it itself (on an English page its English name: European Pravda, not Europäische Prawda); the same in both editions.",
        de: "Der eigene Name des Mediums oder der Institution, in lateinischer Schrift, wie es ihn selbst schreibt (auf einer englischen Seite sein englischer Name: European Pravda, nicht Europäische Prawda); in beiden Ausgaben gleich.",
      },
      { max: 80 },
    ),
    via_de: text(
      {
        en: "The agency or newsroom the text comes from (relation copy: an AP member paper, a Reuters client) or rests on (relation citing: a report built on NBC News' report), as German readers see it (for citing, as it reads after „nach“: russischen Agenturen); empty when the outlet reported itself. Needs via_en and relation.",
        de: "Die Agentur oder Redaktion, von der der Text stammt (relation copy: eine AP-Mitgliedszeitung, ein Reuters-Kunde) oder auf deren Bericht er sich stützt (relation citing: ein Bericht nach NBC News), wie deutsche Leser sie sehen (bei citing so, wie sie nach „nach“ steht: russischen Agenturen); leer, wenn das Medium selbst berichtete. Nur zusammen mit via_en und relation.",
      },
      { required: false, max: 80 },
    ),
    via_en: text(
      {
        en: "The same agency or newsroom, as English readers see it; needs via_de.",
        de: "Dieselbe Agentur oder Redaktion, wie englische Leser sie sehen; nur zusammen mit via_de.",
      },
      { required: false, max: 80 },
    ),
    relation: oneOf(
      SOURCE_RELATIONS,
      {
        en: 'How the source relates to the newsroom in via: copy (it runs that text unchanged, a copy of record, shown "AP via Dayton Daily News") or citing (its own report resting on that newsroom\'s, shown "LIGA.net, citing NBC News"). Needed with via, empty without.',
        de: "Wie die Quelle zur Redaktion in via steht: copy (sie übernimmt deren Text unverändert, eine Kopie des Originals, gezeigt als „AP via Dayton Daily News“) oder citing (ihr eigener Bericht, gestützt auf den jener Redaktion, gezeigt als „LIGA.net, nach NBC News“). Pflicht mit via, leer ohne.",
      },
      { required: false },
    ),
    url: column(urlSchema, {
      accepts: (value) => URL_PATTERN.test(value),
      description: {
        en: "Link to the archived article or statement.",
        de: "Link zum archivierten Artikel oder zur Erklärung.",
      },
      allowed: { en: "an http:// or https:// link", de: "ein Link, der mit http:// oder https:// beginnt" },
    }),
    kind: oneOf(SOURCE_KINDS, {
      en: "official (a government's own page), wire (news agency), state_media (an outlet owned and controlled by a government), press (newspaper, broadcaster, magazine). hosts.csv says which hosts have which kind.",
      de: "official (eigene Seite einer Regierung), wire (Nachrichtenagentur), state_media (Medium im Besitz und unter Kontrolle einer Regierung), press (Zeitung, Sender, Magazin). Welche Hosts welche Art haben, steht in hosts.csv.",
    }),
    language: oneOf(LANGUAGES, { en: "Language of the source.", de: "Sprache der Quelle." }),
  },
  hosts: {
    host: text(
      {
        en: "A host name (it covers its subdomains), optionally followed by a path that starts the links it covers: kyivindependent.com/nobot/.",
        de: "Ein Hostname (er gilt auch für seine Subdomains), wahlweise gefolgt von einem Pfad, mit dem die betroffenen Links beginnen: kyivindependent.com/nobot/.",
      },
      { max: 120 },
    ),
    kind: oneOf(HOST_KINDS, {
      en: "rejected (no source may link it: a content farm, an AI rewrite, a mirror, a scraper, a link aggregator), or the kind every source on this host must have.",
      de: "rejected (keine Quelle darf darauf verlinken: Inhaltefarm, KI-Umschreibung, Spiegel, Scraper, Linksammlung) oder die Art, die jede Quelle auf diesem Host haben muss.",
    }),
    reason: text(
      {
        en: "Why, in a sentence an editor can check.",
        de: "Warum, in einem Satz, den eine Redakteurin prüfen kann.",
      },
      { max: 240 },
    ),
  },
  systems: {
    event_id: ref("events", {
      en: "The decision or report that named the system.",
      de: "Die Entscheidung oder Meldung, die das System nennt.",
    }),
    system_de: text(
      {
        en: "Weapon system as reported, in German.",
        de: "Waffensystem, wie in den Berichten genannt, auf Deutsch.",
      },
      { max: 80 },
    ),
    system_en: text(
      {
        en: "Weapon system as reported, in English.",
        de: "Waffensystem, wie in den Berichten genannt, auf Englisch.",
      },
      { max: 80 },
    ),
    category: oneOf(SYSTEM_CATEGORIES, {
      en: "Kind of weapon.",
      de: "Art der Waffe: air_defence (Luftverteidigung), artillery (Artillerie), rockets (Raketenartillerie), air_to_air (Luft-Luft-Raketen), anti_tank (Panzerabwehr), small_arms (Handfeuerwaffen).",
    }),
    quantity_de: text(
      {
        en: "Reported quantity, as text (reports give no exact numbers), in German.",
        de: "Gemeldete Menge als Text (die Berichte nennen keine genauen Zahlen), auf Deutsch.",
      },
      { max: 60 },
    ),
    quantity_en: text(
      { en: "Reported quantity, as text, in English.", de: "Gemeldete Menge als Text, auf Englisch." },
      { max: 60 },
    ),
    reported_by_de: text(
      {
        en: "Who reported it (the halt was reported, not announced), in German.",
        de: "Wer darüber berichtete (der Stopp wurde durch Berichte bekannt, nicht offiziell verkündet), auf Deutsch.",
      },
      { max: 80 },
    ),
    reported_by_en: text(
      { en: "Who reported it, in English.", de: "Wer darüber berichtete, auf Englisch." },
      { max: 80 },
    ),
  },
  factchecks: {
    id: id({ en: "Stable id of the check.", de: "Feste Kennung des Faktenchecks." }, "call-order"),
    title_de: text({ en: "What is checked, in German.", de: "Was geprüft wird, auf Deutsch." }, { max: 100 }),
    title_en: text(
      { en: "What is checked, in English.", de: "Was geprüft wird, auf Englisch." },
      { max: 100 },
    ),
    claim_de: text({
      en: "What the first reports said, in German.",
      de: "Was die ersten Berichte sagten, auf Deutsch.",
    }),
    claim_en: text({
      en: "What the first reports said, in English.",
      de: "Was die ersten Berichte sagten, auf Englisch.",
    }),
    finding_de: text({ en: "What the sources show, in German.", de: "Was die Quellen zeigen, auf Deutsch." }),
    finding_en: text({
      en: "What the sources show, in English.",
      de: "Was die Quellen zeigen, auf Englisch.",
    }),
    verdict: oneOf(VERDICTS, {
      en: "What the check finds of the claim: false, misleading, partly_true or true.",
      de: "Das Urteil über die Behauptung: false (falsch), misleading (irreführend), partly_true (teils richtig), true (stimmt).",
    }),
    event_ids: refList("events", {
      en: "The events that settle it.",
      de: "Die Ereignisse, die die Frage klären.",
    }),
  },
  corrections: {
    date: date({ en: "Date of the change.", de: "Datum der Änderung." }),
    text_de: text({ en: "What changed, in German.", de: "Was geändert wurde, auf Deutsch." }),
    text_en: text({ en: "What changed, in English.", de: "Was geändert wurde, auf Englisch." }),
  },
} as const satisfies Record<TableName, Record<string, ColumnSpec>>;

export const TABLE_NAMES = Object.keys(columns) as TableName[];

/**
 * The tables the story cannot do without: a file of one of these with its header and no rows
 * (a spreadsheet export gone wrong) is reported once. A story may have no systems or fact checks.
 */
export const TABLES_WITH_ROWS: readonly TableName[] = ["events", "actors", "sources", "corrections"];

/** Columns whose values must be unique in their table. */
export const uniqueKeys: Record<TableName, readonly string[][]> = {
  events: [["id"]],
  actors: [["id"]],
  sources: [["event_id", "url"]],
  hosts: [["host"]],
  systems: [["event_id", "system_en"]],
  factchecks: [["id"]],
  corrections: [],
};

/** A rule's finding: the column it points at, what is wrong, and, where the column's own rule does not say it, what is allowed. */
type Issue = { column: string; message: string; allowed?: string };
/** What a rule returns for a valid row: one shared empty list, no allocation per row. */
const NONE: readonly Issue[] = Object.freeze([]);

/** Rules that involve more than one column of a row. */
export const rowRules: { [T in TableName]: ((row: Row<T>) => readonly Issue[])[] } = {
  events: [
    (row) => windowRule(row, "date"),
    (row) => windowRule(row, "end_date"),
    (row) => pairRule(row, "timing_de", "timing_en"),
    (row) => pairRule(row, "notes_de", "notes_en"),
    (row) =>
      row.end_date !== undefined && row.end_date < row.date
        ? [{ column: "end_date", message: `is before date ${row.date}` }]
        : NONE,
    (row) =>
      row.date_precision === "range" && row.end_date === undefined
        ? [{ column: "end_date", message: "is empty but required when date_precision is range" }]
        : NONE,
    (row) =>
      row.time !== undefined && row.tz === undefined
        ? [{ column: "tz", message: "is empty but required when time is given" }]
        : NONE,
    (row) =>
      row.tz !== undefined && row.time === undefined
        ? [{ column: "time", message: "is empty but required when tz is given" }]
        : NONE,
    (row) =>
      row.deadline_until !== undefined && row.deadline_days === undefined
        ? [{ column: "deadline_days", message: "is empty but required because deadline_until is given" }]
        : row.deadline_until !== undefined && row.deadline_until <= row.date
          ? [{ column: "deadline_until", message: `is not after the event's date ${row.date}` }]
          : NONE,
    (row) => {
      const unnamed = (row.deadline_days ?? []).flatMap((days) =>
        (["headline_de", "headline_en"] as const)
          .filter((column) => !new RegExp(`\\b${days}\\b`).test(row[column]))
          .map((column) => ({
            column: "deadline_days",
            message: `gives ${days} days, which ${column} does not name`,
          })),
      );
      return unnamed.length > 0 ? unnamed : NONE;
    },
    (row) =>
      row.delivery_status !== undefined && row.type !== "weapons_decision"
        ? [
            {
              column: "delivery_status",
              message: `is only allowed for type weapons_decision, not ${row.type}`,
            },
          ]
        : NONE,
    (row) => {
      const quoteColumns = [
        "quote_lang",
        "quote_speaker",
        "quote_source",
        "quote_original_lang",
        "quote_translator",
        "quote_de",
        "quote_en",
      ] as const;
      if (row.quote === undefined) {
        if (quoteColumns.every((name) => row[name] === undefined)) return NONE;
        return quoteColumns
          .filter((name) => row[name] !== undefined)
          .map((name) => ({ column: name, message: "is only allowed with a quote" }));
      }
      const issues: Issue[] = [];
      if (row.quote_lang === undefined)
        issues.push({ column: "quote_lang", message: "is empty but required with a quote" });
      if (row.quote_speaker === undefined)
        issues.push({ column: "quote_speaker", message: "is empty but required with a quote" });
      if (row.quote_source === undefined)
        issues.push({
          column: "quote_source",
          message: "is empty but required with a quote: who printed these words?",
        });
      if (row.quote_original_lang === undefined)
        issues.push({ column: "quote_original_lang", message: "is empty but required with a quote" });
      issues.push(...translatorRule(row));
      if (row.quote_lang && row.quote_lang !== "de" && row.quote_de === undefined)
        issues.push({
          column: "quote_de",
          message: `is empty but required: the quote is in ${row.quote_lang}, German readers need a translation`,
        });
      if (row.quote_lang && row.quote_lang !== "en" && row.quote_en === undefined)
        issues.push({
          column: "quote_en",
          message: `is empty but required: the quote is in ${row.quote_lang}, English readers need a translation`,
        });
      return issues;
    },
  ],
  actors: [],
  sources: [(row) => pairRule(row, "via_de", "via_en"), relationRule],
  hosts: [],
  systems: [],
  factchecks: [],
  corrections: [],
};

function windowRule(row: { date: string; end_date?: string }, column: "date" | "end_date"): readonly Issue[] {
  const value = row[column];
  const problem = value === undefined ? undefined : outsideWindow(value);
  return problem ? [{ column, message: `${problem}; the window is set in src/lib/story-window.ts` }] : NONE;
}

/** A source names a newsroom in via exactly when it says how it relates to it (copy or citing). */
function relationRule(row: { via_de?: string; via_en?: string; relation?: string }): readonly Issue[] {
  const via = row.via_en ?? row.via_de;
  if (via !== undefined && row.relation === undefined)
    return [
      {
        column: "relation",
        message: `is empty but required because via names ${JSON.stringify(via)}`,
        allowed: `copy (the outlet runs ${via}'s text unchanged) or citing (its own report, resting on ${via}'s)`,
      },
    ];
  if (via === undefined && row.relation !== undefined)
    return [
      {
        column: "relation",
        message: "is given but via_de and via_en are empty: a copy or a citation names whose text it is",
        allowed: "empty (the outlet reported itself), or the agency or newsroom in via_de and via_en",
      },
    ];
  return NONE;
}

function pairRule(row: Record<string, unknown>, a: string, b: string): readonly Issue[] {
  if (row[a] !== undefined && row[b] === undefined)
    return [{ column: b, message: `is empty but required because ${a} is given` }];
  if (row[b] !== undefined && row[a] === undefined)
    return [{ column: a, message: `is empty but required because ${b} is given` }];
  return NONE;
}

/**
 * A quote in another language than the speaker's is a translation and names who translated it;
 * one in the speaker's own language names no translator (a translation shown as the original,
 * or an original shown as a translation, is caught here).
 */
function translatorRule(row: {
  quote_lang?: string;
  quote_original_lang?: string;
  quote_translator?: string;
}): readonly Issue[] {
  const { quote_lang: printed, quote_original_lang: spoken, quote_translator: translator } = row;
  if (printed === undefined || spoken === undefined) return NONE;
  if (printed !== spoken && translator === undefined)
    return [
      {
        column: "quote_translator",
        message: `is empty, but the quote is printed in ${printed} and the speaker used ${spoken}: a translation shown as the original; name who translated it`,
      },
    ];
  if (printed === spoken && translator !== undefined)
    return [
      {
        column: "quote_translator",
        message: `names a translator, but the quote is printed in ${printed}, the language the speaker used; leave it empty or correct quote_original_lang`,
      },
    ];
  return NONE;
}

export const rowSchemas = Object.fromEntries(
  TABLE_NAMES.map((table) => [
    table,
    z.object(Object.fromEntries(Object.entries(columns[table]).map(([name, spec]) => [name, spec.schema]))),
  ]),
) as { [T in TableName]: z.ZodObject };

type Columns<T extends TableName> = (typeof columns)[T];
export type Row<T extends TableName> = {
  -readonly [K in keyof Columns<T>]: Columns<T>[K] extends { schema: infer S extends z.ZodType }
    ? z.output<S>
    : never;
};

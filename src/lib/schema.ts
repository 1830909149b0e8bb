/**
 * The one schema of the data in data/*.csv.
 *
 * Every column is declared once here, with its zod schema, whether it is
 * required, what an editor may write into it and what it means. Validation
 * (validate.ts), the TypeScript types (below), the codebook (codebook.ts) and
 * the data package description all derive from these declarations.
 */
import { z } from "zod";

export type TableName = "events" | "actors" | "sources" | "systems" | "factchecks" | "corrections";

export interface ColumnSpec {
  /** Parses the raw CSV cell (always a string) into its typed value. */
  schema: z.ZodType;
  required: boolean;
  /** What may stand in the cell, in words an editor understands. */
  allowed: string;
  /** What the column means, for the codebook. */
  description: string;
  /** The allowed values of an enumeration. */
  values?: readonly string[];
  /** Values that must exist as the id of another table. */
  ref?: TableName;
  /** The cell holds a list separated by semicolons. */
  list?: boolean;
  /** The type of the column in the data package (Frictionless). */
  type: "string" | "date" | "time" | "integer";
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

function column<S extends z.ZodType<unknown, string>, O extends Required = {}>(
  schema: S,
  spec: Omit<ColumnSpec, "schema" | "required" | "type"> & O & { type?: ColumnSpec["type"] },
): Typed<S, O> {
  const required = spec.required ?? true;
  return {
    ...spec,
    required,
    type: spec.type ?? "string",
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
const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "is not an ISO date (YYYY-MM-DD)")
  .refine(isRealDate, "is not a date that exists");
/** http(s), a host, no spaces: what a reader's browser can open (URL.canParse would double the cost). */
const urlSchema = z.string().regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, "is not an http(s) link");
const listOf = (item: z.ZodType<string, string>, what: string) =>
  z
    .string()
    .transform((value) => value.split(LIST_SEPARATOR).map((part) => part.trim()).filter((part) => part !== ""))
    .pipe(z.array(item).min(1, `needs at least one ${what}`));

const text = <O extends Required = {}>(description: string, options: O & { max?: number } = {} as O) =>
  column<z.ZodString, O>(options.max ? z.string().max(options.max, `is longer than ${options.max} characters`) : z.string(), {
    ...options,
    description,
    allowed: options.max ? `text of at most ${options.max} characters` : "any text",
  });

const oneOf = <const T extends readonly [string, ...string[]], O extends Required = {}>(
  values: T,
  description: string,
  options: O = {} as O,
) =>
  column<z.ZodEnum<{ [K in T[number]]: K }>, O>(z.enum(values, { error: "is not one of the allowed values" }), {
    ...options,
    description,
    values,
    allowed: `one of ${values.join(", ")}`,
  });

const id = (description: string) =>
  column(idSchema, {
    description,
    allowed: "lowercase letters, digits, hyphens and underscores, e.g. 2025-07-03-trump-putin-call",
  });

const ref = <O extends Required = {}>(table: TableName, description: string, options: O = {} as O) =>
  column<typeof idSchema, O>(idSchema, {
    ...options,
    description,
    ref: table,
    allowed: `the id of a row in ${table}.csv`,
  });

const refList = (table: TableName, description: string) =>
  column(listOf(idSchema, "id"), {
    description,
    ref: table,
    list: true,
    allowed: `ids of rows in ${table}.csv, separated by "${LIST_SEPARATOR}"`,
  });

const date = <O extends Required = {}>(description: string, options: O = {} as O) =>
  column<typeof dateSchema, O>(dateSchema, {
    ...options,
    description,
    type: "date",
    allowed: "an ISO date that exists, YYYY-MM-DD, e.g. 2025-07-03",
  });

// Enumerations ---------------------------------------------------------------

export const EVENT_TYPES = ["call", "meeting", "weapons_decision", "statement", "talks", "attack"] as const;
export const DATE_PRECISIONS = ["day", "overnight", "range", "approximate", "reported"] as const;
export const EVENT_STATUSES = ["occurred", "not_held"] as const;
export const TOPICS = ["weapons", "negotiations", "war", "sanctions", "relations"] as const;
export const DELIVERY_STATUSES = ["flowing", "halted_all", "halted_partly", "nato_purchases"] as const;
export const CONFIDENCES = ["high", "medium", "low"] as const;
export const LANGUAGES = ["de", "en", "uk", "ru"] as const;
export const SIDES = ["us", "ukraine", "russia", "europe", "nato", "other"] as const;
export const SOURCE_KINDS = ["official", "wire", "press", "aggregator"] as const;
export const SYSTEM_CATEGORIES = ["air_defence", "artillery", "rockets", "air_to_air", "anti_tank", "small_arms"] as const;

// Tables -----------------------------------------------------------------------

export const columns = {
  events: {
    id: id("Stable id of the event; never change it once published (links point to it)."),
    date: date("Date of the event (local date where it happened); for ranges the first day."),
    end_date: date("Last day of an event that spans several days (date_precision range).", { required: false }),
    time: column(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "is not a time HH:MM"), {
      description: "Local start time where it is known; needs tz.",
      required: false,
      type: "time",
      allowed: "a 24-hour time HH:MM, e.g. 10:00",
    }),
    tz: column(z.string().refine(isTimeZone, "is not an IANA time zone"), {
      description: "IANA time zone of time, e.g. America/New_York for Washington.",
      required: false,
      allowed: "an IANA time zone, e.g. America/New_York, Europe/Moscow, Europe/Kyiv",
    }),
    date_precision: oneOf(
      DATE_PRECISIONS,
      "How exact the date is: day; overnight (began the evening before date); range (date to end_date); approximate; reported (the date of the first report, the event's own date is unclear).",
    ),
    timing_de: text("When in the day, in German words (e.g. 'vormittags in Washington'); needs timing_en.", { required: false, max: 160 }),
    timing_en: text("When in the day, in English words; needs timing_de.", { required: false, max: 160 }),
    type: oneOf(EVENT_TYPES, "Kind of event."),
    status: oneOf(EVENT_STATUSES, "occurred, or not_held for an event that was planned but did not take place."),
    actors: refList("actors", "Who took part, as actor ids."),
    topic: oneOf(TOPICS, "Main topic: weapons (aid and deliveries), negotiations (talks, ceasefire, exchanges), war (attacks, war aims), sanctions (tariffs, deadlines), relations (tone between the sides)."),
    headline_de: text("Headline in German.", { max: 120 }),
    headline_en: text("Headline in English.", { max: 120 }),
    summary_de: text("What happened, in German."),
    summary_en: text("What happened, in English."),
    quote: text("An attributed quote in its original language, word for word as sourced.", { required: false }),
    quote_lang: oneOf(LANGUAGES, "Language of quote (needed with a quote); 'en' also for a published English translation.", { required: false }),
    quote_speaker: ref("actors", "Who said the quote, as an actor id (needed with a quote).", { required: false }),
    quote_de: text("German translation of a quote that is not German (ours unless a source gives one).", { required: false }),
    quote_en: text("English translation of a quote that is not English.", { required: false }),
    delivery_status: oneOf(DELIVERY_STATUSES, "Only for weapons_decision: the state of US deliveries from this event on. Empty when the decision did not change it.", { required: false }),
    confidence: oneOf(CONFIDENCES, "How well the sources establish the event."),
    notes_de: text("Where sources disagree or something is unconfirmed, in German; needs notes_en.", { required: false }),
    notes_en: text("The same notes in English; needs notes_de.", { required: false }),
  },
  actors: {
    id: id("Stable id of the actor, e.g. trump."),
    name_de: text("Name as written in German (Selenskyj, Uschakow).", { max: 60 }),
    name_en: text("Name as written in English (Zelensky, Ushakov).", { max: 60 }),
    role_de: text("Role at the time, in German.", { max: 140 }),
    role_en: text("Role at the time, in English.", { max: 140 }),
    side: oneOf(SIDES, "Which side the actor speaks for."),
  },
  sources: {
    event_id: ref("events", "The event this source documents."),
    outlet: text("Name of the outlet or institution as published.", { max: 80 }),
    via: text("The original agency or outlet where this is a republication (e.g. AP, Reuters).", { required: false, max: 80 }),
    url: column(urlSchema, { description: "Link to the archived article or statement.", allowed: "an http:// or https:// link" }),
    kind: oneOf(SOURCE_KINDS, "official (government text or transcript), wire (news agency), press (newspaper, broadcaster, magazine), aggregator (republishes others)."),
    language: oneOf(LANGUAGES, "Language of the source."),
  },
  systems: {
    event_id: ref("events", "The decision or report that named the system."),
    system_de: text("Weapon system as reported, in German.", { max: 80 }),
    system_en: text("Weapon system as reported, in English.", { max: 80 }),
    category: oneOf(SYSTEM_CATEGORIES, "Kind of weapon."),
    quantity_de: text("Reported quantity, as text (reports give no exact numbers), in German.", { max: 60 }),
    quantity_en: text("Reported quantity, as text, in English.", { max: 60 }),
    reported_by: text("Who reported it (the halt was reported, not announced).", { max: 80 }),
  },
  factchecks: {
    id: id("Stable id of the check, e.g. call-order."),
    title_de: text("What is checked, in German.", { max: 100 }),
    title_en: text("What is checked, in English.", { max: 100 }),
    claim_de: text("What the first reports said, in German."),
    claim_en: text("What the first reports said, in English."),
    finding_de: text("What the sources show, in German."),
    finding_en: text("What the sources show, in English."),
    event_ids: refList("events", "The events that settle it."),
  },
  corrections: {
    date: date("Date of the change."),
    text_de: text("What changed, in German."),
    text_en: text("What changed, in English."),
  },
} as const satisfies Record<TableName, Record<string, ColumnSpec>>;

export const TABLE_NAMES = Object.keys(columns) as TableName[];

/** Columns whose values must be unique in their table. */
export const uniqueKeys: Record<TableName, readonly string[][]> = {
  events: [["id"]],
  actors: [["id"]],
  sources: [["event_id", "url"]],
  systems: [["event_id", "system_en"]],
  factchecks: [["id"]],
  corrections: [],
};

type Issue = { column: string; message: string };
/** What a rule returns for a valid row: one shared empty list, no allocation per row. */
const NONE: readonly Issue[] = Object.freeze([]);

/** Rules that involve more than one column of a row. */
export const rowRules: { [T in TableName]: ((row: Row<T>) => readonly Issue[])[] } = {
  events: [
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
    (row) => (row.time !== undefined && row.tz === undefined ? [{ column: "tz", message: "is empty but required when time is given" }] : NONE),
    (row) => (row.tz !== undefined && row.time === undefined ? [{ column: "time", message: "is empty but required when tz is given" }] : NONE),
    (row) =>
      row.delivery_status !== undefined && row.type !== "weapons_decision"
        ? [{ column: "delivery_status", message: `is only allowed for type weapons_decision, not ${row.type}` }]
        : NONE,
    (row) => {
      const quoteColumns = ["quote_lang", "quote_speaker", "quote_de", "quote_en"] as const;
      if (row.quote === undefined) {
        if (quoteColumns.every((name) => row[name] === undefined)) return NONE;
        return quoteColumns.filter((name) => row[name] !== undefined).map((name) => ({ column: name, message: "is only allowed with a quote" }));
      }
      const issues: Issue[] = [];
      if (row.quote_lang === undefined) issues.push({ column: "quote_lang", message: "is empty but required with a quote" });
      if (row.quote_speaker === undefined) issues.push({ column: "quote_speaker", message: "is empty but required with a quote" });
      if (row.quote_lang && row.quote_lang !== "de" && row.quote_de === undefined)
        issues.push({ column: "quote_de", message: `is empty but required: the quote is in ${row.quote_lang}, German readers need a translation` });
      if (row.quote_lang && row.quote_lang !== "en" && row.quote_en === undefined)
        issues.push({ column: "quote_en", message: `is empty but required: the quote is in ${row.quote_lang}, English readers need a translation` });
      return issues;
    },
  ],
  actors: [],
  sources: [],
  systems: [],
  factchecks: [],
  corrections: [],
};

function pairRule(row: Record<string, unknown>, a: string, b: string): readonly Issue[] {
  if (row[a] !== undefined && row[b] === undefined) return [{ column: b, message: `is empty but required because ${a} is given` }];
  if (row[b] !== undefined && row[a] === undefined) return [{ column: a, message: `is empty but required because ${b} is given` }];
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
  -readonly [K in keyof Columns<T>]: Columns<T>[K] extends { schema: infer S extends z.ZodType } ? z.output<S> : never;
};

/**
 * The vocabularies of the data: the values an editor may write into a column that
 * takes one of a list (type, status, topic, …). The schema (schema.ts) declares
 * which column takes which list; the dictionaries (i18n/) name each value. Plain
 * values and their types, importing nothing.
 */
export const EVENT_TYPES = ["call", "meeting", "weapons_decision", "statement", "talks", "attack"] as const;
export const DATE_PRECISIONS = ["day", "overnight", "range", "approximate", "reported"] as const;
export const EVENT_STATUSES = ["occurred", "not_held"] as const;
export const TOPICS = ["weapons", "negotiations", "war", "sanctions", "relations"] as const;
export const DELIVERY_STATUSES = ["flowing", "halted_all", "halted_partly", "nato_purchases"] as const;
export const CONFIDENCES = ["high", "medium", "low"] as const;
export const LANGUAGES = ["de", "en", "uk", "ru"] as const;
export const SIDES = ["us", "ukraine", "russia", "europe", "nato", "other"] as const;
export const SOURCE_KINDS = ["official", "wire", "state_media", "press"] as const;
/**
 * How a source relates to the newsroom named in its via columns: copy (it runs that
 * agency's or newsroom's text unchanged, a copy of record: "AP via Dayton Daily News") or
 * citing (its own report, resting on that newsroom's: "LIGA.net, citing NBC News").
 * Empty, with no via: the outlet reported itself.
 */
/** quote_translator where the pinned source prints a translation without saying who made it. */
export const UNNAMED_TRANSLATOR = "unnamed";
export const SOURCE_RELATIONS = ["copy", "citing"] as const;
/** What hosts.csv says of a host: a kind its sources must have, or rejected (no source may link it). */
export const HOST_KINDS = ["rejected", ...SOURCE_KINDS] as const;
export const VERDICTS = ["false", "misleading", "partly_true", "true"] as const;
export const SYSTEM_CATEGORIES = [
  "air_defence",
  "artillery",
  "rockets",
  "air_to_air",
  "anti_tank",
  "small_arms",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type Topic = (typeof TOPICS)[number];
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type Language = (typeof LANGUAGES)[number];
export type Side = (typeof SIDES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceRelation = (typeof SOURCE_RELATIONS)[number];
export type HostKind = (typeof HOST_KINDS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type SystemCategory = (typeof SYSTEM_CATEGORIES)[number];

/** Dates, times and places as each language's readers write them (the words are in ./i18n/). */
import { parseDate, toInstant, wallClock } from "./dates.js";
import { MESSAGES, PLACE_ZONES, type Lang } from "./i18n/index.js";
import { bindDate } from "./typography.js";

export type { Lang } from "./i18n/index.js";

/** A formatter per language, made on first use: a German page in the browser never loads the English locale data. */
const formatters = (options: Intl.DateTimeFormatOptions) => {
  const byLang: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
  return (lang: Lang) => (byLang[lang] ??= new Intl.DateTimeFormat(MESSAGES[lang].locale, options));
};
const dayMonthYear = formatters({ day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dayMonth = formatters({ day: "numeric", month: "long", timeZone: "UTC" });
const dayShortMonth = formatters({ day: "numeric", month: "short", timeZone: "UTC" });

const monthNames: Partial<Record<Lang, string[]>> = {};

/** The twelve months as a short date writes them, January first: "Jan.", "Feb.", "März", … "Juni" / "Jan", "Feb", … (not the standalone "Mär", "Jun"). */
export function shortMonthNames(lang: Lang): string[] {
  return (monthNames[lang] ??= Array.from(
    { length: 12 },
    (_, month) =>
      dayShortMonth(lang)
        .formatToParts(new Date(Date.UTC(2025, month, 15)))
        .find((part) => part.type === "month")!.value,
  ));
}

/** A UTC date's month as a short date writes it: "März", "Juni" / "Mar", "Jun". */
export function shortMonth(date: Date, lang: Lang): string {
  return shortMonthNames(lang)[date.getUTCMonth()];
}

/** "3. Juli 2025" / "3 July 2025". */
export function formatDate(iso: string, lang: Lang): string {
  return bindDate(dayMonthYear(lang).format(parseDate(iso)), lang);
}

/** "3. Juli" / "3 July". */
export function formatDayMonth(iso: string, lang: Lang): string {
  return bindDate(dayMonth(lang).format(parseDate(iso)), lang);
}

/** "23.–25. Mai 2025" / "23–25 May 2025"; the whole dates where month or year differ. */
export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  return memo(dateRangeCache, `${start} ${end} ${lang}`, () => computeDateRange(start, end, lang));
}

function computeDateRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(5, 7) === end.slice(5, 7);
  const startDay = Number(start.slice(8));
  if (sameMonth) return `${MESSAGES[lang].rangeStart(startDay)}${formatDate(end, lang)}`;
  const first = sameYear ? formatDayMonth(start, lang) : formatDate(start, lang);
  return `${first} – ${formatDate(end, lang)}`;
}

/**
 * "10 Uhr in Washington, 16 Uhr in Berlin, 17 Uhr in Kyjiw und Moskau" /
 * "10:00 in Washington, 16:00 in Berlin, 17:00 in Kyiv and Moscow".
 * Places whose clocks agree are named together; a different calendar day is named.
 */
export function formatLocalTimes(date: string, time: string, tz: string, lang: Lang): string {
  return memo(localTimesCache, `${date} ${time} ${tz} ${lang}`, () =>
    computeLocalTimes(date, time, tz, lang),
  );
}

const localTimesCache = new Map<string, string>();
const dateRangeCache = new Map<string, string>();

/** Formatting is pure and the same few dates recur: format each once. */
function memo(cache: Map<string, string>, key: string, compute: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

function computeLocalTimes(date: string, time: string, tz: string, lang: Lang): string {
  const instant = toInstant(date, time, tz);
  const groups = new Map<string, string[]>();
  const words = MESSAGES[lang];
  // A zone that is not one of the places is named by itself, first.
  const zones: string[] = (PLACE_ZONES as readonly string[]).includes(tz)
    ? [...PLACE_ZONES]
    : [tz, ...PLACE_ZONES];
  for (const zone of zones) {
    const clock = wallClock(instant, zone).toISOString();
    const label =
      words.clock(clock.slice(11, 13), clock.slice(14, 16)) +
      (clock.slice(0, 10) !== date ? ` (${formatDate(clock.slice(0, 10), lang)})` : "");
    const place = (words.places as Record<string, string>)[zone] ?? zone;
    groups.set(label, [...(groups.get(label) ?? []), place]);
  }
  return [...groups].map(([label, names]) => `${label} in ${names.join(words.and)}`).join(", ");
}

/** "sechste" / "sixth" for 6; digits beyond twelve ("13." / "13th"). */
export function ordinal(n: number, lang: Lang): string {
  return MESSAGES[lang].ordinals[n - 1] ?? MESSAGES[lang].ordinalDigits(n);
}

/** Numbers up to twelve in words, as newspapers write them ("sechs Tage"); digits beyond. */
export function cardinal(n: number, lang: Lang): string {
  return MESSAGES[lang].cardinals[n] ?? String(n);
}

/** Opening and closing quotation marks: „…“ / “…”. */
export const quoted = (text: string, lang: Lang): string => {
  const [open, close] = MESSAGES[lang].quotes;
  return `${open}${text}${close}`;
};

/** A short date without Intl (month names as in shortMonthNames): "3.7." / "3 Jul". */
export function formatShortDate(
  date: Date,
  lang: Lang,
  months: readonly string[] = shortMonthNames(lang),
): string {
  return MESSAGES[lang].shortDate(date.getUTCDate(), date.getUTCMonth() + 1, months[date.getUTCMonth()]);
}

/** A day of the month on its own, from an ISO date: "3." / "3". */
export const formatDayOfMonth = (iso: string, lang: Lang): string =>
  MESSAGES[lang].dayOfMonth(Number(iso.slice(8, 10)));

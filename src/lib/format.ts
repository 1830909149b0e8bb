/** Dates, times and places as German and English readers write them. */
export type Lang = "de" | "en";

const LOCALES: Record<Lang, string> = { de: "de-DE", en: "en-GB" };

/** A formatter per language, made on first use: a German page in the browser never loads the English locale data. */
const formatters = (options: Intl.DateTimeFormatOptions) => {
  const byLang: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
  return (lang: Lang) => (byLang[lang] ??= new Intl.DateTimeFormat(LOCALES[lang], options));
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

/** Parses an ISO date (YYYY-MM-DD) as midnight UTC. */
export function parseDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "3. Juli 2025" / "3 July 2025". */
export function formatDate(iso: string, lang: Lang): string {
  return dayMonthYear(lang).format(parseDate(iso));
}

/** "3. Juli" / "3 July". */
export function formatDayMonth(iso: string, lang: Lang): string {
  return dayMonth(lang).format(parseDate(iso));
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
  if (sameMonth)
    return lang === "de" ? `${startDay}.–${formatDate(end, lang)}` : `${startDay}–${formatDate(end, lang)}`;
  const first = sameYear ? dayMonth(lang).format(parseDate(start)) : formatDate(start, lang);
  return `${first} – ${formatDate(end, lang)}`;
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / 86_400_000);
}

export const PLACES: { tz: string; name: Record<Lang, string> }[] = [
  { tz: "America/New_York", name: { de: "Washington", en: "Washington" } },
  { tz: "Europe/Berlin", name: { de: "Berlin", en: "Berlin" } },
  { tz: "Europe/Kyiv", name: { de: "Kyjiw", en: "Kyiv" } },
  { tz: "Europe/Moscow", name: { de: "Moskau", en: "Moscow" } },
];

/** The instant of a local date and time in an IANA time zone. */
export function toInstant(date: string, time: string, tz: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  // The zone's offset at that moment: what the wall clock there shows for `guess`, minus `guess`.
  const offset = wallClock(guess, tz).getTime() - guess.getTime();
  const instant = new Date(guess.getTime() - offset);
  const correction = wallClock(instant, tz).getTime() - instant.getTime() - offset;
  return new Date(instant.getTime() - correction);
}

const clocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: Date, tz: string): Date {
  let clock = clocks.get(tz);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    clocks.set(tz, clock);
  }
  const parts = Object.fromEntries(clock.formatToParts(instant).map((part) => [part.type, part.value]));
  return new Date(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}Z`);
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
  const places = PLACES.some((place) => place.tz === tz)
    ? PLACES
    : [{ tz, name: { de: tz, en: tz } }, ...PLACES];
  for (const place of places) {
    const clock = wallClock(instant, place.tz).toISOString();
    const label =
      clockLabel(clock.slice(11, 16), lang) +
      (clock.slice(0, 10) !== date ? ` (${formatDate(clock.slice(0, 10), lang)})` : "");
    groups.set(label, [...(groups.get(label) ?? []), place.name[lang]]);
  }
  const and = lang === "de" ? " und " : " and ";
  return [...groups].map(([label, names]) => `${label} in ${names.join(and)}`).join(", ");
}

function clockLabel(hhmm: string, lang: Lang): string {
  if (lang === "en") return hhmm;
  const [hours, minutes] = hhmm.split(":");
  return `${Number(hours)}${minutes === "00" ? "" : `.${minutes}`} Uhr`;
}

const ORDINALS: Record<Lang, string[]> = {
  de: [
    "erste",
    "zweite",
    "dritte",
    "vierte",
    "fünfte",
    "sechste",
    "siebte",
    "achte",
    "neunte",
    "zehnte",
    "elfte",
    "zwölfte",
  ],
  en: [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
  ],
};

/** "sechste" / "sixth" for 6; digits beyond twelve ("13." / "13th"). */
export function ordinal(n: number, lang: Lang): string {
  const word = ORDINALS[lang][n - 1];
  if (word) return word;
  if (lang === "de") return `${n}.`;
  const suffix =
    n % 100 >= 11 && n % 100 <= 13
      ? "th"
      : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

const CARDINALS: Record<Lang, string[]> = {
  de: [
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
  ],
  en: [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
  ],
};

/** Numbers up to twelve in words, as newspapers write them ("sechs Tage"); digits beyond. */
export function cardinal(n: number, lang: Lang): string {
  return CARDINALS[lang][n] ?? String(n);
}

/**
 * Date arithmetic, in one place: ISO dates (YYYY-MM-DD) as days in UTC, the days
 * between them, and the instant a local time in a time zone names. No words here:
 * how a date is written for a reader is in format.ts.
 */

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** Parses an ISO date (YYYY-MM-DD) as midnight UTC. */
export function parseDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / DAY_MS);
}

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

/** What a wall clock in the time zone shows at an instant, as a Date whose UTC fields are that time. */
export function wallClock(instant: Date, tz: string): Date {
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

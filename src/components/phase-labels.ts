/**
 * What a delivery phase is called, longest first, so that a chart takes the first
 * that fits: the state, a halt's days and, where a halt ended only by an announced
 * reversal that reports (not a confirmed date) say was carried out, what the days
 * run to and from when deliveries were reported again. No label claims more.
 */
import type { DeliveryPhase, HaltPeriod } from "../lib/derive.js";
import { formatDayMonth, type Lang } from "../lib/format.js";
import { haltOf } from "./facts.js";
import { LABELS } from "./labels.js";

/** The phase that follows `phase`, if any. */
const nextOf = (phase: DeliveryPhase, phases: readonly DeliveryPhase[]) =>
  phases.find((other) => other.start === phase.end && other.startEvent === phase.endEvent);

/** A phase's name without its days: the state, or the announcement and the reports after a halt. */
export function phaseName(phase: DeliveryPhase, lang: Lang): string {
  const words = LABELS[lang].deliveries;
  return phase.reported
    ? `${words.announced}; ${words.reportedFrom(formatDayMonth(phase.reported.date, lang))}`
    : LABELS[lang].delivery[phase.status];
}

/** The labels of a phase, longest first; `separator` joins a halt's state and its days. */
export function phaseLabels(
  phase: DeliveryPhase,
  phases: readonly DeliveryPhase[],
  halts: readonly HaltPeriod[],
  lang: Lang,
  separator = " · ",
): string[] {
  const words = LABELS[lang].deliveries;
  const name = LABELS[lang].delivery[phase.status];
  if (phase.reported) return [phaseName(phase, lang), words.announced, words.announcedShort];
  const halt = haltOf(phase, halts);
  if (!halt) return [name];
  const days = words.days(halt.days);
  if (nextOf(phase, phases)?.reported)
    return [
      `${name}${separator}${words.daysUntilAnnounced(days)}`,
      words.daysUntilAnnounced(days),
      words.daysUntilAnnouncedShort(days),
      days,
    ];
  return [`${name}${separator}${days}`, days];
}

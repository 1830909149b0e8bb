/** What the deliveries chart draws, taken from the data once: the phases, the halts, the decisions, the period. */
import type { DeliveryPhase, HaltPeriod } from "../../lib/derive.js";
import type { Lang } from "../../lib/format.js";
import { MESSAGES } from "../../lib/i18n/index.js";
import type { ReportedSystem, StoryActor, StoryData, StoryEvent } from "../../lib/story.js";
import { dayOf } from "../kit/days.js";
import { LABELS } from "../labels.js";

export interface DeliveriesData {
  events: StoryEvent[];
  actors: Record<string, StoryActor>;
  deliveryPhases: DeliveryPhase[];
  haltPeriods: HaltPeriod[];
  systems: ReportedSystem[];
  meta: StoryData["meta"];
}

export interface DeliveriesOptions {
  width: number;
  lang: Lang;
}

/** What the chart draws, taken from the data once: the phases, the halts, the decisions, the period. */
export interface DeliveriesModel {
  lang: Lang;
  phases: DeliveryPhase[];
  halts: HaltPeriod[];
  decisions: StoryEvent[];
  periodStart: Date;
  periodEnd: Date;
  dataUntil: string;
}

export function deliveriesModel(data: DeliveriesData, lang: Lang): DeliveriesModel {
  const phases = data.deliveryPhases;
  return {
    lang,
    phases,
    halts: data.haltPeriods,
    decisions: data.events.filter((event) => event.type === "weapons_decision"),
    periodStart: dayOf(phases[0]?.start ?? data.meta.dataUntil),
    periodEnd: dayOf(data.meta.dataUntil),
    dataUntil: data.meta.dataUntil,
  };
}

export const shortDateFormat = (lang: Lang) =>
  new Intl.DateTimeFormat(MESSAGES[lang].locale, LABELS[lang].deliveries.shortDate);

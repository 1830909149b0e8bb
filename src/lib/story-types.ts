/**
 * The shapes of the story's data: what the loaders hand to pages and charts (StoryData
 * and its parts) and the facts derived once (derive.ts). Types only: the modules that
 * build these values (story.ts, derive.ts) and those that read them import from here.
 */
import type { Lang } from "./i18n/index.js";
import type {
  Confidence,
  DatePrecision,
  DeliveryStatus,
  EventStatus,
  EventType,
  Language,
  Side,
  SourceKind,
  SourceRelation,
  SystemCategory,
  Topic,
  Verdict,
} from "./vocabularies.js";

// The facts derived once (derive.ts) -------------------------------------------

export interface NumberedCall {
  id: string;
  date: string;
  callNumber: number;
  /** Days since the previous Trump–Putin call; undefined for the first. */
  daysSincePrevious?: number;
}

export interface DeliveryPhase {
  status: DeliveryStatus;
  /** First day of the phase (ISO). */
  start: string;
  /** First day of the next phase, or the end of the period shown (exclusive). */
  end: string;
  /** The decision that began the phase; undefined for the state before the first decision. */
  startEvent?: string;
  /** The decision that ended it. */
  endEvent?: string;
  /** Whole days from start to end. */
  days: number;
  /** Deliveries halted, fully or partly. */
  halted: boolean;
  /**
   * Set when the phase ends a halt by an announcement whose carrying out only
   * reports of medium or low confidence confirm: the first such report (in July
   * 2025, the reversal announced on 7 July and deliveries reported from 9 July).
   */
  reported?: { date: string; event: string };
}

export interface HaltPeriod extends DeliveryPhase {
  status: "halted_all" | "halted_partly";
  halted: true;
}

/** A group of key statements: what they answer (the start or end of a halt, or, without one, the latest word of each side), its day, the events' ids in order. */
export interface KeyStatementGroup {
  moment: "halt_start" | "halt_end" | "latest";
  /** The day of that moment (ISO). */
  date: string;
  ids: string[];
}

// The story's data for one language (story.ts) -----------------------------------

export interface StorySource {
  outlet: string;
  via?: string;
  /** How the source relates to `via`: a copy of its text, or its own report citing it. */
  relation?: SourceRelation;
  url: string;
  kind: SourceKind;
  language: Language;
}

export interface StoryActor {
  id: string;
  name: string;
  role: string;
  side: Side;
}

/** What the sticky graphic and the details of an event need of an actor: the name and the side. */
export type ActorSummary = Pick<StoryActor, "name" | "side">;

export interface StoryQuote {
  /** The words as the source in `printedBy` printed them. */
  text: string;
  /** The language they were printed in. */
  lang: Language;
  /** Our translation into the reader's language, where the quote is printed in another. */
  translation?: string;
  speaker: string;
  /** The outlet that printed these words (the event's source in quote_source), and its link. */
  printedBy: string;
  printedUrl: string;
  /** The language the speaker used. */
  originalLang: Language;
  /** Who translated the printed words from originalLang, where they differ, in the page's language (a description such as "Russian agencies" translated). */
  translator?: string;
}

export interface StoryEvent {
  id: string;
  date: string;
  endDate?: string;
  dateLabel: string;
  /** "10 Uhr in Washington, …" where the time is known. */
  timeLabel?: string;
  timing?: string;
  precision: DatePrecision;
  type: EventType;
  status: EventStatus;
  actors: string[];
  /** For calls and meetings of Trump: with whom (the lanes of the calls chart). */
  counterpart?: "putin" | "zelensky";
  topic: Topic;
  headline: string;
  summary: string;
  quote?: StoryQuote;
  deliveryStatus?: DeliveryStatus;
  /** The days a deadline this event set gave (two where Trump named two). */
  deadlineDays?: number[];
  /** The day that deadline ran out, where the sources name it (ISO). */
  deadlineUntil?: string;
  confidence: Confidence;
  /** Where the research trusts the figures or details less than the event: their confidence. */
  figureConfidence?: Confidence;
  notes?: string;
  sources: StorySource[];
  /** Number of the Trump–Putin call since 20 January 2025. */
  callNumber?: number;
  daysSincePreviousCall?: number;
}

export interface ReportedSystem {
  eventId: string;
  system: string;
  category: SystemCategory;
  quantity: string;
  reportedBy: string;
}

export interface FactCheck {
  id: string;
  title: string;
  claim: string;
  finding: string;
  verdict: Verdict;
  /** The verdict in the reader's language: "Urteil: falsch", "Verdict: misleading" … */
  verdictLabel: string;
  eventIds: string[];
}

export interface Correction {
  date: string;
  dateLabel: string;
  text: string;
}

export interface StoryData {
  lang: Lang;
  meta: {
    /** Date of the latest correction or update: "Stand". */
    updated: string;
    updatedLabel: string;
    /** Last day the events cover: "Daten bis". */
    dataUntil: string;
    dataUntilLabel: string;
    /** First day the events cover. */
    dataFrom: string;
    /** The first day of Trump's second term: where calls are counted from and the charts start. */
    termStart: string;
    /** The first day the positions chart shows (its statements and key statements are from then on). */
    positionsSince: string;
    eventCount: number;
    sourceCount: number;
    /** The sources by kind (official, wire, state media, press): the sources page and the method note count them. */
    sourcesByKind: Record<SourceKind, number>;
  };
  actors: Record<string, StoryActor>;
  events: StoryEvent[];
  /** The state of US deliveries, phase by phase, each with its length in days and whether it is a halt. */
  deliveryPhases: DeliveryPhase[];
  /** The phases in which deliveries were halted (fully or partly), as in deliveryPhases. */
  haltPeriods: HaltPeriod[];
  /** The days the calls chart enlarges below its overview (first and last, ISO); none without a halt. */
  callsZoom?: [string, string];
  /** The statements the positions chart numbers and quotes in full, in groups (event ids; derive.ts keyStatements). */
  keyStatements: KeyStatementGroup[];
  systems: ReportedSystem[];
  factchecks: FactCheck[];
  corrections: Correction[];
}

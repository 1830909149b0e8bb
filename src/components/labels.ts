/** Words of the charts in German and English; the data brings its own text. */
import type { Lang } from "../lib/format.js";
import type { StoryEvent } from "../lib/story.js";

type Topic = StoryEvent["topic"];
type EventType = StoryEvent["type"];
type Confidence = StoryEvent["confidence"];
type DeliveryStatus = "flowing" | "halted_all" | "halted_partly" | "nato_purchases";

export interface Labels {
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
  quoteTranslation: string;
  close: string;
  date: string;
  event: string;
  actors: string;
  callNumber: (n: number) => string;
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
}

export const LABELS: Record<Lang, Labels> = {
  de: {
    topic: {
      weapons: "Waffen und Hilfe",
      negotiations: "Verhandlungen",
      war: "Krieg und Angriffe",
      sanctions: "Fristen und Sanktionen",
      relations: "Beziehungen",
    },
    type: {
      call: "Telefonat",
      meeting: "Treffen",
      weapons_decision: "Entscheidung über Waffen",
      statement: "Äußerung",
      talks: "Gespräche",
      attack: "Angriff",
    },
    confidence: { high: "hoch", medium: "mittel", low: "gering" },
    delivery: {
      flowing: "Lieferungen laufen",
      halted_all: "Hilfe ganz ausgesetzt",
      halted_partly: "Teile gestoppt",
      nato_purchases: "Lieferungen und NATO-Käufe",
    },
    notHeld: "fand nicht statt",
    sources: "Quellen",
    source: "Quelle",
    confidenceLabel: "Belegt",
    figureConfidenceLabel: "Zahlen und Einzelheiten belegt",
    quoteTranslation: "Übersetzung",
    close: "Schließen",
    date: "Datum",
    event: "Ereignis",
    actors: "Beteiligte",
    callNumber: (n) => `${n}. Telefonat Trump–Putin`,
    daysSince: (n) => `${n} Tage nach dem vorigen`,
    tableSummary: "Die Ereignisse des Diagramms als Tabelle",
    keyboardHint:
      "Mit Tab zum Diagramm, mit den Pfeiltasten von Ereignis zu Ereignis, mit Enter Details öffnen.",
    reported: "berichtet, nicht amtlich",
    quantity: "Menge",
    system: "Waffensystem",
    reportedBy: "berichtet von",
    eventLink: "Link zu diesem Ereignis",
    loading: "Details werden geladen …",
    loadFailed: "Die Details konnten nicht geladen werden.",
    loadFailedLink: "Zum Ereignis in der Liste aller Ereignisse",
    chartFailed: "Die Grafik konnte nicht geladen werden.",
    retry: "Erneut versuchen",
  },
  en: {
    topic: {
      weapons: "Weapons and aid",
      negotiations: "Negotiations",
      war: "War and attacks",
      sanctions: "Deadlines and sanctions",
      relations: "Relations",
    },
    type: {
      call: "Call",
      meeting: "Meeting",
      weapons_decision: "Weapons decision",
      statement: "Statement",
      talks: "Talks",
      attack: "Attack",
    },
    confidence: { high: "high", medium: "medium", low: "low" },
    delivery: {
      flowing: "Deliveries flowing",
      halted_all: "All aid paused",
      halted_partly: "Some halted",
      nato_purchases: "Deliveries and NATO purchases",
    },
    notHeld: "did not take place",
    sources: "Sources",
    source: "Source",
    confidenceLabel: "Confidence",
    figureConfidenceLabel: "Confidence in figures and details",
    quoteTranslation: "Translation",
    close: "Close",
    date: "Date",
    event: "Event",
    actors: "Who",
    callNumber: (n) => `Trump–Putin call no. ${n}`,
    daysSince: (n) => `${n} days after the previous one`,
    tableSummary: "The chart's events as a table",
    keyboardHint: "Tab to the chart, arrow keys to move between events, Enter to open details.",
    reported: "reported, not official",
    quantity: "Quantity",
    system: "Weapon system",
    reportedBy: "reported by",
    eventLink: "Link to this event",
    loading: "Loading details …",
    loadFailed: "The details could not be loaded.",
    loadFailedLink: "Go to the event in the list of all events",
    chartFailed: "The chart could not be loaded.",
    retry: "Try again",
  },
};

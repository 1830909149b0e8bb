/** Every word of the German edition that is not in the data. */
import { capitalize, type Messages } from "./messages.js";

/** Numbers in words before a noun, zero first: "kein", "ein", … "zwölf"; digits beyond. */
const NUMBER_WORDS = [
  "kein",
  "ein",
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
];
const numberWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

export const de = {
  locale: "de-DE",
  ogLocale: "de_DE",
  edition: "/",
  eventAnchor: "ereignis",
  verdict: {
    label: "Urteil",
    values: { false: "falsch", misleading: "irreführend", partly_true: "teils richtig", true: "stimmt" },
  },
  evidence: "Beleg",
  story: {
    title: "Trump telefonierte erst mit Putin, dann mit Selenskyj",
    series: "Telefonate, Waffen, Positionen",
    description:
      "Anfang Juli 2025 sprach Donald Trump binnen zwei Tagen erst mit Wladimir Putin, dann mit Wolodymyr Selenskyj. Schon zuvor hatte das Weiße Haus bestätigt, dass die USA einen Teil der zugesagten Waffen für die Ukraine zurückhielten. Eine Rekonstruktion aus den Quellen, mit Faktencheck.",
    imageAlt: (enlarged) =>
      `Zeitleiste der Telefonate und Treffen Trumps mit Putin und Selenskyj seit Januar 2025${enlarged ? `, darunter vergrößert: ${enlarged}` : ""}`,
  },
  sequenceAlt: "Zeitleiste aller Ereignisse nach Art",
  quotes: ["„", "“"],
  dayOfMonth: (day) => `${day}.`,
  shortDate: (day, month) => `${day}.${month}.`,
  timelineLabel: "Zeitleiste aller Ereignisse",
  rangeStart: (day) => `${day}.–`,
  clock: (hours, minutes) => `${Number(hours)}${minutes === "00" ? "" : `.${minutes}`} Uhr`,
  and: " und ",
  places: {
    "America/New_York": "Washington",
    "Europe/Berlin": "Berlin",
    "Europe/Kyiv": "Kyjiw",
    "Europe/Moscow": "Moskau",
  },
  ordinals: [
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
  ordinalDigits: (n) => `${n}.`,
  cardinals: [
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
  sourceLine: { more: " u. a.", own: "eigene Auswertung", until: "Daten bis" },
  chart: {
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
    contactName: (type, counterpart, n) => `${n ? `${n}. ` : ""}${type} mit ${counterpart}`,
    statementNumber: (n) => `Äußerung ${n}`,
    translationShow: "Übersetzung",
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
    calls: {
      widestMonth: "Sept.",
      title: (trump: string, putin: string, zelensky: string) =>
        `${trump}s Telefonate und Treffen mit ${putin} und ${zelensky}`,
      svgLabel: (title: string, range: string) => `Zeitleiste: ${title}, ${range}`,
      zoomTitle: (range: string) => `Vergrößert: ${range}`,
      numberLegend: (putin: string) => `Zählung der Telefonate mit ${putin}`,
      notHeldLegend: "geplant, fand nicht statt",
      calls: (n: number, trump: string, putin: string, numbered: boolean) =>
        (n === 1
          ? `Ein öffentlich bekanntes Telefonat ${trump}s mit ${putin}`
          : `${capitalize(numberWord(n))} öffentlich bekannte Telefonate ${trump}s mit ${putin}`) +
        (numbered ? " (nummeriert)" : ""),
      others: (trump: string, zelensky: string) => `sowie ${trump}s Telefonate und Treffen mit ${zelensky}`,
      notHeld: (n: number, type: string, marked: boolean) =>
        (n === 1
          ? `Ein geplantes ${type} fand nicht statt`
          : `${capitalize(numberWord(n))} geplante Termine fanden nicht statt`) +
        (marked ? " (hohl, gestrichelt)." : "."),
      zoom: (range: string) => `Unten vergrößert: ${range}.`,
      binHeadline: (n: number, counterpart: string) =>
        `${n} ${n === 1 ? "Telefonat oder Treffen" : "Telefonate und Treffen"} mit ${counterpart}`,
      binMore: (n: number) => `und ${n} weitere (siehe Tabelle)`,
      binLegend: "Fläche: Zahl der Telefonate und Treffen",
      overviewBins: (days: number, last: number) =>
        `die Übersicht ${days === 1 ? "jeden Tag" : `je ${numberWord(days)} Tage`}${last !== days ? ` (zuletzt ${numberWord(last)})` : ""}`,
      binned: (overview: string | undefined, zoom: boolean) =>
        `Weil es so viele sind, fasst ${overview ?? "die Vergrößerung jeden Tag"} zu einem Kreis zusammen${overview && zoom ? ", die Vergrößerung jeden Tag" : ""}; die Fläche eines Kreises entspricht der Zahl seiner Telefonate und Treffen.`,
    },
    deliveries: {
      title: "Wann die USA Waffenlieferungen an die Ukraine stoppten",
      overview: "Überblick",
      zoom: "Zoom: die Stopps Tag für Tag",
      days: (n: number) => (n === 1 ? "1 Tag" : `${n} Tage`),
      daysUntilAnnounced: (days: string) => `${days} bis zur angekündigten Kehrtwende`,
      daysUntilAnnouncedShort: (days: string) => `${days} bis zur Ankündigung`,
      announced: "Kehrtwende angekündigt",
      announcedShort: "angekündigt",
      reportedFrom: (date: string) => `Lieferungen laut Berichten ab ${date}`,
      decision: "Entscheidung, die den Stand ändert",
      decisionInfo: "weitere Entscheidung oder Meldung",
      systemsTitle: "Welche Waffen gestoppt wurden",
      systemsNote:
        "Es gibt keine amtliche Liste: Das Pentagon nannte weder Typen noch Mengen. Die Angaben stammen aus Medienberichten.",
      phases: "Die Phasen der US-Lieferungen",
      status: "Stand",
      from: "von",
      to: "bis",
      toNote: "bis (Beginn der nächsten Phase bzw. Datenstand)",
      haltDays: "Tage (Stopps)",
      decisions: "Die Entscheidungen über Waffenlieferungen",
      shortDate: { day: "numeric", month: "numeric", timeZone: "UTC" },
      caption:
        "Farbe und Muster zeigen den Stand der US-Lieferungen seit Trumps Amtsantritt; Rauten markieren die Entscheidungen (gefüllt: Entscheidung ändert den Stand). Weil die Stopps nur Tage dauerten, zeigt der Zoom sie Tag für Tag.",
    },
    positions: {
      rows: {
        us: "USA",
        ukraine: "Ukraine",
        russia: "Russland",
        west: "Europa/NATO",
        other: "Andere",
      },
      title: "Wer was wann sagte",
      caption: (since: string, phone: boolean) =>
        `${phone ? "Die nummerierten Punkte sind" : "Jeder Punkt ist eine zitierte Äußerung seit " + since + ", in Zeilen nach der Seite des Sprechers; die nummerierten sind"} die Äußerungen, die unten im Wortlaut stehen: was jede Seite sagte, als der Stopp bekannt wurde und als er endete.${phone ? ` Alle Äußerungen seit ${since} stehen in der Tabelle.` : ""}`,
      group: {
        halt_start: (date: string) => `Als der Stopp bekannt wurde (ab ${date})`,
        halt_end: (date: string) => `Nach dem Ende des Stopps (ab ${date})`,
        latest: () => "Das letzte Wort jeder Seite",
      },
      halt: "Lieferstopp",
      tableCaption: "Die zitierten Äußerungen",
      speaker: "Wer",
      quote: "Zitat",
    },
  },
} satisfies Messages;

/** Every word of the German edition that is not in the data. */
import { UNNAMED_TRANSLATOR } from "../vocabularies.js";
import { capitalize, type Messages } from "./messages.js";

/** Cardinals up to twelve in words, zero first; digits beyond. */
const CARDINALS = [
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
];
/** A number before a noun: as the cardinals, but "kein" for 0 and "ein" for 1. */
const numberWord = (n: number) => ["kein", "ein"][n] ?? CARDINALS[n] ?? String(n);

/** Language names as a quote's note needs them: "aus dem Englischen", "der englischen Fassung", "Englisch". */
const FROM_DE = { de: "Deutschen", en: "Englischen", uk: "Ukrainischen", ru: "Russischen" } as const;
const ADJ_DE = { de: "deutschen", en: "englischen", uk: "ukrainischen", ru: "russischen" } as const;
const NAME_DE = { de: "Deutsch", en: "Englisch", uk: "Ukrainisch", ru: "Russisch" } as const;

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
  sentenceEnd: /(?<=(?<!\d)[.!?][“"]?(?:\[\[[^\]]*\]\])?)\s+(?=[A-ZÄÖÜ„"])/u,
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
  cardinals: CARDINALS,
  sourceLine: { more: " u. a.", own: "eigene Auswertung", until: "Daten bis" },
  quotation: {
    ours: (from) => `eigene Übersetzung aus dem ${FROM_DE[from]}`,
    oursOfTranslation: (lang, translator) =>
      translator === UNNAMED_TRANSLATOR
        ? `eigene Übersetzung einer ${ADJ_DE[lang]} Fassung ohne genannten Übersetzer`
        : `eigene Übersetzung der ${ADJ_DE[lang]} Fassung von ${translator}`,
    translatedBy: (translator, from) =>
      translator === UNNAMED_TRANSLATOR
        ? `aus dem ${FROM_DE[from]} übersetzt, Übersetzer nicht genannt`
        : `übersetzt von ${translator} aus dem ${FROM_DE[from]}`,
    printedBy: (outlet) => `Wortlaut bei ${outlet}`,
    quotedBy: (outlet) => `, zitiert von ${outlet}`,
    translatorNames: { "Russian agencies": "russischen Agenturen" },
    original: (outlet, lang, own) =>
      own
        ? `Originalwortlaut (${NAME_DE[lang]}), bei ${outlet}`
        : `Wortlaut bei ${outlet} (${NAME_DE[lang]})`,
    wording: (outlet, lang) => `Zitat im Wortlaut von ${outlet} (${NAME_DE[lang]})`,
  },
  languageName: "Deutsch",
  publisher: { name: "Datenteam", credits: "Recherche, Faktencheck, Daten, Text und Grafik: Datenteam" },
  sequence: {
    label: "Zeitleiste der Ereignisse",
    rows: {
      putin: "Trump – Putin",
      zelensky: "Trump – Selenskyj",
      weapons: "US-Waffenlieferungen",
      statements: "Äußerungen",
      attacks: "Russische Angriffe",
      talks: "Verhandlungen",
      deadline: "Frist für Moskau",
    },
    dayMonth: (day, monthName) => `${day}. ${monthName}`,
    withYear: (label, year) => `${label} ${year}`,
    dayOnly: (day) => `${day}.`,
    deadline: (days, end) => `${days}, bis ${end}`,
    deadlineDays: (days) => `${days} Tage`,
    or: "oder",
    key: {
      label: "Legende",
      sides: {
        us: "USA",
        russia: "Russland",
        ukraine: "Ukraine",
        europe: "Europa",
        nato: "NATO",
        other: "andere",
      },
      context: "grau: nicht im Fokus",
      density: { day: "weitere Ereignisse, gezählt je Tag", week: "weitere Ereignisse, gezählt je Woche" },
      callNumber: "Nr. des Telefonats",
      notHeld: "abgesagt",
      deadline: "Frist",
      delivery: {
        flowing: "laufen",
        halted_all: "gestoppt",
        halted_partly: "teils gestoppt",
        reported: "laut Berichten",
        nato_purchases: "NATO-Käufe",
      },
    },
    overview: "Überblick seit Amtsantritt",
    call: (n, name) => (n ? `${n}. Telefonat mit ${name}` : `Telefonat mit ${name}`),
    callShort: (n) => `${n}. Telefonat`,
    meeting: (name) => `Treffen mit ${name}`,
    notHeld: "abgesagt",
    shows: "Die Grafik zeigt",
    highlighted: "hervorgehoben",
    to: "bis",
    all: "alle Ereignisse",
    details: "Details",
  },
  sections: {
    claim: "Erste Berichte",
    finding: "Was die Quellen zeigen",
    see: "Belegt durch",
    kinds: { official: "amtlich", wire: "Agentur", state_media: "Staatsmedium", press: "Presse" },
    required: "Pflicht",
    optional: "optional",
    requiredHeader: "Pflicht",
    codebookOf: "Codebuch von",
    column: "Spalte",
    allowed: "Erlaubt",
    meaning: "Bedeutung",
    file: "Datei",
    // The sources-and-data page and its explorer.
    page: "Quellen und Daten",
    pageIntro: (events: number, sources: number) =>
      `Der Faktencheck, die Methode, alle ${events} Ereignisse der Rekonstruktion mit ihren ${sources} Quellen, das Codebuch der Daten, die Dateien zum Herunterladen und die Korrekturen.`,
    copyOf: (agency, outlet) => `${agency} via ${outlet}`,
    citing: (outlet, newsroom) => `${outlet}, nach ${newsroom}`,
    sourceKinds: ({ official, wire, state_media, press }) =>
      `Davon ${official} amtliche Seiten, ${wire} von unabhängigen Nachrichtenagenturen, ${state_media} von Staatsmedien und ${press} aus der Presse; Linksammlungen, Inhaltefarmen und Spiegelseiten lässt die Datenprüfung nicht zu.`,
    updated: "Stand",
    dataUntil: "Daten bis",
    backToStory: "Zur Geschichte",
    events: "Alle Ereignisse und ihre Quellen",
    eventsNote:
      "Jedes Ereignis mit Datum, Beteiligten und seinen Quellen; amtliche Quellen, Agenturen, Staatsmedien und Presse sind als solche gekennzeichnet, und, soweit bekannt, steht bei einem unverändert übernommenen Text die Agentur oder Redaktion davor („AP via …“), bei einem Bericht, der sich auf den einer anderen Redaktion stützt, diese dahinter („…, nach NBC News“).",
    codebook: "Codebuch der Daten",
    codebookNote: "Was jede Spalte der Dateien bedeutet und welche Werte erlaubt sind.",
    download: "Daten herunterladen",
    downloadNote: "Die bereinigten Daten als CSV (UTF-8, Komma-getrennt):",
    tables: {
      events: "Ereignisse",
      sources: "Quellen",
      hosts: "Linkregeln (Hosts)",
      actors: "Beteiligte",
      systems: "Waffensysteme",
      factchecks: "Faktencheck",
      corrections: "Korrekturen",
    },
    datapackage: "Beschreibung der Dateien (Frictionless Data Package)",
    filter: "Ereignisse filtern",
    search: "Suche im Text",
    actor: "Beteiligte",
    allActors: "alle Beteiligten",
    kind: "Art",
    allKinds: "alle Arten",
    from: "von",
    to: "bis",
    reset: "Filter zurücksetzen",
    count: (shown: number, all: number) =>
      shown === all ? `Alle ${all} Ereignisse` : `${shown} von ${all} Ereignissen`,
    none: "Kein Ereignis passt zu diesem Filter.",
    pages: "Seiten",
    previous: "Vorige Seite",
    next: "Nächste Seite",
    pageOf: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  },
  scrolly: {
    back: "Zurück",
    next: "Weiter",
    share: "Link kopieren",
    copied: "Link kopiert",
    status: (i: string, n: number) => `Schritt ${i} von ${n}`,
    nav: "Schritte der Geschichte",
  },
  sourcesPage: {
    file: "quellen.html",
    ids: {
      events: "ereignisse",
      codebook: "codebuch",
      data: "daten",
      factchecks: "faktencheck",
      method: "methode",
      corrections: "korrekturen",
    },
    kindCount: {
      official: (n) => `${n} amtliche ${n === 1 ? "Quelle" : "Quellen"}`,
      wire: (n) => `${n} ${n === 1 ? "Agenturmeldung" : "Agenturmeldungen"}`,
      press: (n) => `${n} ${n === 1 ? "Pressebericht" : "Presseberichte"}`,
      state_media: (n) => `${n} ${n === 1 ? "Bericht" : "Berichte"} von Staatsmedien`,
    },
    and: "und",
    factcheck: { label: "Faktencheck", more: "Zur Prüfung" },
  },
  embed: {
    titles: {
      calls: "Trumps Telefonate und Treffen mit Putin und Selenskyj",
      deliveries: "Wann die USA Waffenlieferungen an die Ukraine stoppten",
      positions: "Wer was wann sagte",
    },
    credit: "Aus der Datenrecherche „Telefonate, Waffen, Positionen“ –",
    back: "zur Geschichte",
  },
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
      nato_purchases: "NATO-Käufe (erstes Paket bezahlt)",
    },
    notHeld: "fand nicht statt",
    sources: "Quellen",
    source: "Quelle",
    confidenceLabel: "Belegt",
    figureConfidenceLabel: "Zahlen und Einzelheiten belegt",
    close: "Schließen",
    date: "Datum",
    event: "Ereignis",
    actors: "Beteiligte",
    callNumber: (n) => `${n}. Telefonat Trump–Putin`,
    contactName: (type, counterpart, n) => `${n ? `${n}. ` : ""}${type} mit ${counterpart}`,
    statementNumber: (n) => `Äußerung ${n}`,
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
      others: (trump: string, zelensky: string, until?: string) =>
        `sowie ${trump}s Telefonate und Treffen mit ${zelensky}${until ? ` bis zum ${until}` : ""}`,
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
      reportedKey: "Lieferungen laut Berichten wieder unterwegs, nicht bestätigt",
      reportedFrom: (date: string) => `Lieferungen laut Berichten ab ${date}`,
      decision: "Entscheidung, die den Stand ändert",
      decisionInfo: "weitere Entscheidung oder Meldung",
      systemsTitle: "Welche Waffen gestoppt wurden",
      systemsNote:
        "Eine amtliche Liste gab es bis Ende Juli 2025 nicht: Das Pentagon nannte weder Typen noch Mengen. Die Angaben stammen aus Medienberichten.",
      phases: "Die Phasen der US-Lieferungen",
      status: "Stand",
      from: "von",
      to: "bis",
      toNote: "bis (Beginn der nächsten Phase bzw. Datenstand)",
      haltDays: "Tage (Stopps)",
      decisions: "Die Entscheidungen über Waffenlieferungen",
      shortDate: { day: "numeric", month: "numeric", timeZone: "UTC" },
      caption:
        "Farbe und Muster zeigen den Stand der US-Lieferungen seit Trumps Amtsantritt; Rauten markieren die Entscheidungen (gefüllt: Entscheidung ändert den Stand). Der Zoom zeigt die bestätigten Stopps Tag für Tag; Stopps, die nur aus Berichten ohne genaue Daten bekannt sind, fehlen.",
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
        `${phone ? "Die nummerierten Punkte sind" : "Jeder Punkt ist eine zitierte Äußerung seit " + since + ", in Zeilen nach der Seite des Sprechers; die nummerierten sind"} die Äußerungen, die unten ${phone ? "stehen (im Wortlaut beim Antippen)" : "im Wortlaut stehen"}: was jede Seite sagte, als der Stopp bekannt wurde und als Trump die Kehrtwende ankündigte.${phone ? ` Alle Äußerungen seit ${since} stehen in der Tabelle.` : ""}`,
      group: {
        halt_start: (date: string) => `Als der Stopp bekannt wurde (ab ${date})`,
        halt_end: (date: string) => `Nach der angekündigten Kehrtwende (ab ${date})`,
        latest: () => "Das letzte Wort jeder Seite",
      },
      halt: "Lieferstopp",
      tableCaption: "Die zitierten Äußerungen",
      speaker: "Wer",
      quote: "Zitat",
    },
  },
} satisfies Messages;

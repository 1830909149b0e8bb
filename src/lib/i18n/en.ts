/** Every word of the English edition that is not in the data (British usage). */
import { UNNAMED_TRANSLATOR } from "../vocabularies.js";
import { capitalize, type Messages } from "./messages.js";

/** Cardinals up to twelve in words, zero first; digits beyond. */
const CARDINALS = [
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
];
/** A number before a noun: as the cardinals, but "no" for 0 and "one" for 1. */
const numberWord = (n: number) => ["no", "one"][n] ?? CARDINALS[n] ?? String(n);

/** An ordinal in digits: "13th", "22nd". */
const ordinalDigits = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th")}`;

/** Language names as a quote's note needs them. */
const NAME_EN = { de: "German", en: "English", uk: "Ukrainian", ru: "Russian" } as const;

export const en = {
  locale: "en-GB",
  ogLocale: "en_GB",
  edition: "/en/",
  eventAnchor: "event",
  verdict: {
    label: "Verdict",
    values: { false: "false", misleading: "misleading", partly_true: "partly true", true: "true" },
  },
  evidence: "Evidence",
  story: {
    title: "Trump called Putin first, then Zelensky",
    series: "Calls, weapons, positions",
    description:
      "In early July 2025, Donald Trump spoke to Vladimir Putin and then to Volodymyr Zelensky within two days. The White House had already confirmed that the US was holding back some of the weapons promised to Ukraine. A reconstruction from the sources, with a fact check.",
    imageAlt: (enlarged) =>
      `Timeline of Trump’s calls and meetings with Putin and Zelensky since January 2025${enlarged ? `, with ${enlarged} enlarged below` : ""}`,
  },
  sequenceAlt: "Time line of all events by kind",
  sentenceEnd: /(?<=[.!?][”"’]?(?:\[\[[^\]]*\]\])?)\s+(?=[A-Z“"‘])/u,
  quotes: ["“", "”"],
  dayOfMonth: (day) => `${day}`,
  shortDate: (day, _month, monthName) => `${day} ${monthName}`,
  timelineLabel: "Time line of all events",
  rangeStart: (day) => `${day}–`,
  clock: (hours, minutes) => `${hours}:${minutes}`,
  and: " and ",
  places: {
    "America/New_York": "Washington",
    "Europe/Berlin": "Berlin",
    "Europe/Kyiv": "Kyiv",
    "Europe/Moscow": "Moscow",
  },
  ordinals: [
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
  ordinalDigits,
  cardinals: CARDINALS,
  sourceLine: { more: " and others", own: "own analysis", until: "Data until" },
  quotation: {
    ours: (from) => `our translation from ${NAME_EN[from]}`,
    oursOfTranslation: (lang, translator) =>
      translator === UNNAMED_TRANSLATOR
        ? `our translation of an ${NAME_EN[lang]} version whose translator is not named`
        : `our translation of the ${NAME_EN[lang]} version by ${translator}`,
    translatedBy: (translator, from) =>
      translator === UNNAMED_TRANSLATOR
        ? `English version, translator not named (the original is in ${NAME_EN[from]})`
        : `English version from ${translator} (the original is in ${NAME_EN[from]})`,
    printedBy: (outlet) => `as printed by ${outlet}`,
    quotedBy: (outlet) => `, as quoted by ${outlet}`,
    translatorNames: { "Russian agencies": "Russian agencies" },
    original: (outlet, lang, own) =>
      own
        ? `Original wording (${NAME_EN[lang]}), as printed by ${outlet}`
        : `As printed by ${outlet} (${NAME_EN[lang]})`,
    wording: (outlet, lang) => `Quoted as printed by ${outlet} (${NAME_EN[lang]})`,
  },
  languageName: "English",
  publisher: { name: "data team", credits: "Research, fact check, data, text and graphics: Data team" },
  sequence: {
    label: "Time line of the events",
    rows: {
      putin: "Trump – Putin",
      zelensky: "Trump – Zelensky",
      weapons: "US weapons deliveries",
      statements: "Statements",
      attacks: "Russian attacks",
      talks: "Talks",
      deadline: "Deadline for Moscow",
    },
    dayMonth: (day, monthName) => `${day} ${monthName}`,
    withYear: (label, year) => `${label} ${year}`,
    dayOnly: (day) => `${day}`,
    deadline: (days, end) => `${days}, to ${end}`,
    deadlineDays: (days) => `${days} days`,
    or: "or",
    key: {
      label: "Key",
      sides: {
        us: "US",
        russia: "Russia",
        ukraine: "Ukraine",
        europe: "Europe",
        nato: "NATO",
        other: "others",
      },
      context: "grey: not in focus",
      density: { day: "other events, counted per day", week: "other events, counted per week" },
      callNumber: "number of the call",
      notHeld: "not held",
      deadline: "deadline",
      delivery: {
        flowing: "running",
        halted_all: "halted",
        halted_partly: "partly halted",
        reported: "as reported",
        nato_purchases: "NATO purchases",
      },
    },
    overview: "Overview since the inauguration",
    call: (n, name) => (n ? `${ordinalDigits(n)} call with ${name}` : `Call with ${name}`),
    callShort: (n) => `${ordinalDigits(n)} call`,
    meeting: (name) => `Meeting with ${name}`,
    notHeld: "not held",
    shows: "The graphic shows",
    highlighted: "highlighted",
    to: "to",
    all: "all events",
    details: "Details",
  },
  sections: {
    claim: "First reports",
    finding: "What the sources show",
    see: "Established by",
    kinds: { official: "official", wire: "wire", state_media: "state media", press: "press" },
    required: "required",
    optional: "optional",
    requiredHeader: "Required",
    codebookOf: "Codebook of",
    column: "Column",
    allowed: "Allowed",
    meaning: "Meaning",
    file: "File",
    page: "Sources and data",
    pageIntro: (events: number, sources: number) =>
      `The fact check, the method, all ${events} events of the reconstruction with their ${sources} sources, the codebook of the data, the files to download and the corrections.`,
    copyOf: (agency, outlet) => `${agency} via ${outlet}`,
    citing: (outlet, newsroom) => `${outlet}, citing ${newsroom}`,
    sourceKinds: ({ official, wire, state_media, press }) =>
      `Of these, ${official} are official pages, ${wire} from independent news agencies, ${state_media} from state media and ${press} from the press; the data check admits no link aggregators, content farms or mirrors.`,
    updated: "Updated",
    dataUntil: "Data until",
    backToStory: "Back to the story",
    events: "All events and their sources",
    eventsNote:
      "Each event with its date, who was involved and its sources; official sources, wire services, state media and press are marked as such, and, as far as known, an agency’s or newsroom’s copy run unchanged has that agency first (“AP via …”), and a report resting on another newsroom’s has that newsroom after it (“…, citing NBC News”).",
    codebook: "Codebook of the data",
    codebookNote: "What each column of the files means and which values are allowed.",
    download: "Download the data",
    downloadNote: "The cleaned data as CSV (UTF-8, comma-separated):",
    tables: {
      events: "events",
      sources: "sources",
      hosts: "link rules (hosts)",
      actors: "actors",
      systems: "weapon systems",
      factchecks: "fact check",
      corrections: "corrections",
    },
    datapackage: "description of the files (Frictionless data package)",
    filter: "Filter the events",
    search: "Search the text",
    actor: "Who",
    allActors: "everyone",
    kind: "Kind",
    allKinds: "all kinds",
    from: "from",
    to: "to",
    reset: "Clear the filter",
    count: (shown: number, all: number) =>
      shown === all ? `All ${all} events` : `${shown} of ${all} events`,
    none: "No event matches this filter.",
    pages: "Pages",
    previous: "Previous page",
    next: "Next page",
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  scrolly: {
    back: "Back",
    next: "Next",
    share: "Copy link",
    copied: "Link copied",
    status: (i: string, n: number) => `Step ${i} of ${n}`,
    nav: "Steps of the story",
  },
  sourcesPage: {
    file: "sources.html",
    ids: {
      events: "events",
      codebook: "codebook",
      data: "data",
      factchecks: "fact-check",
      method: "method",
      corrections: "corrections",
    },
    kindCount: {
      official: (n) => `${n} official ${n === 1 ? "source" : "sources"}`,
      wire: (n) => `${n} news-agency ${n === 1 ? "report" : "reports"}`,
      press: (n) => `${n} press ${n === 1 ? "report" : "reports"}`,
      state_media: (n) => `${n} state-media ${n === 1 ? "report" : "reports"}`,
    },
    and: "and",
    factcheck: { label: "Fact check", more: "The full check" },
  },
  embed: {
    titles: {
      calls: "Trump’s calls and meetings with Putin and Zelensky",
      deliveries: "When the US halted weapons deliveries to Ukraine",
      positions: "Who said what, when",
    },
    credit: "From the data investigation “Calls, weapons, positions” –",
    back: "read the story",
  },
  chart: {
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
      nato_purchases: "NATO purchases (first package paid)",
    },
    notHeld: "did not take place",
    sources: "Sources",
    source: "Source",
    confidenceLabel: "Confidence",
    figureConfidenceLabel: "Confidence in figures and details",
    close: "Close",
    date: "Date",
    event: "Event",
    actors: "Who",
    callNumber: (n) => `Trump–Putin call no. ${n}`,
    contactName: (type, counterpart, n) => `${type}${n ? ` ${n}` : ""} with ${counterpart}`,
    statementNumber: (n) => `Statement ${n}`,
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
    calls: {
      widestMonth: "Sept",
      title: (trump: string, putin: string, zelensky: string) =>
        `${trump}’s calls and meetings with ${putin} and ${zelensky}`,
      svgLabel: (title: string, range: string) => `Timeline: ${title}, ${range}`,
      zoomTitle: (range: string) => `Enlarged: ${range}`,
      numberLegend: (putin: string) => `Number of the call with ${putin}`,
      notHeldLegend: "planned, did not take place",
      calls: (n: number, trump: string, putin: string, numbered: boolean) =>
        (n === 1
          ? `One publicly known call between ${trump} and ${putin}`
          : `${capitalize(numberWord(n))} publicly known calls between ${trump} and ${putin}`) +
        (numbered ? " (numbered)" : ""),
      others: (trump: string, zelensky: string, until?: string) =>
        `and ${trump}’s calls and meetings with ${zelensky}${until ? ` up to ${until}` : ""}`,
      notHeld: (n: number, type: string, marked: boolean) =>
        (n === 1
          ? `One planned ${type.toLowerCase()} did not take place`
          : `${capitalize(numberWord(n))} planned contacts did not take place`) +
        (marked ? " (hollow, dashed)." : "."),
      zoom: (range: string) => `Below, enlarged: ${range}.`,
      binHeadline: (n: number, counterpart: string) =>
        `${n} ${n === 1 ? "call or meeting" : "calls and meetings"} with ${counterpart}`,
      binMore: (n: number) => `and ${n} more (see table)`,
      binLegend: "Area: number of calls and meetings",
      overviewBins: (days: number, last: number) =>
        `the overview combines ${days === 1 ? "each day" : `every ${numberWord(days)} days`}${last !== days ? ` (${numberWord(last)} at the end)` : ""}`,
      binned: (overview: string | undefined, zoom: boolean) =>
        `As there are so many, ${overview ?? "the enlarged view combines each day"} into one circle${overview && zoom ? ", the enlarged view each day" : ""}; a circle’s area is proportional to the number of its calls and meetings.`,
    },
    deliveries: {
      title: "When the US halted weapons deliveries to Ukraine",
      overview: "Overview",
      zoom: "Zoom: the halts day by day",
      days: (n: number) => (n === 1 ? "1 day" : `${n} days`),
      daysUntilAnnounced: (days: string) => `${days} until the announced U-turn`,
      daysUntilAnnouncedShort: (days: string) => `${days} until the announcement`,
      announced: "U-turn announced",
      announcedShort: "announced",
      reportedKey: "Deliveries reported under way again, not confirmed",
      reportedFrom: (date: string) => `deliveries reported from ${date}`,
      decision: "Decision that changes the state",
      decisionInfo: "Further decision or report",
      systemsTitle: "Which weapons were halted",
      systemsNote:
        "There was no official list as of the end of July 2025: the Pentagon gave neither types nor quantities. The entries come from media reports.",
      phases: "The phases of US deliveries",
      status: "State",
      from: "from",
      to: "to",
      toNote: "to (start of the next phase or end of data)",
      haltDays: "Days (halts)",
      decisions: "The decisions on weapons deliveries",
      shortDate: { day: "numeric", month: "short", timeZone: "UTC" },
      caption:
        "Colour and pattern show the state of US deliveries since Trump took office; diamonds mark the decisions (filled: the decision changes the state). The zoom shows the confirmed halts day by day; halts known only from reports without exact dates are not drawn.",
    },
    positions: {
      rows: { us: "USA", ukraine: "Ukraine", russia: "Russia", west: "Europe/NATO", other: "Others" },
      title: "Who said what, when",
      caption: (since: string, phone: boolean) =>
        `${phone ? "The numbered dots are" : "Each dot is a quoted statement since " + since + ", in rows by the speaker's side; the numbered ones are"} the statements ${phone ? "listed below (tap one for its full quote)" : "quoted in full below"}: what each side said when the halt became known and when Trump announced the U-turn.${phone ? ` The table lists every statement since ${since}.` : ""}`,
      group: {
        halt_start: (date: string) => `When the halt became known (from ${date})`,
        halt_end: (date: string) => `After the announced U-turn (from ${date})`,
        latest: () => "Each side's latest word",
      },
      halt: "Halt",
      tableCaption: "The quoted statements",
      speaker: "Who",
      quote: "Quote",
    },
  },
} satisfies Messages;

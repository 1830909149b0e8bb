/** Every word of the English edition that is not in the data (British usage). */
import { capitalize, type Messages } from "./messages.js";

/** Numbers in words before a noun, zero first: "no", "one", … "twelve"; digits beyond. */
const NUMBER_WORDS = [
  "no",
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
const numberWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

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
  ordinalDigits: (n) =>
    `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th")}`,
  cardinals: [
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
  sourceLine: { more: " and others", own: "own analysis", until: "Data until" },
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
    contactName: (type, counterpart, n) => `${type}${n ? ` ${n}` : ""} with ${counterpart}`,
    statementNumber: (n) => `Statement ${n}`,
    translationShow: "Translation",
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
      others: (trump: string, zelensky: string) => `and ${trump}’s calls and meetings with ${zelensky}`,
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
      reportedFrom: (date: string) => `deliveries reported from ${date}`,
      decision: "Decision that changes the state",
      decisionInfo: "Further decision or report",
      systemsTitle: "Which weapons were halted",
      systemsNote:
        "There is no official list: the Pentagon gave neither types nor quantities. The entries come from media reports.",
      phases: "The phases of US deliveries",
      status: "State",
      from: "from",
      to: "to",
      toNote: "to (start of the next phase or end of data)",
      haltDays: "Days (halts)",
      decisions: "The decisions on weapons deliveries",
      shortDate: { day: "numeric", month: "short", timeZone: "UTC" },
      caption:
        "Colour and pattern show the state of US deliveries since Trump took office; diamonds mark the decisions (filled: the decision changes the state). Because the halts lasted only days, the zoom shows them day by day.",
    },
    positions: {
      rows: { us: "USA", ukraine: "Ukraine", russia: "Russia", west: "Europe/NATO", other: "Others" },
      title: "Who said what, when",
      caption: (since: string, phone: boolean) =>
        `${phone ? "The numbered dots are" : "Each dot is a quoted statement since " + since + ", in rows by the speaker's side; the numbered ones are"} the statements quoted in full below: what each side said when the halt became known and when it ended.${phone ? ` The table lists every statement since ${since}.` : ""}`,
      group: {
        halt_start: (date: string) => `When the halt became known (from ${date})`,
        halt_end: (date: string) => `After the halt ended (from ${date})`,
        latest: () => "Each side's latest word",
      },
      halt: "Halt",
      tableCaption: "The quoted statements",
      speaker: "Who",
      quote: "Quote",
    },
  },
} satisfies Messages;

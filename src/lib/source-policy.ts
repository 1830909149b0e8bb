/**
 * What a newsroom cites: rules for the links in sources.csv and for the quotes
 * of events.csv (run by check-data through validate.ts), and the order in which
 * a chart's source line names its sources (official statements and agencies
 * first, then by how many events they document).
 *
 * Which hosts are rejected, and which hosts make a source official, a wire or
 * state media, is data: data/hosts.csv, a reason for each host.
 */
import type { DataError } from "./errors.js";
import type { Row } from "./schema.js";
import { SOURCE_KINDS, UNNAMED_TRANSLATOR, type SourceKind } from "./vocabularies.js";

/** Host name labels of test, staging and development servers. */
const TEST_HOST = /^(?:test|tests|testing|staging|stage|stg|dev|qa|uat|preview|sandbox)\d*$/i;

export interface UrlIssue {
  message: string;
  allowed: string;
}

/** The first rule a link breaks, or undefined for a link a newsroom would cite. */
export function urlIssue(url: string): UrlIssue | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { message: "is not a link a browser can open", allowed: "an https:// link" };
  }
  if (parsed.protocol !== "https:")
    return {
      message: `uses ${parsed.protocol.replace(":", "")}, not https`,
      allowed: "an https:// link (the publisher's secure address)",
    };
  if (/^https:\/\/[^/]+:443(?:[/?#]|$)/i.test(url))
    return {
      message: "names the default port :443",
      allowed: "the same link without :443",
    };
  if (parsed.port !== "")
    return {
      message: `names the port :${parsed.port}`,
      allowed: "a link to the publisher's public site, without a port",
    };
  const host = parsed.hostname.toLowerCase();
  if (isTestHost(host))
    return {
      message: `points to a test or staging host (${host})`,
      allowed: "a link to the publisher's public site",
    };
  if (isAmp(parsed, host))
    return {
      message: "is an AMP page (or an AMP plugin's variant such as ?noamp=mobile)",
      allowed: "the publisher's canonical article link, without /amp",
    };
  return undefined;
}

/**
 * Whether a label before the last two (the registered domain) names a test or staging server.
 * The labels are read in place: host.split(".") took a quarter of the check of 100k links.
 */
function isTestHost(host: string): boolean {
  const last = host.lastIndexOf(".");
  // The dot before the registered domain: every label before it is checked.
  const end = last > 0 ? host.lastIndexOf(".", last - 1) : -1;
  for (let start = 0; start <= end;) {
    const dot = host.indexOf(".", start);
    if (TEST_HOST.test(host.slice(start, dot))) return true;
    start = dot + 1;
  }
  return false;
}

function isAmp(url: URL, host: string): boolean {
  if (host.startsWith("amp.")) return true;
  const path = url.pathname;
  if (/(?:^|\/)amp(?:\/|$|-)/i.test(path)) return true;
  if (/\.amp(?:\.html?)?$/i.test(path)) return true;
  // A link without a query has no parameters to read (and needs no URLSearchParams).
  if (url.search === "") return false;
  for (const [name, value] of url.searchParams) {
    if (/^(?:amp|outputtype)$/i.test(name) && (value === "" || /^(?:1|true|amp)$/i.test(value))) return true;
    // ?noamp=mobile: the AMP plugin's switch to its mobile variant, not the article's own address.
    if (/^noamp$/i.test(name)) return true;
  }
  return false;
}

/** What the rules need of a table: its rows and where they stand in the file. */
interface SourceTable {
  file: string;
  header: string[];
  rows: Pick<Row<"sources">, "url">[];
  lines: number[];
}

/** Every link in sources.csv that breaks a rule, located by file, line and column. */
export function checkSourceUrls({ file, header, rows, lines }: SourceTable): DataError[] {
  const column = header.indexOf("url") + 1;
  const errors: DataError[] = [];
  rows.forEach((row, index) => {
    const issue = urlIssue(row.url);
    if (issue) errors.push({ file, line: lines[index], column, field: "url", value: row.url, ...issue });
  });
  return errors;
}

// A link that names the agency it rests on --------------------------------------

/** Agencies an outlet names at the end of a headline it took from them ("…-reuters", "…-tass-reports"). */
const AGENCY_WORDS = [
  "reuters",
  "ap",
  "afp",
  "dpa",
  "tass",
  "ria",
  "interfax",
  "ukrinform",
  "anadolu",
  "xinhua",
  "upi",
];
const ATTRIBUTED_SLUG = new RegExp(
  `(?:^|[-_])(${AGENCY_WORDS.join("|")})(?:[-_](?:reports?|reported|says|writes))?(?:\\.[a-z]+)?$`,
  "i",
);

/** The agency whose name ends a link's last path segment, as in a headline attributed to it; undefined for none. */
export function agencyInLink(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const slug = path.replace(/\/+$/, "");
  return ATTRIBUTED_SLUG.exec(slug.slice(slug.lastIndexOf("/") + 1))?.[1].toLowerCase();
}

/**
 * Every source whose link ends in an agency's name (the outlet's headline says the story is
 * that agency's) while the row claims the outlet's own report: no via and no relation.
 */
export function checkAttributedLinks(
  sources: Located<Pick<Row<"sources">, "url" | "via_en" | "relation">>,
): DataError[] {
  const column = sources.header.indexOf("url") + 1;
  const errors: DataError[] = [];
  sources.rows.forEach((source, index) => {
    if (source.relation || source.via_en) return;
    const agency = agencyInLink(source.url);
    if (!agency) return;
    errors.push({
      file: sources.file,
      line: sources.lines[index],
      column,
      field: "url",
      value: source.url,
      message: `ends in "${agency}", as a headline attributed to that agency does, but the row names no via and no relation (the outlet's own report)`,
      allowed:
        "via_de, via_en and relation naming the agency (copy where the outlet runs its text unchanged, citing where its own report rests on it), or a link to the agency's own report",
    });
  });
  return errors;
}

// The host list (data/hosts.csv) ---------------------------------------------

type HostRow = Pick<Row<"hosts">, "host" | "kind" | "reason">;
type HostKind = Row<"hosts">["kind"];

/**
 * The entry of hosts.csv that covers a link: the host itself or a domain above it
 * (news.example.com is covered by example.com), with its path where the entry names
 * one; the most specific entry wins. Undefined for a link no entry covers.
 */
export function hostEntry<H extends Pick<HostRow, "host">>(url: string, hosts: readonly H[]): H | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  const path = parsed.pathname;
  let best: H | undefined;
  for (const entry of hosts) {
    const slash = entry.host.indexOf("/");
    const name = (slash < 0 ? entry.host : entry.host.slice(0, slash)).toLowerCase();
    const prefix = slash < 0 ? "" : entry.host.slice(slash);
    if (host !== name && !host.endsWith(`.${name}`)) continue;
    if (prefix && !path.startsWith(prefix)) continue;
    if (!best || entry.host.length > best.host.length) best = entry;
  }
  return best;
}

interface Located<R> {
  file: string;
  header: string[];
  rows: R[];
  lines: number[];
}

/**
 * Every source whose host hosts.csv rejects, and every source whose kind contradicts
 * its host: a host listed with a kind gives every source on it that kind, and the
 * kinds official, wire and state_media need a host listed with that kind.
 */
export function checkSourceHosts(
  sources: Located<Pick<Row<"sources">, "url" | "kind">>,
  hosts: Pick<Located<HostRow>, "file" | "rows">,
): DataError[] {
  const urlColumn = sources.header.indexOf("url") + 1;
  const kindColumn = sources.header.indexOf("kind") + 1;
  const errors: DataError[] = [];
  const listed = (kind: HostKind) =>
    hosts.rows
      .filter((host) => host.kind === kind)
      .map((host) => host.host)
      .join(", ");
  sources.rows.forEach((source, index) => {
    const line = sources.lines[index];
    const entry = hostEntry(source.url, hosts.rows);
    if (entry?.kind === "rejected") {
      errors.push({
        file: sources.file,
        line,
        column: urlColumn,
        field: "url",
        value: source.url,
        message: `is on ${entry.host}, which ${hosts.file} rejects: ${entry.reason}`,
        allowed:
          "a link to the page of the outlet that reported (or the official page), on a host that file does not reject",
      });
    } else if (entry && entry.kind !== source.kind) {
      errors.push({
        file: sources.file,
        line,
        column: kindColumn,
        field: "kind",
        value: source.kind,
        message: `contradicts its host ${entry.host}, which ${hosts.file} lists as ${entry.kind} (${entry.reason})`,
        allowed: entry.kind,
      });
    } else if (!entry && source.kind !== "press") {
      errors.push({
        file: sources.file,
        line,
        column: kindColumn,
        field: "kind",
        value: source.kind,
        message: `needs a host that ${hosts.file} lists as ${source.kind}, and ${hostName(source.url)} is not listed`,
        allowed: `press, or a link on one of the ${source.kind} hosts (${listed(source.kind)}); a new host goes into ${hosts.file} with its reason`,
      });
    }
  });
  return errors;
}

const hostName = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

// One link, one source ------------------------------------------------------------

type SourceRow = Row<"sources">;
/**
 * The columns that say what a source is; a link cited for several events says the same in each row.
 * What the page rests on (via, relation) may differ per event: one report can tell of a call
 * itself and cite another newsroom on a shipment.
 */
const SOURCE_FIELDS = ["outlet", "kind", "language"] as const;

/**
 * The page a link opens, as one key for links that differ only in how they are written:
 * the host in lower case and without "www.", no fragment, no trailing slash
 * (https://www.Example.org/a/#top and https://example.org/a are one page).
 */
export function pageKey(url: string): string {
  // Read as a string, not parsed as a URL: about half the time on 100k links.
  const hash = url.indexOf("#");
  const parts = PAGE_PARTS.exec(hash < 0 ? url : url.slice(0, hash));
  if (!parts) return url;
  const [, host, path, query] = parts;
  return `${host.toLowerCase().replace(/^www\./, "")}${path.replace(/\/+$/, "")}${query}`;
}

/** A link's host, path and query (the scheme dropped: http and https open one page). */
const PAGE_PARTS = /^[a-z][a-z\d+.-]*:\/\/([^/?]*)([^?]*)(.*)$/i;

/**
 * The sources a reader can open, counted once per link however many events cite them,
 * and how many of each kind (every kind, those without a source at 0): what "N sources"
 * and the counts by kind on the pages mean.
 */
export function distinctSources(rows: readonly Pick<SourceRow, "url" | "kind">[]): {
  count: number;
  byKind: Record<SourceKind, number>;
} {
  const byKind = Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, 0])) as Record<SourceKind, number>;
  const seen = new Set<string>();
  for (const row of rows) {
    const key = pageKey(row.url);
    if (seen.has(key)) continue;
    seen.add(key);
    byKind[row.kind] += 1;
  }
  return { count: seen.size, byKind };
}

/**
 * Every row that cites a page an earlier row cites too (however the link is written, see
 * pageKey) but calls it something else (another outlet, kind or language)
 * or writes its link otherwise: one page is one source, described once.
 */
export function checkRepeatedLinks({
  file,
  header,
  rows,
  lines,
}: Located<Pick<SourceRow, "event_id" | "url" | (typeof SOURCE_FIELDS)[number]>>): DataError[] {
  const first = new Map<string, number>();
  const errors: DataError[] = [];
  rows.forEach((row, index) => {
    const key = pageKey(row.url);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, index);
      return;
    }
    const before = rows[earlier];
    if (row.url !== before.url)
      errors.push({
        file,
        line: lines[index],
        column: header.indexOf("url") + 1,
        field: "url",
        value: row.url,
        message: `opens the page that line ${lines[earlier]} (event ${before.event_id}) links as ${before.url}, written otherwise: one page is one source`,
        allowed: `${before.url}, as on line ${lines[earlier]}`,
      });
    for (const field of SOURCE_FIELDS) {
      if ((row[field] ?? "") === (before[field] ?? "")) continue;
      errors.push({
        file,
        line: lines[index],
        column: header.indexOf(field) + 1,
        field,
        value: row[field] ?? "",
        message: `differs for the link that line ${lines[earlier]} (event ${before.event_id}) gives ${field} "${before[field] ?? ""}": one link is one source`,
        allowed: `"${before[field] ?? ""}", as on line ${lines[earlier]}, or correct that line too`,
      });
    }
  });
  return errors;
}

// Quotes -----------------------------------------------------------------------

type QuoteRow = Pick<Row<"events">, "id" | "quote" | "quote_lang" | "quote_source" | "quote_translator">;
type PinnedSource = Pick<Row<"sources">, "event_id" | "url" | "language" | "outlet" | "via_de" | "via_en">;

/**
 * Every quote whose pinned source (quote_source) is not a source of its own event, every
 * quote printed in another language than its pinned source (the words must be those that
 * source printed, in the language it printed them), and every translator the pinned source
 * does not name: the outlet itself, or the agency it runs (via), or "unnamed" where it does not say.
 */
export function checkQuoteSources(
  events: Located<QuoteRow>,
  sources: Pick<Located<PinnedSource>, "file" | "rows">,
): DataError[] {
  const column = events.header.indexOf("quote_source") + 1;
  const byUrl = new Map<string, PinnedSource[]>();
  for (const source of sources.rows) {
    const list = byUrl.get(source.url);
    if (list) list.push(source);
    else byUrl.set(source.url, [source]);
  }
  const errors: DataError[] = [];
  events.rows.forEach((event, index) => {
    if (event.quote === undefined || event.quote_source === undefined) return;
    const at = {
      file: events.file,
      line: events.lines[index],
      column,
      field: "quote_source",
      value: event.quote_source,
    };
    const quote = event.quote.length > 60 ? `${event.quote.slice(0, 57)}…` : event.quote;
    const candidates = byUrl.get(event.quote_source) ?? [];
    const own = candidates.find((source) => source.event_id === event.id);
    if (!own) {
      const other = candidates[0];
      errors.push({
        ...at,
        message: other
          ? `pins the quote "${quote}" to a source of event ${other.event_id}, not of this event`
          : `pins the quote "${quote}" to a link that is no row of ${sources.file}`,
        allowed: `the url of a row of ${sources.file} with event_id ${event.id} that printed these words`,
      });
    } else if (event.quote_lang !== undefined && own.language !== event.quote_lang) {
      errors.push({
        ...at,
        message: `pins the quote "${quote}", marked as printed in ${event.quote_lang}, to a source in ${own.language}`,
        allowed: `a source of this event that printed the words in ${event.quote_lang}, or quote_lang ${own.language} with the words as that source printed them`,
      });
    } else if (
      event.quote_translator !== undefined &&
      ![own.outlet, own.via_en, own.via_de, UNNAMED_TRANSLATOR].includes(event.quote_translator)
    ) {
      const named = [own.outlet, own.via_en, UNNAMED_TRANSLATOR].filter(Boolean).join(" or ");
      errors.push({
        ...at,
        column: events.header.indexOf("quote_translator") + 1,
        field: "quote_translator",
        value: event.quote_translator,
        message: `names a translator of the quote "${quote}" that its pinned source (${own.outlet}, ${sources.file}) does not name`,
        allowed: `${named}, as that row of ${sources.file} names it (its outlet, or the agency in its via columns; ${UNNAMED_TRANSLATOR} where it does not say who translated)`,
      });
    }
  });
  return errors;
}

// Ranking --------------------------------------------------------------------

/** News agencies: where a text is theirs, the agency is the publisher a reader should see named. */
export const AGENCIES: readonly string[] = [
  "AP",
  "Reuters",
  "AFP",
  "dpa",
  "TASS",
  "Interfax",
  "RIA Novosti",
  "Anadolu",
  "Xinhua",
  "UPI",
  "dpa-AFX",
  "Ukrinform",
  "UNN",
  "BTA",
];

export interface RankableSource {
  outlet: string;
  via?: string;
  relation?: Row<"sources">["relation"];
  kind: Row<"sources">["kind"];
}

/** State media rank with the press: a source line leads with official pages and independent agencies. */
const KIND_WEIGHT: Record<RankableSource["kind"], number> = {
  official: 3,
  wire: 2,
  state_media: 1,
  press: 1,
};

/** The agencies of AGENCIES that a government owns and controls: credited like state media. */
const STATE_AGENCIES: ReadonlySet<string> = new Set([
  "TASS",
  "RIA Novosti",
  "Xinhua",
  "Anadolu",
  "Ukrinform",
  "BTA",
]);

/**
 * Who a source line should credit for a source, and with what weight: the
 * agency or office a republished text comes from, else the outlet itself (also
 * for its own report that cites an agency: the words are the outlet's).
 */
export function credit(source: RankableSource): { name: string; weight: number } {
  if (source.relation === "citing") return { name: source.outlet, weight: KIND_WEIGHT[source.kind] };
  if (source.via) {
    const agency = AGENCIES.find((name) => source.via!.split(/,\s*/).includes(name));
    if (agency)
      return {
        name: agency,
        weight: STATE_AGENCIES.has(agency) ? KIND_WEIGHT.state_media : KIND_WEIGHT.wire,
      };
  }
  if (source.kind === "official" && source.via) return { name: source.via, weight: KIND_WEIGHT.official };
  return { name: source.outlet, weight: KIND_WEIGHT[source.kind] };
}

/**
 * The publishers to name first in a source line: by weight (official, agency,
 * then press and state media), then by the number of events they document, then by the
 * number of sources, then by name. `sourcesByEvent` holds each event's sources.
 */
export function leadingSources(sourcesByEvent: readonly (readonly RankableSource[])[]): string[] {
  const tally = new Map<string, { weight: number; events: number; sources: number }>();
  for (const sources of sourcesByEvent) {
    const named = new Set<string>();
    for (const source of sources) {
      const { name, weight } = credit(source);
      const entry = tally.get(name) ?? { weight, events: 0, sources: 0 };
      entry.weight = Math.max(entry.weight, weight);
      entry.sources += 1;
      if (!named.has(name)) entry.events += 1;
      named.add(name);
      tally.set(name, entry);
    }
  }
  return [...tally]
    .sort(
      ([nameA, a], [nameB, b]) =>
        b.weight - a.weight ||
        b.events - a.events ||
        b.sources - a.sources ||
        (nameA < nameB ? -1 : nameA > nameB ? 1 : 0),
    )
    .map(([name]) => name);
}

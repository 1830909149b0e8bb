/**
 * What a newsroom cites: rules for the links in sources.csv (run by check-data
 * through validate.ts) and the order in which a chart's source line names its
 * sources (official statements and agencies first, then by how many events
 * they document).
 */
import type { DataError } from "./errors.js";
import type { Row } from "./schema.js";

/** Domains that imitate or mirror a publisher's site; a newsroom cites the original. */
export const LOOKALIKE_DOMAINS: readonly string[] = [
  "zerkalo-br0wse.xyz",
  "news-pravda.com",
  "trump.news-pravda.com",
];

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
  const lookalike = LOOKALIKE_DOMAINS.find(
    (domain, index) => host === domain || host.endsWith(LOOKALIKE_SUFFIXES[index]),
  );
  if (lookalike)
    return {
      message: `points to ${lookalike}, a look-alike or mirror domain`,
      allowed: "a link to the original publisher's own domain",
    };
  if (isAmp(parsed, host))
    return {
      message: "is an AMP page",
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

/** ".domain" for each look-alike domain, made once rather than once per link (bench:data checks 100k). */
const LOOKALIKE_SUFFIXES = LOOKALIKE_DOMAINS.map((domain) => `.${domain}`);

function isAmp(url: URL, host: string): boolean {
  if (host.startsWith("amp.")) return true;
  const path = url.pathname;
  if (/(?:^|\/)amp(?:\/|$|-)/i.test(path)) return true;
  if (/\.amp(?:\.html?)?$/i.test(path)) return true;
  // A link without a query has no parameters to read (and needs no URLSearchParams).
  if (url.search === "") return false;
  for (const [name, value] of url.searchParams) {
    if (/^(?:amp|outputtype)$/i.test(name) && (value === "" || /^(?:1|true|amp)$/i.test(value))) return true;
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
  "Ukrinform",
  "UNN",
  "BTA",
];

export interface RankableSource {
  outlet: string;
  via?: string;
  kind: Row<"sources">["kind"];
}

const KIND_WEIGHT: Record<RankableSource["kind"], number> = { official: 3, wire: 2, press: 1, aggregator: 0 };

/**
 * Who a source line should credit for a source, and with what weight: the
 * agency or office a republished text comes from, else the outlet itself.
 */
export function credit(source: RankableSource): { name: string; weight: number } {
  if (source.via) {
    const agency = AGENCIES.find((name) => source.via!.split(/,\s*/).includes(name));
    if (agency) return { name: agency, weight: KIND_WEIGHT.wire };
  }
  if (source.kind === "official" && source.via) return { name: source.via, weight: KIND_WEIGHT.official };
  return { name: source.outlet, weight: KIND_WEIGHT[source.kind] };
}

/**
 * The publishers to name first in a source line: by weight (official, agency,
 * press, aggregator), then by the number of events they document, then by the
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

/** The deliveries chart in words: its key, the reported systems, the phases as a table. */
import type { DeliveryPhase, HaltPeriod } from "../../lib/derive.js";
import { formatDate, type Lang } from "../../lib/format.js";
import type { ReportedSystem, StoryEvent } from "../../lib/story.js";
import { el } from "../kit/html.js";
import { deliverySwatch, key, symbolSwatch } from "../kit/key.js";
import { dataTable } from "../kit/table.js";
import { haltOf } from "../facts.js";
import { LABELS } from "../labels.js";
import { DELIVERY_STYLE, deliveryFill, type DeliveryFill } from "../palette.js";
import { phaseName } from "../phase-labels.js";

/** The key (it wraps on a phone): each fill the band shows, and the two kinds of decision marks. */
export function legend(phases: DeliveryPhase[], decisions: StoryEvent[], lang: Lang): HTMLElement {
  const labels = LABELS[lang];
  const words = LABELS[lang].deliveries;
  const shown = new Set(phases.map(deliveryFill));
  const fills = (Object.keys(DELIVERY_STYLE) as DeliveryFill[]).filter((fill) => shown.has(fill));
  const kinds = [
    { className: "decision-change", text: words.decision, present: decisions.some((e) => e.deliveryStatus) },
    {
      className: "decision-info",
      text: words.decisionInfo,
      present: decisions.some((e) => !e.deliveryStatus),
    },
  ];
  return key(
    [
      ...fills.map((fill) => ({
        swatch: deliverySwatch(fill),
        label: fill === "reported" ? words.reportedKey : labels.delivery[fill],
        attrs: { "data-status": fill },
      })),
      ...kinds
        .filter((kind) => kind.present)
        .map((kind) => ({
          swatch: symbolSwatch("diamond", { radius: 6, className: `legend-swatch ${kind.className}` }),
          label: kind.text,
        })),
    ],
    { class: "deliveries-legend" },
  );
}

/**
 * The systems reported as halted (reported, not announced) in one compact table:
 * system and quantity, in a group per report and attribution whose head says once
 * who reported them.
 */
export function systemsList(systems: ReportedSystem[], events: StoryEvent[], lang: Lang): HTMLElement {
  const labels = LABELS[lang];
  const words = LABELS[lang].deliveries;
  const byEvent = new Map(events.map((event) => [event.id, event]));
  const table = dataTable(
    systems,
    [
      { header: labels.system, rowHeader: true, cell: (row) => row.system },
      { header: labels.quantity, cell: (row) => row.quantity },
    ],
    {
      attrs: { class: "systems-table" },
      rowAttrs: (row) => ({ "data-category": row.category }),
      groups: {
        key: (row) => `${row.eventId} ${row.reportedBy}`,
        header: (row) =>
          `${byEvent.get(row.eventId)?.dateLabel ?? row.eventId}, ${labels.reportedBy} ${row.reportedBy}`,
        attrs: (row) => ({ "data-event": row.eventId }),
      },
    },
  );
  return el(
    "section",
    { class: "deliveries-systems" },
    el("h4", { class: "systems-heading" }, `${words.systemsTitle} (${labels.reported})`),
    el("p", { class: "systems-note" }, words.systemsNote),
    table,
  );
}

/** The phases as a table: status, from, to, and the days of each halt (the difference of start and end). */
export function phaseTable(phases: DeliveryPhase[], halts: HaltPeriod[], lang: Lang): HTMLElement {
  const words = LABELS[lang].deliveries;
  return dataTable(
    phases,
    [
      { header: words.status, rowHeader: true, cell: (phase) => phaseName(phase, lang) },
      { header: words.from, cell: (phase) => formatDate(phase.start, lang) },
      { header: words.toNote, cell: (phase) => formatDate(phase.end, lang) },
      { header: words.haltDays, cell: (phase) => String(haltOf(phase, halts)?.days ?? "–") },
    ],
    {
      caption: words.phases,
      attrs: { class: "phase-table" },
      rowAttrs: (phase) => ({ "data-status": phase.status }),
    },
  );
}

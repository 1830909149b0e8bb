/** The deliveries chart in words: its key, the reported systems, the phases as a table. */
import { groups } from "d3-array";
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

/** The systems reported as halted, grouped by the report they come from: reported, not announced. */
export function systemsList(systems: ReportedSystem[], events: StoryEvent[], lang: Lang): HTMLElement {
  const labels = LABELS[lang];
  const words = LABELS[lang].deliveries;
  const section = el(
    "section",
    { class: "deliveries-systems" },
    el("h4", { class: "systems-heading" }, `${words.systemsTitle} (${labels.reported})`),
    el("p", { class: "systems-note" }, words.systemsNote),
  );
  const byEvent = new Map(events.map((event) => [event.id, event]));
  for (const [eventId, rows] of groups(systems, (system) => system.eventId)) {
    const event = byEvent.get(eventId);
    const table = dataTable(
      rows,
      [
        {
          header: labels.system,
          rowHeader: true,
          attrs: { "data-label": labels.system },
          cell: (row) => row.system,
        },
        { header: labels.quantity, attrs: { "data-label": labels.quantity }, cell: (row) => row.quantity },
        {
          header: labels.reportedBy,
          attrs: { "data-label": labels.reportedBy },
          cell: (row) => row.reportedBy,
        },
      ],
      {
        caption: event ? `${event.dateLabel}: ${event.headline}` : eventId,
        attrs: { class: "systems-table", "data-event": eventId },
        rowAttrs: (row) => ({ "data-category": row.category }),
      },
    );
    section.append(table);
  }
  return section;
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

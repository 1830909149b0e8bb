/** The calls chart in words: its caption and its key. */
import { formatDate, type Lang } from "../../lib/format.js";
import { areaSwatch, key, numberSwatch, symbolSwatch } from "../kit/key.js";
import { LABELS } from "../labels.js";
import type { Overview, Zoom } from "./layout.js";
import type { CallsModel } from "./model.js";

/** The caption: how many calls, what did not take place, what is enlarged, and how bins count. */
export function captionText(model: CallsModel, overview: Overview, zoom: Zoom | undefined): string {
  const { lang, events, name } = model;
  const text = LABELS[lang].calls;
  const overviewBinned = overview.plan.kind === "bins";
  const zoomBinned = zoom?.plan.kind === "bins";
  const callCount = events.filter((event) => event.callNumber !== undefined).length;
  const notHeld = events.filter((event) => event.status === "not_held");
  // The data may hold Trump's contacts with Zelensky only to an earlier day than the chart's end: say to which.
  const lastZelensky = events.reduce(
    (last, event) => (event.counterpart === "zelensky" && event.date > last ? event.date : last),
    "",
  );
  const zelenskyUntil =
    lastZelensky && lastZelensky < model.domain[1] ? formatDate(lastZelensky, lang) : undefined;
  return [
    `${text.calls(callCount, name("trump"), name("putin"), !overviewBinned)} ${text.others(name("trump"), name("zelensky"), zelenskyUntil)}, ${model.rangeLabel}.`,
    notHeld.length > 0
      ? text.notHeld(notHeld.length, LABELS[lang].type[notHeld[0].type], !overviewBinned)
      : undefined,
    model.zoomRangeLabel ? text.zoom(model.zoomRangeLabel) : undefined,
    overviewBinned || zoomBinned
      ? text.binned(
          overviewBinned ? text.overviewBins(overview.spans.days, overview.spans.lastDays) : undefined,
          zoomBinned,
        )
      : undefined,
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * The key to the shapes where events are drawn one by one, and to the circles
 * where they are counted in bins; colour needs none, the lanes are labelled.
 */
export function legend(lang: Lang, putin: string, keys: { symbols: boolean; bins: boolean }): HTMLElement {
  const labels = LABELS[lang];
  return key(
    [
      ...(keys.symbols
        ? [
            { swatch: symbolSwatch("circle"), label: labels.type.call },
            { swatch: symbolSwatch("square"), label: labels.type.meeting },
            { swatch: symbolSwatch("circle", { hollow: true }), label: labels.calls.notHeldLegend },
            { swatch: numberSwatch("3"), label: labels.calls.numberLegend(putin) },
          ]
        : []),
      ...(keys.bins ? [{ swatch: areaSwatch(), label: labels.calls.binLegend }] : []),
    ],
    { class: "calls-legend" },
  );
}

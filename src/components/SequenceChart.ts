/**
 * The sticky graphic of the scrolling story: an overview strip of the whole period
 * with the step's window marked; below it Trump's contacts with Putin and with
 * Zelensky in lanes of their own, the US deliveries as a band of states, the deadlines
 * for Moscow, statements, attacks and talks; a key under it. `highlight(ids, context)`
 * shows the rows a step needs, zooms to its events, labels them directly and mutes
 * everything else to grey; marks, bands, labels and axis move to their new places (the
 * styles animate them, and not at all with reduced motion). The figure carries its
 * state in data attributes.
 *
 * It is the only chart on the first load, so it draws from the light sequence
 * data and loads an event's details when one is opened. Its parts live in
 * ./sequence/: view (what a step shows, where), scale, rows, marks, density, band, deadline,
 * axis, labels and their placement, overview, key, names, details, interaction.
 */
import { create, type Selection } from "d3-selection";
import type { Lang } from "../lib/format.js";
import { MESSAGES } from "../lib/i18n/index.js";
import type { SequenceData, SequenceEvent } from "../lib/story.js";
import { detailsPanel, el } from "./common.js";
import { deliveryFills } from "./kit/patterns.js";
import { bandBox, drawBand } from "./sequence/band.js";
import { drawAxis, axisTicks } from "./sequence/axis.js";
import { drawDeadlines } from "./sequence/deadline.js";
import type * as DensityPart from "./sequence/density.js";
import { detailsOpener, eventsFrom, type EventDetails } from "./sequence/details.js";
import { wireMarks } from "./sequence/interaction.js";
import { drawKey } from "./sequence/key.js";
import { labelStep } from "./sequence/labels.js";
import { drawMarks, moveMarks, styleMarks, widestDay } from "./sequence/marks.js";
import { markName, shortLabel } from "./sequence/names.js";
import { drawOverview } from "./sequence/overview.js";
import { textWidth, type Box } from "./sequence/placement.js";
import { rowLabel, type RowBox } from "./sequence/rows.js";
import { translate } from "./sequence/scale.js";
import { atOnce, inSlices, type Runner } from "./sequence/schedule.js";
import {
  EDGE,
  stepLayout,
  stepView,
  type Layout,
  type StepOptions,
  type StepView,
  type ViewOptions,
} from "./sequence/view.js";

export { eventsFrom, stepView };

export interface SequenceOptions extends ViewOptions {
  width: number;
  height: number;
  /** The step to draw first (its events and options): drawn once, not the whole time line and then the step. */
  initial?: [ids?: readonly string[], step?: StepOptions];
  /** Draws the events counted rather than drawn (data.density); ResponsiveSequence loads it for data that has them. */
  density?: typeof DensityPart;
  /** The full event for the details panel (summary, quote, sources), loaded when a reader opens one. */
  details: (id: string) => Promise<EventDetails | undefined>;
  /** How a step's drawing runs (sequence/schedule.ts): at once unless given. */
  run?: Runner;
}

export interface SequenceChartElement extends HTMLElement {
  /**
   * Highlights these events and zooms to them, with the step's context events in view
   * (grey) and its own labels; no ids shows the whole time line. Returns what it now
   * shows, in a sentence.
   */
  highlight(ids?: readonly string[], step?: StepOptions): string;
  /** Opens an event's details, as a click on its mark does; resolves when they are shown. */
  select(id: string | undefined): Promise<void>;
}

const ROW_LABEL_SIZE = 11;
const BAND_LABEL_SIZE = 11;

type Group = Selection<SVGGElement, undefined, null, undefined>;

/** The svg and its layers, bottom to top; all but the marks are hidden from assistive technology. */
function layers(width: number, height: number, lang: Lang) {
  const svg = create("svg")
    .attr("class", "sequence-svg")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "group")
    .attr("aria-label", MESSAGES[lang].sequence.label);
  const layer = (name: string, hidden = true): Group => {
    const g = svg.append("g").attr("class", `seq-${name}`);
    return hidden ? g.attr("aria-hidden", "true") : g;
  };
  // The deliveries chart below draws the same fills: its patterns' ids are its own.
  const fills = deliveryFills(svg.append("defs"), ["halted_partly", "reported"], "sequence-");
  return {
    svg,
    fills,
    overview: layer("overview"),
    rows: layer("rows"),
    density: layer("density"),
    band: layer("band"),
    deadlines: layer("deadlines"),
    axis: layer("axis"),
    leaders: layer("leaders"),
    marks: layer("marks", false),
    rowNames: layer("row-names"),
    labels: layer("labels"),
  };
}
type Layers = ReturnType<typeof layers>;

/** Room to spare beside a row name's estimated width. */
const ROW_NAME_MARGIN = 3;

/**
 * Row lines below the marks and row names (at each row's top left) above them, with a
 * halo, so that a muted mark never covers a name; each row moving to its place. Returns
 * the names' boxes.
 */
function drawRows(
  layer: { rows: Group; rowNames: Group },
  rows: RowBox[],
  [left, right]: [number, number],
  lang: Lang,
): Box[] {
  const perRow = (group: Group) =>
    group
      .selectAll<SVGGElement, RowBox>("g")
      .data(rows, (row) => row.key)
      .join("g")
      .attr("class", (row) => `seq-row is-${row.key}`)
      .style("transform", (row) => translate(0, row.y));
  perRow(layer.rows)
    .selectAll("line")
    .data((row) => [row])
    .join("line")
    .attr("x1", left)
    .attr("x2", right)
    .attr("y1", (row) => (row.markY - row.y).toFixed(1))
    .attr("y2", (row) => (row.markY - row.y).toFixed(1));
  perRow(layer.rowNames)
    .selectAll("text")
    .data((row) => [row])
    .join("text")
    .attr("x", left)
    .attr("y", 2 + ROW_LABEL_SIZE)
    .text((row) => rowLabel(row.key, lang));
  // The estimate with a few pixels to spare: a label beside a row name never touches it.
  return rows.map((row) => ({
    x: left,
    y: row.y + 2,
    width: textWidth(rowLabel(row.key, lang), ROW_LABEL_SIZE, "regular") + ROW_NAME_MARGIN,
    height: ROW_LABEL_SIZE + 3,
  }));
}

/**
 * Rows, density bars, delivery band, deadlines and axis of a step, then the labels, placed
 * clear of their text; it pauses between the parts (sequence/schedule.ts).
 */
function* drawStep(
  layer: Layers,
  data: SequenceData,
  view: StepView,
  layout: Layout,
  width: number,
  density?: typeof DensityPart,
): Generator<void, void> {
  const { x, range, weapons, lang } = { ...layout, lang: view.lang };
  const rowNames = drawRows(layer, layout.rows, range, lang);
  density?.drawDensity(layer.density, layout.density, x, layout.rowBox);
  yield;
  const band = weapons
    ? drawBand(
        layer.band,
        layer.fills,
        { phases: data.deliveryPhases, halts: data.haltPeriods },
        { x, range, y: weapons.markY, fontSize: BAND_LABEL_SIZE },
        lang,
      )
    : [];
  layer.band.classed("is-hidden", !weapons);
  yield;
  const deadlineLabels = drawDeadlines(
    layer.deadlines,
    view.deadlines,
    layout.deadline,
    x,
    range,
    data.months,
    lang,
    rowNames,
  );
  yield;
  const days = view.focused.map((event) => event.date);
  drawAxis(layer.axis, layout.bottom + 2, range, axisTicks(view.domain, x, range, data.months, lang, days));
  const inFocus = new Set(view.focused.map((event) => event.id));
  yield;
  yield* labelStep(
    layer,
    view.focused.filter(layout.isVisible),
    data.events.filter((event) => !inFocus.has(event.id) && layout.isVisible(event)),
    (d) => view.labels.get(d.id)!,
    { position: (d) => layout.position(d)!, rowSpan: layout.rowSpan },
    {
      bounds: { x: EDGE, y: layout.top, width: width - 2 * EDGE, height: layout.bottom - layout.top },
      obstacles: [...rowNames, ...deadlineLabels],
      soft: weapons ? [bandBox(weapons.markY, range)] : [],
      bandLabels: band,
    },
    lang,
    data.months,
  );
}

export function SequenceChart(data: SequenceData, options: SequenceOptions): SequenceChartElement {
  const { width, height, lang } = options;
  const layer = layers(width, height, lang);
  const marks = drawMarks(layer.marks, data);
  const widest = widestDay(data.events);
  const markWindow = drawOverview(layer.overview, data, [EDGE + 4, width - EDGE - 4], layer.fills);
  // It shows what detailsOpener gives it: the event with its actors' names from the full story.
  const panel = detailsPanel({}, lang);
  // The panel is not a live region: opening it announces a short line, never the whole panel.
  panel.node.removeAttribute("aria-live");
  const live = el("p", { class: "visually-hidden", "aria-live": "polite" });
  const keySlot = el("div", { class: "sequence-key-slot" });
  const root = el("div", { class: "sequence" }) as unknown as SequenceChartElement;
  root.append(layer.svg.node()!, keySlot, panel.node, live);
  const select = detailsOpener(marks, panel, live, options);
  let reachable: string[] = [];
  wireMarks(
    marks,
    () => reachable,
    (id) => void select(id),
  );

  /** A step's drawing: the marks move first, then rows, band and axis, then the labels are placed. */
  function* drawing(view: StepView, layout: Layout): Generator<void, void> {
    const name = (d: SequenceEvent) =>
      markName(d, view.labels.get(d.id) ?? shortLabel(d, data.actors, lang, options.labels));
    const focus = new Set(view.focused.map((event) => event.id));
    moveMarks(marks, layout);
    yield;
    reachable = styleMarks(marks, focus, view.focused.find(layout.isVisible)?.id, layout, name);
    yield;
    markWindow(view.domain);
    // Most steps keep the key of the step before: it is drawn again only when it changes.
    const keyNames = JSON.stringify(layout.key);
    if (keySlot.dataset.entries !== keyNames) {
      keySlot.replaceChildren(drawKey(layout.key, lang));
      keySlot.dataset.entries = keyNames;
    }
    yield;
    yield* drawStep(layer, data, view, layout, width, options.density);
  }

  root.highlight = (ids = [], step = {}) => {
    const view = stepView(data, ids, options, step);
    const layout = stepLayout(data, view, { width, height }, widest, options.density);
    root.dataset.focus = ids.join(" ");
    root.dataset.domain = view.period.join("/");
    root.dataset.rows = layout.rows.map((row) => row.key).join(" ");
    root.dataset.drawn = "false";
    (options.run ?? atOnce)(drawing(view, layout), () => (root.dataset.drawn = "true"));
    return view.sentence;
  };
  root.select = select;
  root.highlight(...(options.initial ?? []));
  return root;
}

/**
 * The sequence graphic that fills its container and redraws when the container
 * changes size, keeping the events in focus. A step is drawn in slices of a few
 * milliseconds after the step changed (sequence/schedule.ts), so that a step's change
 * never holds the page long; `.sequence[data-drawn="true"]` says the drawing is complete.
 * It draws first when the container is on the page and has a size (a ResizeObserver
 * reports it, without forcing a layout); steps and selections that come before are kept
 * for that first drawing.
 */
export function ResponsiveSequence(
  data: SequenceData,
  options: Omit<SequenceOptions, "width" | "height">,
): HTMLElement & Pick<SequenceChartElement, "highlight" | "select"> {
  const container = el("div", { class: "sequence-frame" }) as unknown as HTMLElement &
    Pick<SequenceChartElement, "highlight" | "select">;
  let step: [readonly string[], StepOptions] = [[], {}];
  let selected: string | undefined;
  let size = "";
  let chart: SequenceChartElement | undefined;
  // One runner for every drawing: a step's work replaces the one before, also across a resize.
  const run = options.run ?? inSlices();
  const showState = () =>
    Object.assign(container.dataset, {
      focus: chart?.dataset.focus,
      domain: chart?.dataset.domain,
      rows: chart?.dataset.rows,
    });
  // The bars of events counted rather than drawn load only with data that has them (the story's own
  // events have none); the first drawing waits for them, so that the graphic is drawn once.
  let density = options.density;
  let loading: Promise<void> | undefined =
    !density && data.density?.length
      ? import("./sequence/density.js").then(
          (part) => void (density = part),
          () => undefined, // without them, the graphic draws its marks alone
        )
      : undefined;
  /** The size asked for while the density part loads: drawn once it is there. */
  let waiting: [number, number] | undefined;
  void loading?.then(() => {
    loading = undefined;
    if (waiting) draw(...waiting);
  });
  const draw = (boxWidth: number, boxHeight: number) => {
    if (loading) {
      waiting = [boxWidth, boxHeight];
      return;
    }
    const width = Math.max(280, Math.floor(boxWidth || 640));
    const height = Math.max(160, Math.floor(boxHeight || 320));
    if (`${width}x${height}` === size) return;
    size = `${width}x${height}`;
    // Focus inside the old drawing moves to the same mark in the new one.
    const focused = (document.activeElement as Element | null)
      ?.closest?.(".sequence-mark")
      ?.getAttribute("data-event");
    chart = SequenceChart(data, { ...options, density, width, height, run, initial: step });
    if (selected) void chart.select(selected);
    container.replaceChildren(chart);
    if (focused) chart.querySelector<SVGGElement>(`[data-event="${focused}"][tabindex]`)?.focus();
    showState();
  };
  container.highlight = (ids = [], stepOptions = {}) => {
    step = [ids, stepOptions];
    if (selected && !ids.includes(selected)) void container.select(undefined);
    const sentence = chart?.highlight(ids, stepOptions) ?? stepView(data, ids, options, stepOptions).sentence;
    showState();
    return sentence;
  };
  container.select = async (id) => {
    selected = id;
    await chart?.select(id);
  };
  if (typeof ResizeObserver === "undefined") draw(640, 320);
  else
    new ResizeObserver(([entry]) => draw(entry.contentRect.width, entry.contentRect.height)).observe(
      container,
    );
  return container;
}

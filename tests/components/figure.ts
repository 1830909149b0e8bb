/** The parts of a chart's figure that a reader opens. */

/** Opens the figure's text alternative as a reader would (the table is built on first open). */
export function openAlternative(figure: HTMLElement): void {
  const details = figure.querySelector<HTMLDetailsElement>(".chart-alternative")!;
  details.open = true;
  details.dispatchEvent(new Event("toggle"));
}

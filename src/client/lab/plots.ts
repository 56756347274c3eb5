// The lab's three charts and their tables: Observable Plot and the chart builders (./charts.ts) load only
// once there is something to draw, so /lab/'s first bundle holds just this placing code.
import type { LabRun } from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';
import { el } from './dom';

/** Where each chart and its table go, and the roofline's plain words. */
export interface PlotTargets {
  speedup: HTMLElement;
  roofline: HTMLElement;
  compare: HTMLElement;
  rooflineWords: HTMLElement;
}

const s = labStrings.chartEmpty;

// The chart is one image with a name and a description (its table beside holds the data); Plot's
// per-mark aria-labels would be prohibited ARIA inside role="img", so they are dropped.
function asImage(chart: Element): Element {
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg[aria-label]') ?? chart;
  const name = svg.getAttribute('aria-label');
  for (const mark of chart.querySelectorAll('[aria-label]')) mark.removeAttribute('aria-label');
  if (name) svg.setAttribute('aria-label', name);
  svg.setAttribute('role', 'img');
  return chart;
}

function place(target: HTMLElement, drawn: [Element, HTMLTableElement] | null, empty: string): void {
  const [rawChart, data] = drawn ?? [null, null];
  const chart = rawChart ? asImage(rawChart) : null;
  const chartSlot = target.querySelector('[data-lab-chart]');
  const tableSlot = target.querySelector('[data-lab-chart-table]');
  chartSlot?.replaceChildren(...(chart ? [chart] : []));
  tableSlot?.replaceChildren(...(data ? [data] : []));
  const note = target.querySelector('[data-lab-chart-empty]');
  if (note) note.textContent = chart ? '' : empty;
}

function placeWords(target: HTMLElement, lines: readonly string[]): void {
  target.hidden = lines.length === 0;
  target.querySelector('ul')?.replaceChildren(...lines.map((line) => el('li', line)));
}

let modules: Promise<[typeof import('@observablehq/plot'), typeof import('./charts')]> | undefined;

/** Draws (or clears) the speed-up, roofline and comparison charts for the runs on screen; the first run's roofline is drawn. */
export async function renderPlots(targets: PlotTargets, runs: readonly LabRun[]): Promise<void> {
  if (runs.length === 0) {
    for (const target of [targets.speedup, targets.roofline, targets.compare]) place(target, null, s.empty);
    placeWords(targets.rooflineWords, []);
    return;
  }
  modules ??= Promise.all([import('@observablehq/plot'), import('./charts')]);
  const [Plot, charts] = await modules;
  const [first] = runs;
  place(targets.speedup, charts.speedupChart(Plot, runs), s.speedupEmpty);
  place(targets.roofline, first ? charts.rooflineChart(Plot, first) : null, s.rooflineEmpty);
  placeWords(targets.rooflineWords, first ? charts.rooflineWords(first) : []);
  place(targets.compare, charts.compareChart(Plot, runs), s.compareEmpty);
}

// The lab's three charts, drawn with Observable Plot (loaded only once there is something to draw),
// each with a table of the same numbers beside it.
import {
  attainable, comparisonRows, formatMs, formatPercent, formatRate, rooflinePoints, rooflines, runLabels, speedups,
  type LabRun,
} from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';
import { table } from './dom';

type PlotModule = typeof import('@observablehq/plot');

/** Where each chart and its table go. */
export interface PlotTargets {
  speedup: HTMLElement;
  roofline: HTMLElement;
  compare: HTMLElement;
}

const s = labStrings.plots;

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

function speedupChart(Plot: PlotModule, runs: readonly LabRun[]): [Element, HTMLTableElement] | null {
  const labels = runLabels(runs);
  const points = runs.flatMap((run) => speedups(run).map((point) => ({ ...point, machine: labels.get(run.id) ?? run.machine })));
  if (points.length === 0) return null;
  const top = Math.max(...points.map((point) => Math.max(point.macRatio, point.speedup))) * 1.1;
  const chart = Plot.plot({
    ariaLabel: s.speedupAria, ariaDescription: s.speedupDescription,
    width: 640, height: 360, grid: true, color: { legend: true },
    x: { label: s.macRatioAxis, domain: [0, top] }, y: { label: s.speedupAxis, domain: [0, top] },
    marks: [
      Plot.line([[0, 0], [top, top]], { stroke: 'currentColor', strokeDasharray: '4 4', strokeOpacity: 0.6 }),
      Plot.text([[top * 0.8, top * 0.8]], { text: [s.promiseLabel], dy: -10, rotate: 0, fill: 'currentColor' }),
      Plot.ruleY([1], { strokeOpacity: 0.5 }),
      Plot.dot(points, { x: 'macRatio', y: 'speedup', fill: 'backend', symbol: runs.length > 1 ? 'machine' : undefined, r: 5, tip: true }),
    ],
  });
  const rows = points.map((point) => [point.layer, point.backend, ...(runs.length > 1 ? [point.machine] : []),
    formatRate(point.macRatio), formatRate(point.speedup), point.fusedSpeedup === null ? '–' : formatRate(point.fusedSpeedup)]);
  const columns = [labStrings.columns.layer, labStrings.columns.backend, ...(runs.length > 1 ? [labStrings.columns.machine] : []),
    labStrings.columns.ratio, labStrings.columns.speedup, s.fusedColumn];
  return [chart, table(labStrings.speedupCaption, columns, rows, runs.length > 1 ? 3 : 2)];
}

function rooflineChart(Plot: PlotModule, run: LabRun): [Element, HTMLTableElement] | null {
  const roofs = rooflines(run);
  const points = rooflinePoints(run);
  if (roofs.length === 0 && points.length === 0) return null;
  const intensities = [...points.map((point) => point.intensity), ...roofs.map((roof) => roof.ridge)];
  const low = Math.min(0.1, ...intensities) / 2;
  const high = Math.max(100, ...intensities) * 2;
  const steps = Array.from({ length: 61 }, (_, index) => low * (high / low) ** (index / 60));
  const roofLines = roofs.flatMap((roof) => steps.map((intensity) => ({ backend: roof.backend, intensity, gflops: attainable(roof, intensity) })));
  const chart = Plot.plot({
    ariaLabel: s.rooflineAria, ariaDescription: s.rooflineDescription,
    width: 640, height: 380, grid: true, color: { legend: true }, symbol: { legend: true },
    x: { type: 'log', label: s.intensityAxis, tickFormat: ',~g' }, y: { type: 'log', label: s.gflopsAxis, tickFormat: ',~g' },
    marks: [
      Plot.line(roofLines, { x: 'intensity', y: 'gflops', stroke: 'backend', strokeWidth: 2 }),
      Plot.dot(points.map((point) => ({ ...point, op: labStrings.opNames[point.kind] })), { x: 'intensity', y: 'gflops', stroke: 'backend', symbol: 'op', r: 5, tip: true }),
    ],
  });
  const rows = [
    ...roofs.map((roof) => [`${roof.backend} ${s.roofRow}`, roof.backend, '–', formatRate(roof.peak), `${formatRate(roof.bandwidth)} GB/s, ridge ${formatRate(roof.ridge)} FLOP/B`]),
    ...points.map((point) => [`${labStrings.opNames[point.kind]} · ${point.layer}`, point.backend, formatRate(point.intensity), formatRate(point.gflops),
      point.fractionOfRoof === null ? '–' : formatPercent(point.fractionOfRoof)]),
  ];
  return [chart, table(labStrings.rooflineCaption, [labStrings.columns.op, labStrings.columns.backend, labStrings.columns.intensity, s.gflopsColumn, s.roofColumn], rows, 2)];
}

function compareChart(Plot: PlotModule, runs: readonly LabRun[]): [Element, HTMLTableElement] | null {
  if (runs.length < 2) return null;
  const rows = comparisonRows(runs).map((row) => ({ ...row, op: `${labStrings.opNames[row.kind]} · ${row.layer} · ${row.backend}` }));
  const ops = [...new Set(rows.map((row) => row.op))];
  const marginLeft = labelMargin(ops);
  const chart = Plot.plot({
    ariaLabel: s.compareAria, ariaDescription: s.compareDescription,
    width: marginLeft + 400, height: 60 + 22 * ops.length, marginLeft, grid: true, color: { legend: true },
    x: { type: 'log', label: s.medianAxis, tickFormat: ',~g' }, y: { label: null, domain: ops },
    marks: [Plot.dot(rows, { x: 'medianMs', y: 'op', fill: 'machine', symbol: 'machine', r: 5, tip: true })],
  });
  const data = rows.map((row) => [row.op, row.machine, formatMs(row.medianMs), formatRate(row.gmacPerSecond)]);
  return [chart, table(labStrings.compareCaption, [labStrings.columns.op, labStrings.columns.machine, labStrings.columns.median, labStrings.columns.gmacs], data, 2)];
}

/** Plot's tick labels are 10 px sans-serif: about 6.5 px a character at most in the fonts it falls back to. */
const TICK_CHAR_PX = 6.5;

/** A left margin wide enough for the longest y tick label, so no label is clipped at the chart's edge. */
function labelMargin(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((label) => [...label].length));
  return Math.ceil(longest * TICK_CHAR_PX) + 16;
}

let plotModule: Promise<PlotModule> | undefined;

/** Draws (or clears) the speed-up, roofline and comparison charts for the runs on screen; the first run's roofline is drawn. */
export async function renderPlots(targets: PlotTargets, runs: readonly LabRun[]): Promise<void> {
  if (runs.length === 0) {
    for (const target of Object.values(targets)) place(target, null, s.empty);
    return;
  }
  plotModule ??= import('@observablehq/plot');
  const Plot = await plotModule;
  const [first] = runs;
  place(targets.speedup, speedupChart(Plot, runs), s.speedupEmpty);
  place(targets.roofline, first ? rooflineChart(Plot, first) : null, s.rooflineEmpty);
  place(targets.compare, compareChart(Plot, runs), s.compareEmpty);
}

// The lab's charts, drawn with Observable Plot, each with a table of the same numbers beside it, and the
// roofline's plain words. Loaded with Plot when there is something to draw, so none of it is in /lab/'s first bundle.
import {
  attainable, comparisonRows, formatMs, formatPercent, formatRate, logSteps, rooflineRange, runLabels, runRoofline, speedups,
  type LabRun, type Roof,
} from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';
import { labChartStrings } from '../../lib/strings/lab-charts';
import { rooflineStrings } from '../../lib/strings/roofline';
import { table } from './dom';

export { rooflineWords } from '../../lib/lab/roofline-words';

/** Observable Plot's module. */
export type PlotModule = typeof import('@observablehq/plot');

const s = labChartStrings.plots;

/** Measured speed-up of separable over standard against the multiply-add ratio, one dot per layer and backend (and machine). */
export function speedupChart(Plot: PlotModule, runs: readonly LabRun[]): [Element, HTMLTableElement] | null {
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
  return [chart, table(labChartStrings.speedupCaption, columns, rows, runs.length > 1 ? 3 : 2)];
}

/** The machine's roofs (solid for the CPU, dotted for the GPU, each labelled), what TF.js reaches on each backend (dashed, in its colour), and every op. */
export function rooflineChart(Plot: PlotModule, run: LabRun): [Element, HTMLTableElement] | null {
  const view = runRoofline(run);
  if (view.machine.length === 0 && view.tfjs.length === 0 && view.ops.length === 0) return null;
  const [low, high] = rooflineRange(view);
  const steps = logSteps(low, high);
  const curve = (roof: { peak: number; bandwidth: number }, label: string) => steps.map((intensity) => ({ intensity, gflops: attainable(roof, intensity), label }));
  const machineName = (roof: Roof) => rooflineStrings.roof(roof.id, roof.threads);
  const cpu = view.machine.filter((roof) => roof.id !== 'gpu').flatMap((roof) => curve(roof, machineName(roof)));
  const gpu = view.machine.filter((roof) => roof.id === 'gpu').flatMap((roof) => curve(roof, machineName(roof)));
  const tfjs = view.tfjs.flatMap((roof) => curve(roof, roof.backend));
  const labels = stagger([
    ...view.machine.map((roof) => ({ intensity: high, gflops: roof.peak, text: `${machineName(roof)} (${rooflineStrings.chartMachine})` })),
    ...view.tfjs.map((roof) => ({ intensity: high, gflops: roof.peak, text: `${rooflineStrings.chartTfjs} · ${roof.backend}` })),
  ]);
  const every = [...view.machine, ...view.tfjs];
  const top = Math.max(...every.map((roof) => roof.peak), ...view.ops.map((op) => op.gflops)) * 2;
  const bottom = Math.min(...every.map((roof) => roof.bandwidth * low), ...view.ops.map((op) => op.gflops)) / 2;
  const chart = Plot.plot({
    ariaLabel: s.rooflineAria, ariaDescription: s.rooflineDescription,
    width: 640, height: 400, marginRight: 16, grid: true, color: { legend: true }, symbol: { legend: true },
    x: { type: 'log', label: s.intensityAxis, tickFormat: ',~g' }, y: { type: 'log', label: s.gflopsAxis, tickFormat: ',~g', domain: [bottom, top] },
    marks: [
      Plot.line(cpu, { x: 'intensity', y: 'gflops', z: 'label', stroke: 'currentColor', strokeWidth: 2.5 }),
      Plot.line(gpu, { x: 'intensity', y: 'gflops', z: 'label', stroke: 'currentColor', strokeWidth: 2.5, strokeDasharray: '1 4' }),
      Plot.line(tfjs, { x: 'intensity', y: 'gflops', z: 'label', stroke: 'label', strokeWidth: 1.5, strokeDasharray: '6 4' }),
      Plot.text(labels.filter((label) => label.above), { x: 'intensity', y: 'gflops', text: 'text', textAnchor: 'end', dy: -7, fill: 'currentColor', fontSize: 11 }),
      Plot.text(labels.filter((label) => !label.above), { x: 'intensity', y: 'gflops', text: 'text', textAnchor: 'end', dy: 12, fill: 'currentColor', fontSize: 11 }),
      Plot.dot(view.ops.map((op) => ({ ...op, op: labStrings.opNames[op.kind] })), { x: 'intensity', y: 'gflops', stroke: 'backend', symbol: 'op', r: 5, tip: true }),
    ],
  });
  const percentOf = (placed: { placement: { fraction: number } } | null) => (placed ? formatPercent(placed.placement.fraction) : '–');
  const rows = [
    ...view.machine.map((roof) => [`${machineName(roof)} · ${rooflineStrings.chartMachine}`, '–', `${s.ridge} ${formatRate(roof.peak / roof.bandwidth)}`, formatRate(roof.peak), formatRate(roof.bandwidth), '–', '–',
      `${rooflineStrings.probeSource(roof.peakProbe, roof.threads)}; ${rooflineStrings.probeSource(roof.bandwidthProbe, roof.threads)}`]),
    ...view.tfjs.map((roof) => [rooflineStrings.tfjsRoofOn(roof.backend), roof.backend, `${s.ridge} ${formatRate(roof.ridge)}`, formatRate(roof.peak), formatRate(roof.bandwidth), '–', '–', s.tfjsProbes]),
    ...view.ops.map((op) => [`${labStrings.opNames[op.kind]} · ${op.layer}`, op.backend, formatRate(op.intensity), formatRate(op.gflops), formatRate(op.gbPerSecond),
      percentOf(op.machine), percentOf(op.tfjs), op.machine ? machineName(op.machine.roof) : '–']),
  ];
  const columns = [labStrings.columns.op, labStrings.columns.backend, labStrings.columns.intensity, s.gflopsColumn, labStrings.columns.gbs, s.machineShareColumn, s.tfjsShareColumn, s.roofSourceColumn];
  return [chart, table(labChartStrings.rooflineCaption, columns, rows, 2)];
}

/** Roof labels at the right edge: a label whose roof is within 1.4× of the one above it goes under its line, so the two do not overlap. */
function stagger<T extends { gflops: number }>(labels: T[]): Array<T & { above: boolean }> {
  const sorted = [...labels].sort((a, b) => b.gflops - a.gflops);
  return sorted.map((label, index) => ({ ...label, above: index === 0 || (sorted[index - 1]?.gflops ?? Infinity) > 1.4 * label.gflops || !(index % 2) }));
}

/** Median per op across the machines on screen (two runs or more). */
export function compareChart(Plot: PlotModule, runs: readonly LabRun[]): [Element, HTMLTableElement] | null {
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
  return [chart, table(labChartStrings.compareCaption, [labStrings.columns.op, labStrings.columns.machine, labStrings.columns.median, labStrings.columns.gmacs], data, 2)];
}

/** Plot's tick labels are 10 px sans-serif: about 6.5 px a character at most in the fonts it falls back to. */
const TICK_CHAR_PX = 6.5;

/** A left margin wide enough for the longest y tick label, so no label is clipped at the chart's edge. */
function labelMargin(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((label) => [...label].length));
  return Math.ceil(longest * TICK_CHAR_PX) + 16;
}

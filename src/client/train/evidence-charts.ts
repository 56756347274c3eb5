/**
 * The experiment's charts, drawn with Observable Plot into any document: jsdom's at build time (/effective/ ships
 * them as SVG, no page script) and the page's own on /train/class/ (Plot loaded with the first runs). Each net keeps
 * its colour, dash and symbol (NETWORK_STYLE); each chart is one image named by its title, its numbers in a table beside it.
 */
import type * as PlotModule from '@observablehq/plot';
import type { CurvePoint, TimePoint } from '../../lib/train/evidence';
import { EXPERIMENT_NETWORK_IDS, type NetworkId } from '../../lib/train/networks';
import { NETWORK_STYLE } from '../../lib/train/network-style';
import { evidenceStrings as s } from '../../lib/strings/evidence';

type Plot = typeof PlotModule;

/** What every chart takes: Plot itself, the document to draw in, its title (the image's name) and its size. */
export interface ChartBase {
  readonly Plot: Plot;
  readonly document: Document;
  readonly title: string;
  readonly width?: number;
  readonly height?: number;
}

const style = { background: 'transparent', color: 'currentColor', fontSize: '12px', overflow: 'visible' } as const;
const nets = (points: readonly { network: NetworkId }[]) => EXPERIMENT_NETWORK_IDS.filter((id) => points.some((point) => point.network === id));

/** The colour (with its legend) and symbol scales for the nets drawn, in the site's order. */
function netScales(ids: readonly NetworkId[]) {
  const domain = ids.map((id) => s.networkName(id));
  return {
    color: { domain, range: ids.map((id) => NETWORK_STYLE[id].colour), legend: true },
    symbol: { domain, range: ids.map((id) => NETWORK_STYLE[id].symbol) },
  };
}

/** Whole epochs 1 … `epochs`, every one up to 15, then every second or more, so ticks never repeat or fall between epochs. */
function epochTicks(epochs: number): number[] {
  const step = Math.ceil(epochs / 15);
  return Array.from({ length: epochs }, (_, index) => index + 1).filter((epoch) => epoch === 1 || epoch % step === 0);
}

/** Makes a drawn chart one image named `title`: Plot's per-mark labels are dropped and the legend's swatches hidden. */
export function asImage(figure: Element, title: string): Element {
  const chart = figure.matches('svg') ? figure : figure.querySelector(':scope > svg');
  for (const svg of figure.querySelectorAll('svg')) if (svg !== chart) svg.setAttribute('aria-hidden', 'true');
  for (const mark of chart?.querySelectorAll('[aria-label]') ?? []) mark.removeAttribute('aria-label');
  chart?.setAttribute('role', 'img');
  chart?.setAttribute('aria-label', title);
  return figure;
}

/** Validation accuracy per epoch: per net a band (lowest to highest seed), the mean line and a dot per epoch. */
export function curvesChart(points: readonly CurvePoint[], base: ChartBase): Element {
  const { Plot } = base;
  const rows = points.map((point) => ({ ...point, name: s.networkName(point.network) }));
  const epochs = Math.max(...points.map((point) => point.epoch));
  const marks = nets(points).flatMap((id) => {
    const own = rows.filter((row) => row.network === id);
    return [
      Plot.areaY(own, { x: 'epoch', y1: 'low', y2: 'high', fill: 'name', fillOpacity: 0.16 }),
      Plot.lineY(own, { x: 'epoch', y: 'mean', stroke: 'name', strokeWidth: 2, strokeDasharray: NETWORK_STYLE[id].dash }),
      Plot.dot(own, { x: 'epoch', y: 'mean', fill: 'name', symbol: 'name', r: 3.5 }),
    ];
  });
  return asImage(Plot.plot({
    document: base.document, width: base.width ?? 640, height: base.height ?? 320, marginLeft: 50, style,
    x: { label: s.xEpoch, ticks: epochTicks(epochs), tickFormat: 'd' },
    y: { label: s.yValidation, percent: true, grid: true },
    ...netScales(nets(points)), marks,
  }), base.title);
}

/** Mean validation accuracy against seconds of training, one dot per epoch, and a dashed rule at each `budget` (seconds) the text reads. */
export function timeChart(points: readonly TimePoint[], budgets: readonly number[], base: ChartBase): Element {
  const { Plot } = base;
  const rows = points.map((point) => ({ ...point, name: s.networkName(point.network) }));
  const marks = nets(points).flatMap((id) => {
    const own = rows.filter((row) => row.network === id);
    return [
      Plot.lineY(own, { x: 'seconds', y: 'accuracy', stroke: 'name', strokeWidth: 2, strokeDasharray: NETWORK_STYLE[id].dash }),
      Plot.dot(own, { x: 'seconds', y: 'accuracy', fill: 'name', symbol: 'name', r: 3.5 }),
    ];
  });
  marks.unshift(Plot.ruleX(budgets, { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '3 3' }));
  return asImage(Plot.plot({
    document: base.document, width: base.width ?? 640, height: base.height ?? 320, marginLeft: 50, style,
    x: { label: s.xSeconds, grid: true, zero: true },
    y: { label: s.yValidation, percent: true, grid: true },
    ...netScales(nets(points)), marks,
  }), base.title);
}

/** One gap and its interval, in points, labelled by its pair. */
export interface IntervalRow {
  readonly label: string;
  readonly gap: number;
  readonly low: number;
  readonly high: number;
}

/** Each gap as a dot on its 95 % interval, with a rule at 0 (no difference). */
export function intervalsChart(rows: readonly IntervalRow[], base: ChartBase): Element {
  const { Plot } = base;
  const extent = Math.max(1, ...rows.flatMap((row) => [Math.abs(row.low), Math.abs(row.high)])) * 1.15;
  return asImage(Plot.plot({
    document: base.document, width: base.width ?? 640, height: base.height ?? 60 + 48 * rows.length, marginLeft: 170, marginRight: 24, style,
    x: { label: s.xGap, domain: [-extent, extent], grid: true },
    y: { label: null, domain: rows.map((row) => row.label) },
    marks: [
      Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.7 }),
      Plot.link(rows, { x1: 'low', x2: 'high', y1: 'label', y2: 'label', stroke: 'currentColor', strokeWidth: 3 }),
      Plot.tickX(rows, { x: 'low', y: 'label', stroke: 'currentColor' }),
      Plot.tickX(rows, { x: 'high', y: 'label', stroke: 'currentColor' }),
      Plot.dot(rows, { x: 'gap', y: 'label', r: 6, fill: 'var(--accent)', stroke: 'var(--bg)' }),
    ],
  }), base.title);
}

/** One run as the class charts draw it: its net, who trained it, its seed, its test accuracy and its curve. */
export interface ClassRunPoint {
  readonly id: string;
  readonly network: NetworkId;
  readonly label: string;
  readonly testAccuracy: number;
  readonly epochs: readonly { readonly epoch: number; readonly validationAccuracy: number }[];
}

/** Every run's test accuracy as a mark on its net's row, and each net's mean as a tall tick. */
export function spreadChart(runs: readonly ClassRunPoint[], base: ChartBase & { readonly xLabel: string }): Element {
  const { Plot } = base;
  const ids = nets(runs);
  const rows = runs.map((run) => ({ ...run, name: s.networkName(run.network) }));
  const means = ids.map((id) => {
    const own = rows.filter((row) => row.network === id);
    return { name: s.networkName(id), testAccuracy: own.reduce((sum, row) => sum + row.testAccuracy, 0) / own.length };
  });
  return asImage(Plot.plot({
    document: base.document, width: base.width ?? 720, height: base.height ?? 50 + 56 * ids.length, marginLeft: 170, marginRight: 24, style,
    x: { label: base.xLabel, percent: true, grid: true },
    y: { label: null, domain: ids.map((id) => s.networkName(id)) },
    ...netScales(ids),
    marks: [
      Plot.tickX(means, { x: 'testAccuracy', y: 'name', stroke: 'currentColor', strokeWidth: 3 }),
      Plot.dot(rows, { x: 'testAccuracy', y: 'name', fill: 'name', symbol: 'name', r: 5, fillOpacity: 0.8, title: 'label' }),
    ],
  }), base.title);
}

/** Every run's validation accuracy after each epoch: one thin line per run, coloured and dashed by its net. */
export function runCurvesChart(runs: readonly ClassRunPoint[], base: ChartBase): Element {
  const { Plot } = base;
  const ids = nets(runs);
  const rows = runs.flatMap((run) => run.epochs.map((epoch) => ({ id: run.id, network: run.network, name: s.networkName(run.network), epoch: epoch.epoch, accuracy: epoch.validationAccuracy, label: run.label })));
  const epochs = Math.max(1, ...rows.map((row) => row.epoch));
  const marks = ids.flatMap((id) => {
    const own = rows.filter((row) => row.network === id);
    return [
      Plot.lineY(own, { x: 'epoch', y: 'accuracy', z: 'id', stroke: 'name', strokeWidth: 1.5, strokeOpacity: 0.7, strokeDasharray: NETWORK_STYLE[id].dash }),
      Plot.dot(own, { x: 'epoch', y: 'accuracy', fill: 'name', symbol: 'name', r: 3, title: 'label' }),
    ];
  });
  return asImage(Plot.plot({
    document: base.document, width: base.width ?? 720, height: base.height ?? 320, marginLeft: 50, style,
    x: { label: s.xEpoch, ticks: epochTicks(epochs), tickFormat: 'd' },
    y: { label: s.yValidation, percent: true, grid: true },
    ...netScales(ids), marks,
  }), base.title);
}

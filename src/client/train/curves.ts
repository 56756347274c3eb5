/**
 * Live loss and accuracy curves of the run's networks (Observable Plot, loaded with the first point), with
 * a table of the same numbers beside them; redrawn at most twice a second so the page stays responsive.
 * Each point is the mean of the last CURVE_WINDOW batches' own figures, a mean that runs on across epochs:
 * the epoch's running mean the worker also reports restarts at every epoch and would make the curve jump.
 */
import { CURVE_WINDOW, trailingMean } from '../../lib/train/moving-average';
import type { BatchEvent } from '../../lib/train/protocol';
import { trainStrings } from '../../lib/strings/train';

type PlotModule = typeof import('@observablehq/plot');

/** One batch of one network: its step in the run and its loss and accuracy (own, or smoothed). */
interface Point { network: string; step: number; loss: number; accuracy: number }

/** Each network's batches as points of the trailing mean over its last CURVE_WINDOW batches. */
function smoothed(batches: readonly Point[]): Point[] {
  const networks = [...new Set(batches.map((batch) => batch.network))];
  return networks.flatMap((network) => {
    const own = batches.filter((batch) => batch.network === network);
    const loss = trailingMean(own.map((batch) => batch.loss), CURVE_WINDOW);
    const accuracy = trailingMean(own.map((batch) => batch.accuracy), CURVE_WINDOW);
    return own.map((batch, index) => ({ ...batch, loss: loss[index] ?? batch.loss, accuracy: accuracy[index] ?? batch.accuracy }));
  });
}

/** The curves block: call `add` per batch, `reset` before a new run. */
export class TrainingCurves {
  private batches: Point[] = [];
  private points: Point[] = [];
  private plot: Promise<PlotModule> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly chart: HTMLElement, private readonly table: HTMLElement) {}

  /** Forgets the previous run's points. */
  reset(): void {
    this.batches = [];
    this.points = [];
    this.chart.replaceChildren();
    this.table.replaceChildren();
  }

  /** Adds one batch's own loss and accuracy and schedules a redraw. */
  add(event: BatchEvent): void {
    const step = (event.epoch - 1) * event.batchesPerEpoch + event.batch;
    this.batches.push({ network: trainStrings.networkNames[event.network] ?? event.network, step, loss: event.batchLoss, accuracy: event.batchAccuracy });
    this.plot ??= import('@observablehq/plot');
    this.timer ??= setTimeout(() => { this.timer = undefined; void this.draw(); }, 500);
  }

  /** Draws now (e.g. when a run ends). */
  async draw(): Promise<void> {
    if (this.batches.length === 0 || !this.plot) return;
    this.points = smoothed(this.batches);
    const Plot = await this.plot;
    const options = (y: 'loss' | 'accuracy', label: string) => Plot.plot({
      height: 220, width: 420, marginLeft: 48,
      x: { label: trainStrings.batchAxis }, y: { label, grid: true, ...(y === 'accuracy' ? { domain: [0, 1] } : {}) },
      color: { legend: true },
      marks: [Plot.lineY(this.points, { x: 'step', y, stroke: 'network', z: 'network' })],
      ariaLabel: `${trainStrings.curvesTitle}: ${label}`,
    });
    // One chart per task, so no single task holds the main thread for both.
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    const figures = [options('loss', trainStrings.lossAxis)];
    await nextTask();
    figures.push(options('accuracy', trainStrings.accuracyAxis));
    await nextTask();
    // Each chart is one image named by its aria-label (the table beside holds the numbers): the legend's
    // colour swatches are decoration, and Plot's per-mark labels would be prohibited inside role="img".
    for (const figure of figures) {
      const chart = figure instanceof SVGSVGElement ? figure : figure.querySelector<SVGSVGElement>(':scope > svg[aria-label]');
      for (const svg of figure.querySelectorAll('svg')) if (svg !== chart) svg.setAttribute('aria-hidden', 'true');
      for (const mark of chart?.querySelectorAll('[aria-label]') ?? []) mark.removeAttribute('aria-label');
      chart?.setAttribute('role', 'img');
    }
    this.chart.replaceChildren(...figures);
    this.table.replaceChildren(this.dataTable());
  }

  /** Every 10th batch (and each network's last) as rows: network, batch, loss, accuracy. */
  private dataTable(): HTMLTableElement {
    const table = document.createElement('table');
    table.createCaption().textContent = trainStrings.curvesTable(CURVE_WINDOW);
    const head = table.createTHead().insertRow();
    for (const text of [trainStrings.columns.network, trainStrings.batchAxis, trainStrings.lossAxis, trainStrings.accuracyAxis]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = text;
      head.append(th);
    }
    const body = table.createTBody();
    this.points.forEach((point, index) => {
      const last = this.points[index + 1]?.network !== point.network;
      if (point.step % 10 !== 0 && !last) return;
      const row = body.insertRow();
      for (const text of [point.network, String(point.step), point.loss.toFixed(3), trainStrings.percent(point.accuracy)]) row.insertCell().textContent = text;
    });
    return table;
  }
}

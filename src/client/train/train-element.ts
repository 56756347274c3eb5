/**
 * <dw-train>: the /train/ experiment. Enhances the server-rendered controls; the training worker
 * (and TF.js, the digits, the shipped weights) load only when the reader trains, draws or asks, and the
 * reader's runs (with the results schema) when there are runs to show or one to keep. Leaving the page
 * terminates the worker, so no training keeps running in the background — and mid-run the browser asks first.
 */
import { isBackendName } from '../../lib/backends';
import type { TrainAssets } from '../../lib/train/protocol';
import { trainStrings } from '../../lib/strings/train';
import { DrawPanel } from './draw-panel';
import { hasKeptRuns } from './history-key';
import { RunControls } from './run-controls';
import type { RunHistoryView } from './run-history-view';
import { TrainRun } from './train-run';
import { TrainSession } from './session';

/** Asks the browser to confirm leaving while a run trains (the text is the browser's own). */
const confirmLeaving = (event: BeforeUnloadEvent) => {
  event.preventDefault();
  // Older Chromium and Safari ask only when returnValue is set.
  event.returnValue = '';
};

class DwTrain extends HTMLElement {
  private session: TrainSession | undefined;
  private history: Promise<RunHistoryView> | undefined;

  connectedCallback(): void {
    if (this.dataset.enhanced !== undefined) return;
    this.dataset.enhanced = '';
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
    const draw: DrawPanel = new DrawPanel(this, (): TrainSession => this.openSession(draw));
    const controls = new RunControls(this);
    new TrainRun(this, () => this.openSession(draw), controls, {
      running: (running) => {
        if (running) addEventListener('beforeunload', confirmLeaving);
        else removeEventListener('beforeunload', confirmLeaving);
      },
      ended: (trained, record) => {
        draw.setTrained(trained);
        if (record) void this.openHistory(controls).then((history) => history.keep(record));
      },
    });
    this.querySelector('[data-train-check]')?.addEventListener('click', () => void this.checkShipped(this.openSession(draw)));
    addEventListener('pagehide', () => this.stop());
    // Kept runs are drawn once the page has loaded, so a first visit (nothing kept) loads nothing more.
    if (hasKeptRuns()) {
      const show = () => void this.openHistory(controls);
      if (document.readyState === 'complete') setTimeout(show, 0);
      else addEventListener('load', show, { once: true });
    }
  }

  disconnectedCallback(): void {
    this.stop();
  }

  private openSession(draw: DrawPanel): TrainSession {
    this.session ??= new TrainSession(JSON.parse(this.dataset.assets ?? '{}') as TrainAssets, (reason) => {
      this.querySelector('[data-train-status]')!.textContent = trainStrings.lost(reason);
      // A lost worker takes the nets trained in it along.
      draw.setTrained([], true);
    });
    return this.session;
  }

  private openHistory(controls: RunControls): Promise<RunHistoryView> {
    this.history ??= import('./run-history-view').then(({ RunHistoryView }) => new RunHistoryView(this, { repeat: (choice) => controls.fill(choice) }));
    return this.history;
  }

  private stop(): void {
    removeEventListener('beforeunload', confirmLeaving);
    this.session?.terminate(trainStrings.leftPage);
    this.session = undefined;
  }

  private async checkShipped(session: TrainSession): Promise<void> {
    const output = this.querySelector('[data-train-check-result]')!;
    const picked = this.querySelector<HTMLSelectElement>('[data-train-backend]')?.value;
    const backend = isBackendName(picked) ? picked : 'wasm';
    output.textContent = trainStrings.predictionWorking;
    try {
      const result = await session.checkShipped(backend, (event) => { output.textContent = trainStrings.downloading(event.loaded, event.total); });
      output.textContent = trainStrings.checkShippedResult(result.backend, result.standard, result.separable, result.thin, result.testCount);
      for (const id of ['standard', 'separable', 'thin'] as const) output.setAttribute(`data-${id}`, String(result[id]));
    } catch (error) {
      output.textContent = trainStrings.callFailed(error instanceof Error ? error.message : String(error));
    }
  }
}

if (!customElements.get('dw-train')) customElements.define('dw-train', DwTrain);

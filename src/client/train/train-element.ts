/**
 * <dw-train>: the /train/ experiment. Enhances the server-rendered controls; the training worker
 * (and TF.js, the digits, the shipped weights) load only when the reader trains, draws or asks.
 * Leaving the page terminates the worker, so no training keeps running in the background.
 */
import type { TrainAssets } from '../../lib/train/protocol';
import { trainStrings } from '../../lib/strings/train';
import { DrawPanel } from './draw-panel';
import { TrainRun } from './train-run';
import { TrainSession } from './session';

class DwTrain extends HTMLElement {
  private session: TrainSession | undefined;

  connectedCallback(): void {
    if (this.dataset.enhanced !== undefined) return;
    this.dataset.enhanced = '';
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
    const session = () => (this.session ??= new TrainSession(JSON.parse(this.dataset.assets ?? '{}') as TrainAssets, (reason) => {
      this.querySelector('[data-train-status]')!.textContent = trainStrings.lost(reason);
    }));
    new TrainRun(this, session);
    new DrawPanel(this, session);
    this.querySelector('[data-train-check]')?.addEventListener('click', () => void this.checkShipped(session()));
    addEventListener('pagehide', () => this.stop());
  }

  disconnectedCallback(): void {
    this.stop();
  }

  private stop(): void {
    this.session?.terminate(trainStrings.leftPage);
    this.session = undefined;
  }

  private async checkShipped(session: TrainSession): Promise<void> {
    const output = this.querySelector('[data-train-check-result]')!;
    const backend = this.querySelector<HTMLSelectElement>('[data-train-backend]')?.value ?? 'wasm';
    output.textContent = trainStrings.predictionWorking;
    try {
      const result = await session.checkShipped(backend as 'wasm', (event) => { output.textContent = trainStrings.downloading(event.loaded, event.total); });
      output.textContent = trainStrings.checkShippedResult(result.backend, result.standard, result.separable, result.testCount);
      output.setAttribute('data-standard', String(result.standard));
      output.setAttribute('data-separable', String(result.separable));
    } catch (error) {
      output.textContent = trainStrings.callFailed(error instanceof Error ? error.message : String(error));
    }
  }
}

if (!customElements.get('dw-train')) customElements.define('dw-train', DwTrain);

/**
 * <dw-train-profile>: the "Where the time goes" section (src/notebook/TrainProfile.astro). Its
 * button profiles one training step of each network on the chosen backend as the training worker's
 * `profile` job; the worker, the job's schemas and Observable Plot load only then (./profile-run.ts).
 * Leaving the page, or the element leaving it, terminates the worker.
 */
import type { TrainAssets } from '../../lib/train/protocol';
import type { BackendName } from '../../lib/backends';
import { trainProfileStrings as strings } from '../../lib/strings/train-profile';
import type { ProfileRun } from './profile-run';

class DwTrainProfile extends HTMLElement {
  private run: ProfileRun | undefined;
  private readonly stopOnLeave = () => this.stop();

  private piece<T extends HTMLElement = HTMLElement>(name: string): T {
    const node = this.querySelector<T>(`[data-profile-${name}]`);
    if (!node) throw new Error(`invalid profile markup: no [data-profile-${name}]`);
    return node;
  }

  connectedCallback(): void {
    if (this.dataset.enhanced !== undefined) return;
    this.dataset.enhanced = '';
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
    this.piece<HTMLButtonElement>('start').addEventListener('click', () => void this.toggle());
    addEventListener('pagehide', this.stopOnLeave);
  }

  disconnectedCallback(): void {
    removeEventListener('pagehide', this.stopOnLeave);
    this.stop();
  }

  private stop(): void {
    this.run?.stop(strings.stopped);
  }

  /** Starts a profile, or stops the one running (the button's name says which). */
  private async toggle(): Promise<void> {
    if (this.run) return this.stop();
    const button = this.piece<HTMLButtonElement>('start');
    const backend = this.piece<HTMLSelectElement>('backend').value as BackendName;
    button.disabled = true;
    try {
      const { startProfile } = await import('./profile-run');
      this.run = startProfile(this, { backend, assets: JSON.parse(this.dataset.assets ?? '{}') as TrainAssets });
      button.textContent = strings.stop;
      this.piece<HTMLSelectElement>('backend').disabled = true;
      await this.run.ended;
    } catch (error) {
      this.piece('status').textContent = strings.failed(error instanceof Error ? error.message : String(error));
    } finally {
      this.run = undefined;
      button.disabled = false;
      button.textContent = strings.start;
      this.piece<HTMLSelectElement>('backend').disabled = false;
    }
  }
}

/** Defines <dw-train-profile> (called by lazyDefine when one nears the viewport or is used). */
export function defineTrainProfile(): void {
  if (!customElements.get('dw-train-profile')) customElements.define('dw-train-profile', DwTrainProfile);
}

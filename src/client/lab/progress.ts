// The progress bar: role="progressbar" with the current op and an ETA in its value text.
import { labStrings } from '../../lib/strings/lab';
import type { Progress } from './session';

/** Shows `progress` in the wrapper's progressbar and its visible text. */
export function renderProgress(wrap: HTMLElement, progress: Progress): void {
  wrap.hidden = false;
  const bar = wrap.querySelector<HTMLElement>('[role="progressbar"]');
  const text = labStrings.progressText(progress.done, progress.total, progress.current, progress.msLeft);
  if (bar) {
    bar.setAttribute('aria-valuemax', String(progress.total));
    bar.setAttribute('aria-valuenow', String(progress.done));
    bar.setAttribute('aria-valuetext', text);
    bar.style.setProperty('--done', String(progress.total === 0 ? 0 : progress.done / progress.total));
  }
  const label = wrap.querySelector('[data-lab-progress-text]');
  if (label) label.textContent = text;
}

/** Leaves the bar full after a complete run, or hides it after a cancelled or failed one. */
export function resetProgress(wrap: HTMLElement, complete: boolean): void {
  const bar = wrap.querySelector<HTMLElement>('[role="progressbar"]');
  if (complete && bar) {
    bar.setAttribute('aria-valuenow', bar.getAttribute('aria-valuemax') ?? '0');
    bar.removeAttribute('aria-valuetext');
    bar.style.setProperty('--done', '1');
    const label = wrap.querySelector('[data-lab-progress-text]');
    if (label) label.textContent = '';
  }
  wrap.hidden = !complete;
}

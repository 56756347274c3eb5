// "Copy results link" on /lab/: the run on screen as a compact link to the class results page,
// copied to the clipboard, or shown selected in a field where the clipboard is not allowed.
import { machineFromRun, resultsLink, type LabRun } from '../../lib/lab';
import { classResultsStrings } from '../../lib/strings/class-results';

/** Wires `[data-lab-copy-link]` inside `host` to copy the link of the run `current()` returns. */
export function mountResultsLink(host: HTMLElement, current: () => LabRun | null): void {
  const button = host.querySelector<HTMLButtonElement>('[data-lab-copy-link]');
  const status = host.querySelector<HTMLElement>('[data-lab-link-status]');
  const field = host.querySelector<HTMLInputElement>('[data-lab-link]');
  if (!button || !status || !field) return;
  button.addEventListener('click', async () => {
    const run = current();
    const machine = run ? machineFromRun(run) : null;
    if (!machine || machine.rows.length === 0) {
      status.textContent = classResultsStrings.linkNothing;
      return;
    }
    const link = resultsLink(location.origin, machine);
    field.value = link;
    field.hidden = false;
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = classResultsStrings.linkCopied;
    } catch {
      status.textContent = classResultsStrings.linkShown;
      field.select();
    }
  });
}

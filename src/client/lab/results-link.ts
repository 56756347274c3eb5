// "Copy results link" on /lab/: the run on screen as a compact link to the class results page,
// copied to the clipboard, or shown selected in a field where the clipboard is not allowed.
import { machineFromRun, resultsLink, type LabRun } from '../../lib/lab';

/** Wires `[data-lab-copy-link]` inside `host` to copy the link of the run `current()` returns; what it says comes from the button's data attributes (src/lib/strings/lab-page.ts, rendered by the page). */
export function mountResultsLink(host: HTMLElement, current: () => LabRun | null): void {
  const button = host.querySelector<HTMLButtonElement>('[data-lab-copy-link]');
  const status = host.querySelector<HTMLElement>('[data-lab-link-status]');
  const field = host.querySelector<HTMLInputElement>('[data-lab-link]');
  if (!button || !status || !field) return;
  button.addEventListener('click', async () => {
    const run = current();
    const machine = run ? machineFromRun(run) : null;
    if (!machine || machine.rows.length === 0) {
      status.textContent = button.dataset.nothing ?? '';
      return;
    }
    const link = resultsLink(location.origin, machine);
    field.value = link;
    field.hidden = false;
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = button.dataset.copied ?? '';
    } catch {
      status.textContent = button.dataset.shown ?? '';
      field.select();
    }
  });
}

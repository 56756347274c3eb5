/**
 * A cell's run buttons for its state: Stop while it runs or waits, Pause while a run that calls `checkpoint()` goes
 * on, Resume while it waits at one. A button that goes away hands keyboard focus to the one that replaces it.
 */
import type { CellState } from '../../lib/notebook/run-state';

/** What decides the run buttons: the cell's state, whether its run calls `checkpoint()`, and whether it waits at one. */
export interface RunControlsState {
  state: CellState;
  pausable: boolean;
  waiting: boolean;
}

/** Shows the run buttons of `cell` for `controls`, keeping keyboard focus inside the cell. */
export function showRunControls(cell: HTMLElement, controls: RunControlsState): void {
  const button = (action: string) => cell.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  const [run, stop, pause, resume] = ['run', 'stop', 'pause', 'resume'].map(button);
  const focused = [stop, pause, resume].find((each) => each && document.activeElement === each);
  const running = controls.state === 'running';
  if (stop) stop.disabled = !running && controls.state !== 'queued';
  if (pause) pause.hidden = !running || !controls.pausable || controls.waiting;
  if (resume) resume.hidden = !running || !controls.waiting;
  // A disabled or hidden button drops keyboard focus to the page: hand it to the button that took its place.
  if (!focused || !(focused.disabled || focused.hidden)) return;
  const next = [resume, pause].find((each) => each && each !== focused && !each.hidden) ?? run;
  next?.focus();
}

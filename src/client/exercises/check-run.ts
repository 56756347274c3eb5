/**
 * One Check of an exercise: run the exercise cell on its own (so the function the student sees is the one defined),
 * then the notebook worker's `check` job on it, with the cell's time limit; a limit reached or Stop check restarts the
 * runtime, as Stop does for a cell. Reports a verdict in the student's words either way.
 */
import { exerciseStrings as s } from '../../lib/strings/exercises';
import { cellStrings } from '../../lib/strings/cells';
import { CELL_EVENTS, dispatchCellEvent, type NotebookCell } from '../cells/cell-events';
// The cells' entry, not the notebook alone: the exercise's cell must be a defined <dw-cell> to read and fill its code.
import { notebook, startNotebookJob } from '../cells/index';
import type { JobEnd, JobHandle } from '../jobs/job-worker';

/** What a check reports: pass, fail or error, and the sentence to show. */
export interface CheckReport {
  status: 'pass' | 'fail' | 'error';
  message: string;
}

/** A check in progress; `stop()` ends it (restarting the runtime if the check job is running). */
export interface CheckRun {
  readonly done: Promise<CheckReport>;
  stop(): void;
}

function cellProblem(cell: NotebookCell): string {
  const problems = [...cell.output.querySelectorAll('.cell-error, .cell-warning')].map((element) => (element.querySelector('p')?.textContent ?? element.textContent ?? '').trim());
  return problems.filter(Boolean).join(' ') || cell.querySelector('[data-part="status"]')?.textContent?.trim() || '';
}

// Resolves when the cell's run ends: true when it ran to done. Any change of state after the run is asked for
// belongs to that run (queued, running, then done or error), however quickly they follow each other.
function runCell(cell: NotebookCell): Promise<boolean> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const state = cell.state;
      if (state === 'queued' || state === 'running') return;
      observer.disconnect();
      resolve(state === 'done');
    });
    observer.observe(cell, { attributes: true, attributeFilter: ['data-state'] });
    dispatchCellEvent(cell, CELL_EVENTS.run, { alone: true });
  });
}

async function reportOf(end: JobEnd, limitS: number, stopped: boolean): Promise<CheckReport> {
  if (end.status === 'done') {
    const { CheckResultSchema } = await import('../../lib/exercises/check/job');
    const parsed = CheckResultSchema.safeParse(end.result);
    return parsed.success ? { status: parsed.data.status, message: parsed.data.message } : { status: 'error', message: s.verdictError(s.unreadableResult) };
  }
  if (end.status === 'error') return { status: 'error', message: s.verdictError(end.error.message) };
  return { status: 'error', message: stopped ? s.checkStopped : s.checkTimedOut(limitS) };
}

/** Starts a Check of exercise `exerciseId` whose cell is `cell`. */
export function startCheck(exerciseId: string, cell: NotebookCell): CheckRun {
  let job: JobHandle | undefined;
  let stopped = false;
  const done = (async (): Promise<CheckReport> => {
    if (!(await runCell(cell))) return { status: 'error', message: s.verdictError(cellProblem(cell) || cellStrings.status.error) };
    if (stopped) return { status: 'error', message: s.checkStopped };
    job = startNotebookJob('check', { exerciseId, code: cell.code });
    const timer = setTimeout(() => notebook.restart(), cell.timeoutS * 1000);
    const end = await job.ended;
    clearTimeout(timer);
    return reportOf(end, cell.timeoutS, stopped);
  })();
  return {
    done,
    stop: () => {
      stopped = true;
      if (job) notebook.restart();
      else dispatchCellEvent(cell, CELL_EVENTS.stop);
    },
  };
}

/**
 * One Check of an exercise: run the exercise cell on its own (so the function the student sees is the one defined),
 * then the notebook worker's `check` job on it, with the cell's time limit; a limit reached or Stop check restarts the
 * runtime, as Stop does for a cell. Reports a verdict in the student's words either way, from values: how the cell's
 * run ended (the notebook's outcome) and the check job's result (checked by its schema), never from the page.
 */
import { exerciseStrings as s } from '../../lib/strings/exercises';
import { cellStrings } from '../../lib/strings/cells';
import type { JobTable } from '../../lib/jobs/table';
import { CELL_EVENTS, dispatchCellEvent, type NotebookCell } from '../cells/cell-events';
// The cells' entry, not the notebook alone: the exercise's cell must be a defined <dw-cell> to read and fill its code.
import { notebook, startNotebookJob } from '../cells/index';
import type { JobEnd, JobHandle } from '../jobs/job-worker';

type CheckJob = JobTable['notebook']['check'];

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

function reportOf(end: JobEnd<CheckJob>, limitS: number, ended: { stopped: boolean; timedOut: boolean }): CheckReport {
  if (end.status === 'done') return { status: end.result.status, message: end.result.message };
  if (end.status === 'error') return { status: 'error', message: s.verdictError(end.error.message) };
  // The runtime was replaced under the check: by the student's Stop, the time limit, or for a reason of its own (it crashed).
  if (end.status === 'terminated' && !ended.stopped && !ended.timedOut && end.reason) return { status: 'error', message: s.verdictError(end.reason) };
  return { status: 'error', message: ended.stopped ? s.checkStopped : s.checkTimedOut(limitS) };
}

/** Starts a Check of exercise `exerciseId` whose cell is `cell`. */
export function startCheck(exerciseId: string, cell: NotebookCell): CheckRun {
  let job: JobHandle<CheckJob> | undefined;
  const ended = { stopped: false, timedOut: false };
  const done = (async (): Promise<CheckReport> => {
    const ran = await notebook.runAlone(cell);
    if (!ran.ok) return { status: 'error', message: s.verdictError(ran.problem || cellStrings.status.error) };
    if (ended.stopped) return { status: 'error', message: s.checkStopped };
    job = startNotebookJob('check', { exerciseId, code: cell.code });
    const timer = setTimeout(() => {
      ended.timedOut = true;
      notebook.restart();
    }, cell.timeoutS * 1000);
    const end = await job.ended;
    clearTimeout(timer);
    return reportOf(end, cell.timeoutS, ended);
  })();
  return {
    done,
    stop: () => {
      ended.stopped = true;
      if (job) notebook.restart();
      else dispatchCellEvent(cell, CELL_EVENTS.stop);
    },
  };
}

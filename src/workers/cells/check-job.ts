/**
 * The `check` job of the notebook worker: runs an exercise's checker on the function the reader's exercise cell
 * defined (read from the cells' shared scope), with a checkpoint before each case, and locates an exception on the
 * reader's line. Imports the checkers only, never the exercise catalog, so no solution reaches the worker's code.
 */
import { NOTEBOOK_JOBS } from '../../lib/notebook/protocol';
import { runCheck } from '../../lib/exercises/check/run';
import { checkSuiteFor } from '../../lib/exercises/suites';
import { cellStrings } from '../../lib/strings/cells';
import { transformCell } from '../../lib/notebook/transform';
import { defineJob } from '../runtime/job-host';
import { cellSession } from './session';

/** Checks the reader's function for exercise `exerciseId` (the exercise cell has the same id). */
export const checkJob = defineJob(NOTEBOOK_JOBS.check, async (job) => {
  const session = cellSession();
  const suite = checkSuiteFor(job.input.exerciseId);
  const { tf } = session;
  const toPlain = (value: unknown): unknown => {
    if (!tf || !(value instanceof tf.Tensor)) return value;
    try {
      return value.arraySync();
    } finally {
      value.dispose();
    }
  };
  // Only a function the cell's current code declares: a renamed one may still sit in the scope from an earlier run.
  const program = transformCell(job.input.code);
  const declared = program.ok && program.declared.includes(suite.functionName);
  const fn = declared ? session.runtime.store[suite.functionName] : undefined;
  const { verdict, thrown } = await runCheck(suite, fn, { toPlain, between: () => job.checkpoint() });
  if (thrown === undefined) return verdict;
  const error = session.runtime.locate(thrown, suite.exerciseId, 'runtime');
  const where = cellStrings.errorTitle(error.name, error.line, error.column, error.inCell);
  return { ...verdict, message: `${verdict.message} ${where}: ${error.message}`, ...(error.line ? { line: error.line } : {}) };
});

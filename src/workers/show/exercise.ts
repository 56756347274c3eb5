/**
 * `show.check(exerciseId, fn)`: runs an exercise's checker on the student's function inside the cell's run, so a
 * runaway function is stopped by the cell's watchdog and an exception is located on its line like any cell error.
 * Imports the checkers only (never the exercise catalog), so no solution reaches the worker's code.
 */
import { runCheck } from '../../lib/exercises/check/run';
import { checkSuiteFor } from '../../lib/exercises/suites';
import { defineShow } from './registry';

defineShow('check', (context, exerciseId, fn) => {
  const { tf } = context;
  const suite = checkSuiteFor(String(exerciseId));
  const toPlain = (value: unknown): unknown => {
    if (!(value instanceof tf.Tensor)) return value;
    try {
      return value.arraySync();
    } finally {
      value.dispose();
    }
  };
  const { verdict, thrown } = runCheck(suite, fn, { toPlain });
  context.emit('exercise-verdict', { exerciseId: suite.exerciseId, ...verdict });
  // Rethrown so the run fails with the student's own line, as any error in a cell does.
  if (thrown !== undefined) throw thrown;
});

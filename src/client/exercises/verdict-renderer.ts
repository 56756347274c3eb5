/**
 * The page side of `show.check`: the worker's verdict is handed to the exercise around the cell (an event), which shows
 * it in its own live region; the cell's log stays free of a second copy.
 */
import type { CheckVerdict } from '../../lib/exercises/check/run';
import { registerRenderer } from '../cells/renderers';

/** Event carrying a check's verdict from the cell's output up to its <dw-exercise>. */
export const VERDICT_EVENT = 'dwlab:exercise-verdict';

/** What the worker sends with a verdict. */
export type VerdictPayload = CheckVerdict & { exerciseId: string };

registerRenderer('exercise-verdict', (payload, target) => {
  target.dispatchEvent(new CustomEvent<VerdictPayload>(VERDICT_EVENT, { bubbles: true, detail: payload as VerdictPayload }));
  target.remove();
});

/**
 * The notebook worker's jobs (their schemas: NOTEBOOK_JOBS in src/lib/notebook/protocol.ts): `cell`
 * runs one cell's code against the shared scope; `warm` loads TF.js before the first run;
 * `forget-cell` clears what a cell scheduled (its timers) when the reader resets it; `check` is in
 * ./check-job.ts. A new job of this worker gets its schemas there and its implementation here.
 */
import { NOTEBOOK_JOBS, type MemoryDelta } from '../../lib/notebook/protocol';
import { toValueView } from '../../lib/notebook/value-view';
import { defineJob, type JobImplementations } from '../runtime/job-host';
import { backendEvent, type Tf } from '../tf-backend';
import { describeTensors } from '../show';
import { keptTensorIds } from '../kept-tensors';
import { CELL_TIMER_NAMES } from './cell-timers';
import { invalidate } from './invalidate';
import { beginRun, cellSession, ensureBackend } from './session';
import { checkJob } from './check-job';
import { cellStrings } from '../../lib/strings/cells';

function memoryDelta(before: { numTensors: number; numBytes: number }, keptBefore: Set<number>, tf: Tf): MemoryDelta {
  const after = tf.memory();
  const keptAfter = keptTensorIds(tf, cellSession().runtime.store);
  const tensorsDelta = after.numTensors - before.numTensors;
  const newlyKept = keptAfter.size - keptBefore.size;
  return { tensors: after.numTensors, bytes: after.numBytes, tensorsDelta, bytesDelta: after.numBytes - before.numBytes, leaked: Math.max(0, tensorsDelta - newlyKept) };
}

const cell = defineJob(NOTEBOOK_JOBS.cell, async (job) => {
  const { cellId, code, backend, threads } = job.input;
  const session = cellSession();
  beginRun(job.id, cellId);
  let tf: Tf;
  try {
    const ready = await ensureBackend(backend, threads);
    tf = ready.tf;
    job.emit('backend', backendEvent(ready));
  } catch (error) {
    const message = cellStrings.tfjsFailed(error instanceof Error ? error.message : String(error));
    return job.fail({ name: 'Error', message }, { error: { kind: 'internal', name: 'Error', message, frames: [] } });
  }
  const { store } = session.runtime;
  let before = tf.memory();
  let keptBefore = keptTensorIds(tf, store);
  const onCompiled = (declared: readonly string[]) => {
    // What this cell's previous run bound goes before it runs again, so the count below is about this run only.
    if (invalidate(tf, store, session.owners.namesOf(cellId)) > 0) {
      before = tf.memory();
      keptBefore = keptTensorIds(tf, store);
    }
    session.owners.claim(cellId, declared);
  };
  const timers = session.timers.functionsFor(cellId, job.id);
  const locals = { ...Object.fromEntries(CELL_TIMER_NAMES.map((name) => [name, timers[name]])), checkpoint: () => job.checkpoint() };
  const outcome = await session.runtime.run({ cellId, runId: job.id, code, globals: { tf: session.cellTf ?? tf, show: session.show, locals }, onCompiled });
  const memory = memoryDelta(before, keptBefore, tf);
  const advice = session.advice.length > 0 ? { advice: session.advice } : {};
  if (!outcome.ok) return job.fail({ name: outcome.error.name, message: outcome.error.message }, { error: outcome.error, memory, ...advice });
  const value = outcome.returnsValue && outcome.value !== undefined ? toValueView(outcome.value, { describe: describeTensors(tf) }) : undefined;
  return { memory, ...(value ? { value } : {}), ...advice };
});

/** Loads TF.js before the first run; a failure is kept for that run to report (it names the cell), not shown here. */
const warm = defineJob(NOTEBOOK_JOBS.warm, async (job) => {
  try {
    job.emit('backend', backendEvent(await ensureBackend(job.input.backend, job.input.threads)));
  } catch {
    // The first Run calls ensureBackend again and reports the same failure in its cell.
  }
});

const forgetCell = defineJob(NOTEBOOK_JOBS['forget-cell'], (job) => {
  cellSession().timers.clear(job.input.cellId);
});

/** Every job the notebook worker runs, by name. */
export const cellJobs: JobImplementations<typeof NOTEBOOK_JOBS> = { cell, warm, 'forget-cell': forgetCell, check: checkJob };

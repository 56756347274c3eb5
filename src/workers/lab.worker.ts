// The benchmark lab's worker: a thin message loop around runPlan (see src/workers/lab/run.ts).
import type { LabEvent, LabRequest } from '../lib/lab';
import { runPlan } from './lab/run';

const post = (event: LabEvent) => self.postMessage(event);

let busy = false;

self.addEventListener('message', (message: MessageEvent<LabRequest>) => {
  const request = message.data;
  if (request.type !== 'run') return;
  if (busy) {
    post({ type: 'error', runId: request.runId, message: 'a run is already in progress in this worker' });
    return;
  }
  busy = true;
  runPlan(request.plan, request.runId, post)
    .catch((error: unknown) => post({ type: 'error', runId: request.runId, message: error instanceof Error ? error.message : String(error) }))
    .finally(() => { busy = false; });
});

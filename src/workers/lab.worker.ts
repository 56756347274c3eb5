// The benchmark lab's worker: one `lab-run` job of the job protocol around runPlan (src/workers/lab/run.ts),
// each LabEvent sent as a `lab` event. Cancelling is cooperative between items (results so far are kept);
// the page terminates the worker as the hard stop.
import { LabRunInputSchema } from '../lib/lab/events';
import { defineJob, startJobHost } from './runtime/job-host';
import { runPlan } from './lab/run';

startJobHost({
  jobs: {
    'lab-run': defineJob(LabRunInputSchema, (job) => runPlan(job.input.plan, job.input.runId, (event) => job.emit('lab', event), () => job.checkpoint())),
  },
});

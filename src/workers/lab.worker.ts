// The benchmark lab's worker: the `lab-run` job of LAB_JOBS (src/lib/lab/protocol.ts, which also says
// what Cancel means here) around runPlan (src/workers/lab/run.ts).
import { LAB_JOBS } from '../lib/lab/protocol';
import { defineJob, startJobHost } from './runtime/job-host';
import { runPlan } from './lab/run';

startJobHost(LAB_JOBS, {
  'lab-run': defineJob(LAB_JOBS['lab-run'], (job) => runPlan(job.input.plan, job.emit)),
});

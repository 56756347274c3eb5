// The machine's roofline probes in a worker of their own, so their 192 MiB of STREAM arrays go when the
// page ends it: the `machine-probes` job of PROBE_JOBS (src/lib/lab/probe-protocol.ts), which spawns its
// probe threads (probes/probe-thread.worker.ts) as nested workers.
import { PROBE_JOBS } from '../lib/lab/probe-protocol';
import { defineJob, startJobHost } from './runtime/job-host';
import { runMachineProbes } from './probes';

startJobHost(PROBE_JOBS, {
  'machine-probes': defineJob(PROBE_JOBS['machine-probes'], async (job) => ({
    results: await runMachineProbes({
      threads: job.input.threads,
      gpu: job.input.gpu ? undefined : null,
      onStage: (stage) => job.emit('stage', { stage }),
      onResult: (result) => job.emit('result', result),
      onStageFailed: (stage, message) => job.emit('stage-failed', { stage, message }),
    }),
  })),
});

// The machine's own probes from the page: the `machine-probes` job (PROBE_JOBS in the job table) in a worker
// of its own, which the page ends as soon as the probes are done, so their memory goes with it. Loaded with
// the lab's session when a run starts (and by the probes benchmark page), never in a page's first bundle.
import type { MachineProbeResult } from '../../lib/lab';
import { JOB_TABLE, type JobTable } from '../../lib/jobs/table';
import { labStrings } from '../../lib/strings/lab';
import type { ProbeStage } from '../../lib/lab/probe-protocol';
import { JobWorker } from '../jobs/job-worker';

/** What a probe run reports as it goes. */
export interface ProbeRunHandlers {
  onStage?: (stage: ProbeStage) => void;
  onResult?: (result: MachineProbeResult) => void;
  onStageFailed?: (stage: ProbeStage, message: string) => void;
}

/** How a probe run ended: every result (also when it ended early), and why it stopped early, if it did. */
export interface ProbeRunEnd {
  results: MachineProbeResult[];
  /** Set when the run did not finish: the job failed, its worker died, or the page stopped it. */
  stopped?: string;
}

/** A running probe run: `ended` settles once; `stop()` ends it at once (the worker is terminated), keeping the results so far. */
export interface ProbeRun {
  ended: Promise<ProbeRunEnd>;
  stop: (reason: string) => void;
}

/** Starts the machine's probes on `threads` threads (and the GPU's when `gpu`), each result reported the moment it exists. */
export function startMachineProbes(options: { threads: number; gpu: boolean }, handlers: ProbeRunHandlers = {}): ProbeRun {
  const results: MachineProbeResult[] = [];
  const worker: JobWorker<JobTable['probes']> = new JobWorker({
    create: () => new Worker(new URL('../../workers/probes.worker.ts', import.meta.url), { type: 'module', name: 'roofline probes' }),
    jobs: JOB_TABLE.probes,
  });
  const job = worker.start('machine-probes', options, {
    events: {
      stage: (event) => handlers.onStage?.(event.stage),
      result: (result) => {
        results.push(result);
        handlers.onResult?.(result);
      },
      'stage-failed': (event) => handlers.onStageFailed?.(event.stage, event.message),
    },
  });
  const ended = job.ended.then((end): ProbeRunEnd => {
    worker.terminate(labStrings.probesDone);
    if (end.status === 'done') return { results: end.result.results };
    return { results, stopped: end.status === 'error' ? end.error.message : end.status === 'terminated' ? end.reason : 'cancelled' };
  });
  return { ended, stop: (reason) => worker.terminate(reason) };
}

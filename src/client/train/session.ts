/**
 * The page's one training worker (src/workers/train.worker.ts) behind typed calls: start training,
 * classify a digit, fetch a test digit, inspect, check the shipped weights. The worker starts on the
 * first call and is terminated when the reader leaves, so no training outlives the page. Each job's
 * input, events and result are typed and checked by TRAIN_JOBS (the job table's `train` entry).
 */
import { JobWorker, type EventHandlers, type JobEnd, type JobHandle } from '../jobs/job-worker';
import type { BackendName } from '../../lib/backends';
import { JOB_TABLE, type JobTable } from '../../lib/jobs/table';
import type { CheckShippedResult, DownloadEvent, InspectResult, PredictResult, TestDigitResult, TrainAssets, TrainInput, Weights } from '../../lib/train/protocol';

type TrainJobs = JobTable['train'];

/** What a training run reports: each event (already checked by its schema), pauses, and the end. */
export interface TrainListeners extends Required<EventHandlers<TrainJobs['train']>> {
  paused(paused: boolean): void;
  end(end: JobEnd<TrainJobs['train']>): void;
}

/** A failed call: the worker's message, ready to show. */
export class TrainCallFailed extends Error {}

/** The result of a call that ended, or a TrainCallFailed saying why it did not. */
async function resultOf<S extends TrainJobs[keyof TrainJobs]>(job: JobHandle<S>): Promise<JobEnd<S> & { status: 'done' }> {
  const end = await job.ended;
  if (end.status === 'done') return end;
  throw new TrainCallFailed(end.status === 'error' ? end.error.message : end.status === 'terminated' ? end.reason : 'cancelled');
}

/** Typed access to the training worker. */
export class TrainSession {
  private readonly worker: JobWorker<TrainJobs>;

  constructor(private readonly assets: TrainAssets, onLost: (reason: string) => void) {
    // The schemas (and zod) load with the worker, so the page pays nothing for them before the first action.
    this.worker = new JobWorker({
      create: () => new Worker(new URL('../../workers/train.worker.ts', import.meta.url), { type: 'module' }),
      jobs: JOB_TABLE.train,
      onLost,
    });
  }

  /** Starts training; events arrive in order, checked against their schemas (malformed ones are reported and dropped). */
  train(input: Omit<TrainInput, 'assets'>, listeners: TrainListeners): JobHandle<TrainJobs['train']> {
    const { backend, download, batch, epoch, network } = listeners;
    return this.worker.start('train', { ...input, assets: this.assets }, {
      events: { backend, download, batch, epoch, network },
      onPause: listeners.paused,
      onEnd: listeners.end,
    });
  }

  /** Each network's answer for a 28 × 28 digit (levels 0–1), from the chosen weights. */
  async predict(pixels: number[], weights: Weights): Promise<PredictResult> {
    return (await resultOf(this.worker.start('predict', { pixels, weights, assets: this.assets }))).result;
  }

  /** Test digit `index` (0–1999): grey levels 0–255 and its label. */
  async testDigit(index: number, onDownload?: (event: DownloadEvent) => void): Promise<TestDigitResult> {
    return (await resultOf(this.worker.start('test-digit', { index, assets: this.assets }, { events: { download: onDownload } }))).result;
  }

  /** The separable net's depthwise kernels and the standard and separable nets' feature maps of test digit `index`, from the chosen weights. */
  async inspect(index: number, weights: Weights): Promise<InspectResult> {
    return (await resultOf(this.worker.start('inspect', { index, weights, assets: this.assets }))).result;
  }

  /** The shipped weights' test accuracy computed here, on `backend`. */
  async checkShipped(backend: BackendName, onDownload?: (event: DownloadEvent) => void): Promise<CheckShippedResult> {
    return (await resultOf(this.worker.start('check-shipped', { backend, assets: this.assets }, { events: { download: onDownload } }))).result;
  }

  /** Ends the worker (the reader left, or a hard stop). */
  terminate(reason: string): void {
    this.worker.terminate(reason);
  }
}

/**
 * The page's one training worker (src/workers/train.worker.ts) behind typed calls: start training,
 * classify a digit, fetch a test digit, inspect, check the shipped weights. The worker starts on the
 * first call and is terminated when the reader leaves, so no training outlives the page.
 */
import { JobWorker, type JobEnd, type JobHandle } from '../jobs/job-worker';
import type { BackendName } from '../../lib/backends';
import type {
  BackendEvent, BatchEvent, CheckShippedResult, DownloadEvent, EpochEvent, InspectResult, NetworkEvent, PredictResult, TestDigitResult, TrainAssets, TrainInput,
} from '../../lib/train/protocol';

type Schemas = typeof import('../../lib/train/protocol');

/** What a training run reports, event by event (each payload already checked against its schema). */
export interface TrainListeners {
  backend(event: BackendEvent): void;
  download(event: DownloadEvent): void;
  batch(event: BatchEvent): void;
  epoch(event: EpochEvent): void;
  network(event: NetworkEvent): void;
  paused(paused: boolean): void;
  end(end: JobEnd): void;
}

/** A failed call: the worker's message, ready to show. */
export class TrainCallFailed extends Error {}

/** Typed access to the training worker. */
export class TrainSession {
  private schemas: Schemas | undefined;
  private readonly worker: JobWorker;

  constructor(private readonly assets: TrainAssets, onLost: (reason: string) => void) {
    this.worker = new JobWorker({
      create: () => new Worker(new URL('../../workers/train.worker.ts', import.meta.url), { type: 'module' }),
      onLost,
      // The schemas (and zod) load with the worker, so the page pays nothing for them before the first action.
      preload: async () => { this.schemas = await import('../../lib/train/protocol'); },
    });
  }

  /** Starts training; events arrive in order, checked against their schemas (malformed ones are dropped). */
  train(input: Omit<TrainInput, 'assets'>, listeners: TrainListeners): JobHandle {
    const check = <T>(name: keyof Schemas, data: unknown, use: (value: T) => void) => {
      const parsed = (this.schemas?.[name] as { safeParse(value: unknown): { success: boolean; data?: unknown } } | undefined)?.safeParse(data);
      if (parsed?.success) use(parsed.data as T);
    };
    return this.worker.start('train', { ...input, assets: this.assets }, {
      onEvent: (name, data) => {
        if (name === 'backend') check('BackendEventSchema', data, listeners.backend);
        else if (name === 'download') check('DownloadEventSchema', data, listeners.download);
        else if (name === 'batch') check('BatchEventSchema', data, listeners.batch);
        else if (name === 'epoch') check('EpochEventSchema', data, listeners.epoch);
        else if (name === 'network') check('NetworkEventSchema', data, listeners.network);
      },
      onPause: listeners.paused,
      onEnd: listeners.end,
    });
  }

  private async call<T>(job: string, input: object, schema: keyof Schemas, onDownload?: (event: DownloadEvent) => void): Promise<T> {
    const end = await this.worker.start(job, { ...input, assets: this.assets }, {
      onEvent: (name, data) => { if (name === 'download' && onDownload) onDownload(data as DownloadEvent); },
    }).ended;
    if (end.status === 'error') throw new TrainCallFailed(end.error.message);
    if (end.status !== 'done') throw new TrainCallFailed(end.status === 'terminated' ? end.reason : 'cancelled');
    const parsed = (this.schemas?.[schema] as { safeParse(value: unknown): { success: boolean; data?: unknown } }).safeParse(end.result);
    if (!parsed.success) throw new TrainCallFailed(`the worker answered ${job} with something unexpected`);
    return parsed.data as T;
  }

  /** Both networks' answer for a 28 × 28 digit (levels 0–1). */
  predict(pixels: number[]): Promise<PredictResult> {
    return this.call('predict', { pixels }, 'PredictResultSchema');
  }

  /** Test digit `index` (0–1999): grey levels 0–255 and its label. */
  testDigit(index: number, onDownload?: (event: DownloadEvent) => void): Promise<TestDigitResult> {
    return this.call('test-digit', { index }, 'TestDigitResultSchema', onDownload);
  }

  /** The separable net's depthwise kernels and both nets' feature maps of test digit `index`. */
  inspect(index: number): Promise<InspectResult> {
    return this.call('inspect', { index }, 'InspectResultSchema');
  }

  /** The shipped weights' test accuracy computed here, on `backend`. */
  checkShipped(backend: BackendName, onDownload?: (event: DownloadEvent) => void): Promise<CheckShippedResult> {
    return this.call('check-shipped', { backend }, 'CheckShippedResultSchema', onDownload);
  }

  /** Ends the worker (the reader left, or a hard stop). */
  terminate(reason: string): void {
    this.worker.terminate(reason);
  }
}

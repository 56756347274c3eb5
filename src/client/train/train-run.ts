/**
 * The training half of /train/: starts the chosen nets in the worker and shows the run's status, progress
 * bar, curves and report. Pause and Resume are cooperative (the worker waits between batches); Stop ends
 * after the current batch and keeps the weights learned so far. When the job ends, its record — built
 * from the job's events and result only, never read back from the page — goes to the reader's runs.
 */
import { batchesPerEpoch, TRAIN_CONFIGS } from '../../lib/train/config';
import type { NetworkId } from '../../lib/train/networks';
import type { BackendEvent, BatchEvent, NetworkEvent } from '../../lib/train/protocol';
import type { ReaderRun } from '../../lib/train/reader-results';
import { backendStrings, cellStrings } from '../../lib/strings/cells';
import { trainStrings } from '../../lib/strings/train';
import type { JobTable } from '../../lib/jobs/table';
import type { JobHandle } from '../jobs/job-worker';
import { TrainingCurves } from './curves';
import type { RunChoice, RunControls } from './run-controls';
import { RunReport } from './run-report';
import type { TrainSession } from './session';

/** A finished job's record, as the page knows it (the device and cores are added where the run is kept). */
export type RunRecord = Omit<ReaderRun, 'device' | 'cores'>;

/** What the rest of the page hears from a run. */
export interface TrainRunHooks {
  /** Training started (true) or ended (false): the page warns before the reader leaves mid-run. */
  running(running: boolean): void;
  /** The job ended: the nets with trained weights in the worker now, and the run's record when the job finished (Stop included). */
  ended(trained: readonly NetworkId[], record: RunRecord | undefined): void;
}

/** The running part of the page, bound to its server-rendered elements under `root`. */
export class TrainRun {
  private job: JobHandle<JobTable['train']['train']> | undefined;
  private statusText: string = trainStrings.idle;
  private readonly curves: TrainingCurves;
  private readonly report: RunReport;

  constructor(private readonly root: HTMLElement, private readonly session: () => TrainSession, private readonly controls: RunControls, private readonly hooks: TrainRunHooks) {
    this.curves = new TrainingCurves(this.q('[data-train-chart]'), this.q('[data-train-curve-table]'));
    this.report = new RunReport(root);
    this.q('[data-train-start]').addEventListener('click', () => this.start());
    this.q('[data-train-pause]').addEventListener('click', () => this.job?.pause());
    this.q('[data-train-resume]').addEventListener('click', () => this.job?.resume());
    this.q('[data-train-stop]').addEventListener('click', () => this.job?.cancel());
  }

  private q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  private setStatus(text: string): void {
    this.statusText = text;
    this.q('[data-train-status]').textContent = text;
  }

  private buttons(state: 'idle' | 'running' | 'paused'): void {
    this.q<HTMLButtonElement>('[data-train-start]').disabled = state !== 'idle';
    this.q<HTMLButtonElement>('[data-train-pause]').disabled = state !== 'running';
    this.q<HTMLButtonElement>('[data-train-resume]').disabled = state !== 'paused';
    this.q<HTMLButtonElement>('[data-train-stop]').disabled = state === 'idle';
    this.q('[data-train-leave-note]').hidden = state === 'idle';
    // The offline update notice reads this, so a new version never reloads the page mid-training.
    this.root.dataset.trainState = state;
  }

  private start(): void {
    const choice = this.controls.read();
    if (!choice) return;
    const config = { ...TRAIN_CONFIGS[choice.configuration], seed: choice.seed };
    const perEpoch = batchesPerEpoch(config);
    const total = choice.networks.length * config.epochs * perEpoch;
    const progress = this.q<HTMLProgressElement>('[data-train-progress]');
    progress.max = total;
    progress.value = 0;
    progress.hidden = false;
    this.curves.reset();
    this.report.reset(choice.networks);
    this.setStatus(trainStrings.starting);
    this.buttons('running');
    this.hooks.running(true);
    const createdAt = new Date().toISOString();
    const finished: NetworkEvent[] = [];
    let backend: BackendEvent | undefined;
    this.job = this.session().train({ backend: choice.backend, config, networks: choice.networks }, {
      backend: (event) => {
        backend = event;
        const name = cellStrings.backendNames[event.backend] ?? event.backend;
        this.report.setBackend(name);
        const note = event.fallbackReason ? ` ${backendStrings.fellBack(event.requested, event.fallbackReason, event.backend)}` : '';
        this.q('[data-train-backend-status]').textContent = `${trainStrings.backendInUse(name, event.threads)}${note}`;
      },
      download: (event) => this.setStatus(trainStrings.downloading(event.loaded, event.total)),
      batch: (event) => this.onBatch(event, choice, total),
      epoch: (event) => this.report.addEpoch(event, perEpoch),
      network: (report) => {
        finished.push(report);
        this.report.addNetwork(report);
      },
      paused: (paused) => {
        this.buttons(paused ? 'paused' : 'running');
        this.q('[data-train-status]').textContent = paused ? trainStrings.paused(this.statusText) : this.statusText;
      },
      end: (end) => {
        this.job = undefined;
        this.buttons('idle');
        this.hooks.running(false);
        progress.hidden = true;
        void this.curves.draw();
        if (end.status === 'done') {
          this.setStatus(end.result.stopped ? trainStrings.stopped(choice.seed) : trainStrings.complete(choice.seed));
          const { versions, split, testLabels } = end.result;
          const record: RunRecord | undefined = backend && {
            createdAt, configuration: choice.configuration, seed: choice.seed, backend: backend.backend, threads: backend.threads,
            versions, split, testLabels, networks: finished,
          };
          this.hooks.ended(end.result.trained, record);
          this.controls.newSeed();
          return;
        }
        if (end.status === 'error') this.setStatus(trainStrings.failed(end.error.message));
        else if (end.status === 'terminated' && end.reason) this.setStatus(trainStrings.lost(end.reason));
        this.hooks.ended([], undefined);
      },
    });
  }

  private onBatch(event: BatchEvent, choice: RunChoice, total: number): void {
    const index = choice.networks.indexOf(event.network);
    const done = (index * event.epochs + event.epoch - 1) * event.batchesPerEpoch + event.batch;
    this.q<HTMLProgressElement>('[data-train-progress]').value = Math.min(total, done);
    this.setStatus(trainStrings.status(trainStrings.networkNames[event.network] ?? event.network, event.epoch, event.epochs, event.batch, event.batchesPerEpoch));
    this.curves.add(event);
  }

  /** Whether a run is in progress. */
  get running(): boolean {
    return this.job !== undefined;
  }
}

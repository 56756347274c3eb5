// One benchmark run: starts the lab worker's `lab-run` job (the one job protocol), assembles the LabRun from its
// `lab` events, and cancels by terminating the worker (a measurement in progress is synchronous work that no
// checkpoint can interrupt; everything measured so far is already here).
import {
  estimateRemainingMs, itemLabel, RESULTS_SCHEMA, RESULTS_VERSION,
  type BackendInfo, type Environment, type LabEvent, type LabPhase, type LabRun, type MeasuredItem, type RunPlan,
} from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';
import { JobWorker } from '../jobs/job-worker';

/** The lab event schema, loaded with the worker (never in the page's first bundle). */
let parseLabEvent: ((data: unknown) => LabEvent | undefined) | undefined;

/** Where a run is: items finished, the current item and phase, and the predicted ms left (null while unknown). */
export interface Progress {
  done: number;
  total: number;
  current: string;
  phase: LabPhase;
  msLeft: number | null;
}

/** Callbacks of a session: every change of the run or its progress, and the end (complete, cancelled or failed). */
export interface SessionHandlers {
  onChange: (run: LabRun, progress: Progress) => void;
  onEnd: (run: LabRun) => void;
}

const names = { ops: labStrings.opNames, probes: labStrings.probeNames };

/** A fresh run id: time plus randomness, unique across a class's machines. */
export function newRunId(): string {
  return `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A running benchmark; results arrive one by one and stay when it is cancelled. */
export class LabSession {
  readonly run: LabRun;
  private worker: JobWorker | null = null;
  private readonly measured: MeasuredItem[] = [];
  private progress: Progress;
  private ended = false;

  constructor(private readonly plan: RunPlan, meta: { machine: string; environment: Environment; backends: BackendInfo[] }, private readonly handlers: SessionHandlers) {
    this.run = {
      schema: RESULTS_SCHEMA, version: RESULTS_VERSION, id: newRunId(), createdAt: new Date().toISOString(),
      machine: meta.machine, preset: plan.preset.id, settings: plan.preset.settings, status: 'complete',
      environment: { ...meta.environment }, backends: structuredClone(meta.backends), results: [], roofline: [], notes: [],
    };
    this.progress = { done: 0, total: plan.items.length, current: labStrings.phase.init, phase: 'init', msLeft: null };
  }

  /** Starts the worker and the run. */
  start(): void {
    this.worker = new JobWorker({
      create: () => new Worker(new URL('../../workers/lab.worker.ts', import.meta.url), { type: 'module' }),
      preload: () => import('../../lib/lab/events').then((module) => void (parseLabEvent = module.parseLabEvent)),
      onLost: () => this.end('failed', labStrings.workerCrashed),
    });
    this.worker.start('lab-run', { runId: this.run.id, plan: this.plan }, {
      onEvent: (name, data) => {
        const event = name === 'lab' ? parseLabEvent?.(data) : undefined;
        if (event) this.handle(event);
      },
      onEnd: (end) => {
        if (end.status === 'error') this.end('failed', end.error.message);
        else if (end.status === 'cancelled') this.end('cancelled');
      },
    });
  }

  /** Stops at once (terminating the worker); everything measured so far is kept. */
  cancel(): void {
    this.end('cancelled');
  }

  private end(status: LabRun['status'], error?: string): void {
    if (this.ended) return;
    this.ended = true;
    this.worker?.terminate(status);
    this.worker = null;
    this.run.status = status;
    if (error) this.run.error = error;
    this.handlers.onEnd(this.run);
  }

  private handle(event: LabEvent): void {
    if (this.ended || ('runId' in event && event.runId !== this.run.id && event.runId !== null)) return;
    switch (event.type) {
      case 'started':
        this.run.environment.timerResolutionMs = event.timerResolutionMs;
        this.run.environment.tfjsVersion = event.tfjsVersion;
        return;
      case 'progress': return this.onProgress(event.index, event.phase);
      case 'result': this.run.results.push(event.result); return this.onMeasured(event.index, event.result.summary.median);
      case 'probeResult': this.run.roofline.push(event.result); return this.onMeasured(event.index, event.result.summary.median);
      case 'backendReady': return this.updateBackend(event.backend, { available: true, flags: event.flags });
      case 'backendFailed':
        this.updateBackend(event.backend, { available: false, reason: event.reason });
        this.run.notes?.push(labStrings.backendSkipped(event.backend, event.reason));
        return this.changed();
      case 'itemFailed':
        this.run.notes?.push(labStrings.itemFailed(this.itemName(event.index), event.message));
        return this.changed();
      case 'leak':
        this.run.notes?.push(labStrings.leaked(this.itemName(event.index), event.tensors));
        return this.changed();
      case 'done': return this.end('complete');
      case 'error': return this.end('failed', event.message);
    }
  }

  private itemName(index: number): string {
    const item = this.plan.items[index];
    return item ? itemLabel(item, names) : `#${index}`;
  }

  private updateBackend(name: BackendInfo['name'], patch: Partial<BackendInfo>): void {
    const info = this.run.backends.find((backend) => backend.name === name);
    if (info) Object.assign(info, patch, { flags: { ...info.flags, ...patch.flags } });
  }

  private onProgress(index: number, phase: LabPhase): void {
    const remaining = this.plan.items.slice(index);
    const current = this.plan.items[index];
    const msLeft = estimateRemainingMs(this.measured, remaining, this.plan.preset.settings);
    this.progress = { done: index, total: this.plan.items.length, current: `${this.itemName(index)} (${labStrings.phase[phase]})`, phase, msLeft: current ? msLeft : null };
    this.changed();
  }

  private onMeasured(index: number, medianMs: number): void {
    const item = this.plan.items[index];
    if (item) this.measured.push({ item, medianMs });
    this.progress = { ...this.progress, done: index + 1 };
    this.changed();
  }

  private changed(): void {
    this.handlers.onChange(this.run, this.progress);
  }
}

// One benchmark run: first the machine's own probes (the `machine-probes` job, in a worker of their own, when
// the reader asked for them), then the lab worker's `lab-run` job (LAB_JOBS in the job table); assembles the
// LabRun from their events, and cancels by terminating the workers — the one meaning of Cancel in the lab,
// explained in src/lib/lab/protocol.ts. Loaded on Run, with the worker clients: the lab page's first bundle stays small.
import {
  estimateRemainingMs, itemLabel, RESULTS_SCHEMA, RESULTS_VERSION,
  type BackendInfo, type Environment, type LabPhase, type LabRun, type MeasuredItem, type RunPlan,
} from '../../lib/lab';
import { JOB_TABLE, type JobTable } from '../../lib/jobs/table';
import { labStrings } from '../../lib/strings/lab';
import { JobWorker, type EventHandlers } from '../jobs/job-worker';
import { startMachineProbes, type ProbeRun } from './machine-probes';

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

/** What a run is about besides its plan: the reader's machine name, what the page found, and whether to probe the machine first. */
export interface SessionMeta {
  machine: string;
  environment: Environment;
  backends: BackendInfo[];
  /** Run the machine's own probes (bandwidth, wasm SIMD peak, WebGPU) before the ops. */
  machineProbes: boolean;
}

/** A fresh run id: time plus randomness, unique across a class's machines. */
export function newRunId(): string {
  return `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A running benchmark; results arrive one by one and stay when it is cancelled. */
export class LabSession {
  readonly run: LabRun;
  private worker: JobWorker<JobTable['lab']> | null = null;
  private probes: ProbeRun | null = null;
  private readonly measured: MeasuredItem[] = [];
  private progress: Progress;
  private ended = false;

  constructor(private readonly plan: RunPlan, private readonly meta: SessionMeta, private readonly handlers: SessionHandlers) {
    this.run = {
      schema: RESULTS_SCHEMA, version: RESULTS_VERSION, id: newRunId(), createdAt: new Date().toISOString(),
      machine: meta.machine, preset: plan.preset.id, settings: plan.preset.settings, status: 'complete',
      environment: { ...meta.environment }, backends: structuredClone(meta.backends), results: [], roofline: [], notes: [],
      machineProbes: meta.machineProbes ? [] : null,
    };
    this.progress = { done: 0, total: plan.items.length, current: labStrings.phase.init, phase: 'init', msLeft: null };
  }

  /** Starts the run: the machine's probes first when asked for, then the ops. */
  start(): void {
    if (!this.meta.machineProbes) return this.measureOps();
    // Whatever happens to the probes, the ops are measured: a probe run that cannot even start is a note.
    void this.probeMachine().catch((error: unknown) => this.note(labStrings.probesStopped(error instanceof Error ? error.message : String(error)))).then(() => this.measureOps());
  }

  /** The machine's own probes, alone (nothing else competes for the cores), each result kept as it arrives. */
  private async probeMachine(): Promise<void> {
    const gpu = this.plan.backends.some((backend) => backend === 'webgl' || backend === 'webgpu');
    this.probes = startMachineProbes({ threads: this.meta.environment.hardwareConcurrency, gpu }, {
      onStage: (stage) => {
        this.progress = { ...this.progress, current: labStrings.probeStages[stage], phase: 'machine' };
        this.changed();
      },
      onResult: (result) => {
        this.run.machineProbes?.push(result);
        this.changed();
      },
      onStageFailed: (stage, message) => this.note(labStrings.probeStageFailed(labStrings.probeStages[stage], message)),
    });
    const end = await this.probes.ended;
    this.probes = null;
    if (end.stopped !== undefined && !this.ended) this.note(labStrings.probesStopped(end.stopped));
  }

  /** Starts the lab worker and its `lab-run` job (unless the run already ended). */
  private measureOps(): void {
    if (this.ended) return;
    this.worker = new JobWorker({
      create: () => new Worker(new URL('../../workers/lab.worker.ts', import.meta.url), { type: 'module' }),
      jobs: JOB_TABLE.lab,
      onLost: () => this.end('failed', labStrings.workerCrashed),
    });
    this.worker.start('lab-run', { plan: this.plan }, {
      events: this.events(),
      onEnd: (end) => {
        if (end.status === 'done') this.end('complete');
        else if (end.status === 'error') this.end('failed', end.error.message);
      },
    });
  }

  /** Stops the run at once by terminating the worker: everything measured so far was sent as it happened and is kept. */
  cancel(): void {
    this.end('cancelled');
  }

  private end(status: LabRun['status'], error?: string): void {
    if (this.ended) return;
    this.ended = true;
    this.probes?.stop(status);
    this.probes = null;
    this.worker?.terminate(status);
    this.worker = null;
    this.run.status = status;
    if (error) this.run.error = error;
    this.handlers.onEnd(this.run);
  }

  /** What each event of the run changes; none arrives after the run ended (its worker is gone). */
  private events(): EventHandlers<JobTable['lab']['lab-run']> {
    return {
      environment: (event) => {
        this.run.environment.timerResolutionMs = event.timerResolutionMs;
        this.run.environment.tfjsVersion = event.tfjsVersion;
      },
      progress: (event) => this.onProgress(event.index, event.phase),
      'op-result': (event) => {
        this.run.results.push(event.result);
        this.onMeasured(event.index, event.result.summary.median);
      },
      'probe-result': (event) => {
        this.run.roofline.push(event.result);
        this.onMeasured(event.index, event.result.summary.median);
      },
      'backend-ready': (event) => this.updateBackend(event.backend, { available: true, flags: event.flags, gpu: event.gpu }),
      'loop-overhead': ({ backend, ...overhead }) => this.updateBackend(backend, { loopOverhead: overhead }),
      'backend-failed': (event) => {
        this.updateBackend(event.backend, { available: false, reason: event.reason });
        this.note(labStrings.backendSkipped(event.backend, event.reason));
      },
      'item-failed': (event) => this.note(labStrings.itemFailed(this.itemName(event.index), event.message)),
      leak: (event) => this.note(labStrings.leaked(this.itemName(event.index), event.tensors)),
    };
  }

  private note(text: string): void {
    this.run.notes?.push(text);
    this.changed();
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

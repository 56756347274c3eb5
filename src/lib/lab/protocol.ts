// Messages between the lab page and its worker, discriminated on `type`.
import type { RunPlan } from './plan';
import type { BackendInfo, LabBackend, OpResult, ProbeResult } from './results';

/** Page → worker: run a plan (cancelling is terminating the worker; results so far are already posted). */
export type LabRequest = { type: 'run'; runId: string; plan: RunPlan };

/** A step of measuring one item. */
export type LabPhase = 'init' | 'reference' | 'first' | 'warmup' | 'timed';

/** Worker → page: what was found, how far a run is, and each measurement as soon as it exists. */
export type LabEvent =
  | { type: 'started'; runId: string; timerResolutionMs: number; tfjsVersion: string }
  | { type: 'progress'; runId: string; index: number; total: number; phase: LabPhase; backend: LabBackend }
  | { type: 'result'; runId: string; index: number; result: OpResult }
  | { type: 'probeResult'; runId: string; index: number; result: ProbeResult }
  | { type: 'backendReady'; runId: string; backend: LabBackend; flags: BackendInfo['flags'] }
  | { type: 'backendFailed'; runId: string; backend: LabBackend; reason: string }
  | { type: 'itemFailed'; runId: string; index: number; message: string }
  | { type: 'leak'; runId: string; index: number; tensors: number }
  | { type: 'done'; runId: string }
  | { type: 'error'; runId: string | null; message: string };

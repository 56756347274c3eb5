/**
 * Where one training step's time goes: kernel records (each tagged by the worker's profiler with
 * the step phase and the layer that ran it) attributed to layer kinds × phases, beside each kind's
 * share of the network's multiply-adds (src/lib/cost), so a reader can see why a net with 7× fewer
 * multiply-adds is not 7× faster. Pure: the worker records, this module only adds up.
 */
import { layerCost, type NetworkLayer } from '../cost';

/** The parts of a training step: forward pass (loss included), backward pass, optimizer update, and the rest (input checks, reading the loss back). */
export type StepPhase = 'forward' | 'backward' | 'update' | 'other';

/** Every phase, in step order. */
export const STEP_PHASES: readonly StepPhase[] = ['forward', 'backward', 'update', 'other'];

/**
 * What time is charged to: a layer kind, the loss and metrics (ops outside every layer), the
 * optimizer's update, or overhead (time between kernels — TF.js's tape, tidy and layer bookkeeping —
 * and kernels run outside forward, backward and update).
 */
export type StepPart = 'standard' | 'depthwise' | 'pointwise' | 'batchNorm' | 'activation' | 'pooling' | 'dense' | 'loss' | 'update' | 'overhead';

/** Every part, in the order a profile lists them (the network's layer kinds first). */
export const STEP_PARTS: readonly StepPart[] = ['standard', 'depthwise', 'pointwise', 'batchNorm', 'activation', 'pooling', 'dense', 'loss', 'update', 'overhead'];

/** One kernel call of a profiled step. */
export interface KernelRecord {
  /** TF.js kernel name, e.g. 'Conv2DBackpropFilter'. */
  kernel: string;
  /** Its time in ms, as TF.js's profiler measured it (for a nested kernel: inside its parent's time). */
  ms: number;
  /** 0 for a kernel the step called itself; 1 and more for a kernel run inside another kernel. */
  depth: number;
  phase: StepPhase;
  /** Index in the model's layers of the layer whose forward call ran it, or whose gradient did; null outside every layer. */
  layer: number | null;
}

/**
 * How kernel times were taken: 'wall' — each kernel ran to completion inside its timing (wasm, cpu,
 * and GPU backends without a timer, where TF.js reads each output back), so kernels and the time
 * between them add up to the step; 'gpu' — the GPU's own timer, while the JavaScript ran ahead.
 */
export type KernelClock = 'wall' | 'gpu';

/** One profiled training step, as the worker records it. */
export interface StepRecording {
  kernelClock: KernelClock;
  /** Wall time of the whole step in ms. */
  stepMs: number;
  /** Wall time spent in each phase, in ms (they add up to stepMs). */
  phaseMs: Record<StepPhase, number>;
  kernels: readonly KernelRecord[];
}

/** One part's line of a step profile. */
export interface StepProfileRow {
  part: StepPart;
  /** ms per phase (kernels of this part; for overhead, the phase's time outside every kernel plus kernels outside the phases). */
  ms: Record<StepPhase, number>;
  totalMs: number;
  /** totalMs over the step's wall time (on the 'gpu' clock: over the kernels' total), 0–1. */
  timeShare: number;
  /** This part's share of the network's multiply-adds per image, 0–1; null for loss, update and overhead, which src/lib/cost does not count. */
  multiplyAddShare: number | null;
  /** Kernel calls charged to this part, nested ones included. */
  kernelCalls: number;
}

/** A step profile: one row per part that took time or holds multiply-adds, and the totals. */
export interface StepProfile {
  kernelClock: KernelClock;
  rows: StepProfileRow[];
  stepMs: number;
  /** Sum of the top-level kernels' ms (nested kernels are inside them). */
  kernelMs: number;
  /** Every kernel call of the step, nested ones included. */
  kernelCalls: number;
  /** Calls the step made itself (depth 0). */
  topLevelCalls: number;
}

/** The part a network layer's time is charged to; throws on a separable layer (profile its depthwise and pointwise layers). */
export function partOfLayer(layer: NetworkLayer): StepPart {
  switch (layer.layer) {
    case 'conv': {
      const { kind } = layer.workload;
      if (kind === 'separable') throw new Error('invalid layer: separable (a step profile charges its depthwise and pointwise layers separately)');
      return kind;
    }
    case 'batchNorm': return 'batchNorm';
    case 'relu': return 'activation';
    case 'globalAveragePool': return 'pooling';
    case 'dense': return 'dense';
  }
}

const zeroPhases = (): Record<StepPhase, number> => ({ forward: 0, backward: 0, update: 0, other: 0 });

function partOfRecord(record: KernelRecord, layers: readonly NetworkLayer[]): StepPart {
  if (record.phase === 'update') return 'update';
  if (record.phase === 'other') return 'overhead';
  if (record.layer === null) return 'loss';
  const layer = layers[record.layer];
  if (!layer) throw new Error(`invalid layer: ${record.layer} (the network has ${layers.length} layers)`);
  return partOfLayer(layer);
}

/**
 * Adds a recorded step up by part and phase: top-level kernels are charged to their part and, on
 * the wall clock, each phase's time outside them to overhead, so the rows add up to the step's wall
 * time exactly. On the 'gpu' clock there is no overhead row and shares are of the kernels' total.
 */
export function attributeStep(recording: StepRecording, layers: readonly NetworkLayer[]): StepProfile {
  const { stepMs, phaseMs, kernels, kernelClock } = recording;
  const phaseTotal = STEP_PHASES.reduce((sum, phase) => sum + phaseMs[phase], 0);
  if (Math.abs(phaseTotal - stepMs) > 1e-6 * Math.max(1, stepMs)) throw new Error(`invalid phaseMs: they add up to ${phaseTotal} ms, the step took ${stepMs} ms`);
  const ms = new Map<StepPart, Record<StepPhase, number>>(STEP_PARTS.map((part) => [part, zeroPhases()]));
  const calls = new Map<StepPart, number>(STEP_PARTS.map((part) => [part, 0]));
  const kernelMsByPhase = zeroPhases();
  for (const record of kernels) {
    const part = partOfRecord(record, layers);
    calls.set(part, (calls.get(part) ?? 0) + 1);
    if (record.depth > 0) continue;
    ms.get(part)![record.phase] += record.ms;
    kernelMsByPhase[record.phase] += record.ms;
  }
  if (kernelClock === 'wall') for (const phase of STEP_PHASES) ms.get('overhead')![phase] += phaseMs[phase] - kernelMsByPhase[phase];
  const kernelMs = STEP_PHASES.reduce((sum, phase) => sum + kernelMsByPhase[phase], 0);
  const shareOf = kernelClock === 'wall' ? stepMs : kernelMs;
  const multiplyAdds = new Map<StepPart, number>();
  for (const layer of layers) multiplyAdds.set(partOfLayer(layer), (multiplyAdds.get(partOfLayer(layer)) ?? 0) + layerCost(layer).multiplyAdds);
  const totalMultiplyAdds = [...multiplyAdds.values()].reduce((sum, count) => sum + count, 0);
  const rows = STEP_PARTS.map((part): StepProfileRow => {
    const partMs = ms.get(part)!;
    const totalMs = STEP_PHASES.reduce((sum, phase) => sum + partMs[phase], 0);
    const counted = multiplyAdds.get(part);
    return {
      part, ms: partMs, totalMs, timeShare: shareOf > 0 ? totalMs / shareOf : 0, kernelCalls: calls.get(part) ?? 0,
      multiplyAddShare: counted === undefined ? null : totalMultiplyAdds > 0 ? counted / totalMultiplyAdds : 0,
    };
  }).filter((row) => row.kernelCalls > 0 || row.totalMs !== 0 || row.multiplyAddShare !== null);
  const topLevelCalls = kernels.filter((record) => record.depth === 0).length;
  return { kernelClock, rows, stepMs, kernelMs, kernelCalls: kernels.length, topLevelCalls };
}

/** One kernel's total over a step: calls at any depth, and ms of its top-level calls (a nested call's time is inside its parent's). */
export interface KernelTotal {
  kernel: string;
  calls: number;
  ms: number;
}

/** The step's kernels by name, slowest first (ties by name), e.g. to show which kernels a part's time is made of. */
export function kernelTotals(kernels: readonly KernelRecord[]): KernelTotal[] {
  const totals = new Map<string, KernelTotal>();
  for (const record of kernels) {
    const total = totals.get(record.kernel) ?? { kernel: record.kernel, calls: 0, ms: 0 };
    total.calls += 1;
    if (record.depth === 0) total.ms += record.ms;
    totals.set(record.kernel, total);
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms || a.kernel.localeCompare(b.kernel));
}

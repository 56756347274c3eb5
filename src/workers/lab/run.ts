// Runs a plan backend by backend, emitting each measurement the moment it exists.
//
// One worker, switching backends with tf.setBackend (through initBackend), rather than one worker
// per backend: TF.js keeps one active backend at a time anyway, the cpu reference outputs must be
// on hand when other backends are checked, and backends timed in parallel on two cores would
// steal each other's time. Tensors are created per op and disposed before the next backend.
import { initBackend, shouldUseThreads, type Tf } from '../tf-backend';
import { maxAbsDiff, opCost, timerStep, type LabBackend, type LoopOverhead, type OpResult, type OpSpec, type PlanItem, type ProbeResult, type RunPlan } from '../../lib/lab';
import type { LAB_JOBS } from '../../lib/lab/protocol';
import type { JobContext } from '../runtime/define-job';
import { backendFlags, kernelTimeMeasurable } from './flags';
import { prepareOp, prepareProbe } from './kernels';
import { backendOverhead, measure, type Measurement } from './measure';

/** Sends one event of the `lab-run` job (its names and shapes are LAB_JOBS's). */
type Emit = JobContext<(typeof LAB_JOBS)['lab-run']>['emit'];

async function cpuReferences(ops: OpSpec[], onOp: (index: number) => void): Promise<Map<string, Float32Array>> {
  const { tf } = await initBackend('cpu');
  const references = new Map<string, Float32Array>();
  for (const [index, op] of ops.entries()) {
    onOp(index);
    const prepared = prepareOp(tf, op);
    const output = prepared.run();
    references.set(op.id, (await output.data()) as Float32Array);
    output.dispose();
    prepared.dispose();
  }
  return references;
}

function opResult(options: { item: PlanItem; op: OpSpec; measured: Measurement; reference: Float32Array | undefined }): OpResult {
  const { item, op, measured, reference } = options;
  const cost = opCost(op);
  const medianMs = measured.summary.median;
  return {
    opId: op.id, kind: op.kind, backend: item.backend, layer: op.layer, ...cost,
    reps: measured.reps, samplesMs: measured.samplesMs, summary: measured.summary,
    firstRunMs: measured.firstRunMs, kernelMs: measured.kernelMs,
    gmacPerSecond: cost.macs / (medianMs * 1e6),
    gbPerSecond: cost.bytes / (medianMs * 1e6),
    maxAbsDiff: item.backend === 'cpu' || !reference ? null : maxAbsDiff(measured.firstOutput, reference),
    backToBackMs: measured.backToBackMs, loopOverheadMs: measured.loopOverheadMs,
  };
}

function probeResult(item: PlanItem, measured: Measurement): ProbeResult {
  if (item.target.type !== 'probe') throw new Error('invalid item: not a probe');
  const { probe } = item.target;
  const medianMs = measured.summary.median;
  const amount = probe.id === 'bandwidth' ? 12 * probe.size : 2 * probe.size ** 3;
  return { backend: item.backend, probe: probe.id, size: probe.size, summary: measured.summary, value: amount / (medianMs * 1e6) };
}

/** What every item of one backend shares: the plan, the event sink, the cpu outputs, and the timing loop's cost and clock step. */
interface ItemContext {
  plan: RunPlan;
  emit: Emit;
  references: Map<string, Float32Array>;
  loop: { overhead: LoopOverhead; timerStepMs: number };
}

async function runItem(tf: Tf, context: ItemContext, index: number): Promise<void> {
  const { plan, emit, references, loop } = context;
  const item = plan.items[index] as PlanItem;
  const tensorsBefore = tf.memory().numTensors;
  const prepared = item.target.type === 'op' ? prepareOp(tf, item.target.op) : prepareProbe(tf, item.target.probe);
  try {
    const measured = await measure({
      tf, prepared, settings: plan.preset.settings, kernelMeasurable: kernelTimeMeasurable(tf, item.backend), loop,
      onPhase: (phase) => emit('progress', { index, total: plan.items.length, phase, backend: item.backend }),
    });
    if (item.target.type === 'probe') return emit('probe-result', { index, result: probeResult(item, measured) });
    const { op } = item.target;
    if (item.backend === 'cpu') references.set(op.id, measured.firstOutput);
    emit('op-result', { index, result: opResult({ item, op, measured, reference: references.get(op.id) }) });
  } finally {
    prepared.dispose();
    // Every tensor an item makes must be gone afterwards, or later items would time a fuller memory.
    const leaked = tf.memory().numTensors - tensorsBefore;
    if (leaked > 0) emit('leak', { index, tensors: leaked });
  }
}

/**
 * Measures every item of `plan`, emitting the environment, progress, each result and per-backend
 * and per-item failures as they happen; resolves when the last item is done. No checkpoints: the
 * lab's Cancel terminates the worker (src/lib/lab/protocol.ts says why).
 */
export async function runPlan(plan: RunPlan, emit: Emit): Promise<void> {
  const total = plan.items.length;
  const firstIndex = (backend: LabBackend) => plan.items.findIndex((item) => item.backend === backend);
  const { tf } = await initBackend('cpu');
  // The smallest step of performance.now() here: 5 µs when cross-origin isolated, else 100 µs in Chromium.
  const timerStepMs = timerStep(() => performance.now());
  emit('environment', { timerResolutionMs: timerStepMs, tfjsVersion: tf.version_core });
  let references = new Map<string, Float32Array>();
  if (!plan.backends.includes('cpu')) {
    const backend = plan.backends[0] as LabBackend;
    references = await cpuReferences(plan.ops, () => emit('progress', { index: firstIndex(backend), total, phase: 'reference', backend }));
  }
  for (const backend of plan.backends) {
    emit('progress', { index: firstIndex(backend), total, phase: 'init', backend });
    const threads = shouldUseThreads();
    const ready = await initBackend(backend, { threads });
    if (ready.backend !== backend) {
      emit('backend-failed', { backend, reason: ready.fallbackReason ?? backend });
      continue;
    }
    emit('backend-ready', { backend, flags: await backendFlags(ready.tf, backend, ready.threads), gpu: ready.gpu });
    const overhead = await backendOverhead(ready.tf);
    emit('loop-overhead', { backend, ...overhead });
    const context: ItemContext = { plan, emit, references, loop: { overhead, timerStepMs } };
    for (const [index, item] of plan.items.entries()) {
      if (item.backend !== backend) continue;
      try {
        await runItem(ready.tf, context, index);
      } catch (error) {
        emit('item-failed', { index, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
}

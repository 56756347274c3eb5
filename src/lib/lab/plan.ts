// A run's plan: every (backend, op or probe) pair in the order the worker measures them.
import { opsForLayer, type OpSpec, type ProbeSpec } from './ops';
import { assertSettings, type Preset } from './presets';
import { LAB_BACKENDS, type LabBackend } from './results';
import { opLayerLabel, opMacs } from './model';

/** One thing to measure on one backend. */
export type PlanTarget = { type: 'op'; op: OpSpec } | { type: 'probe'; probe: ProbeSpec };

/** One step of a run, with its estimated work in multiply-adds (for the ETA). */
export interface PlanItem {
  backend: LabBackend;
  target: PlanTarget;
  /** Multiply-adds of one run (for the bandwidth probe: elements added). */
  work: number;
}

/** Everything the worker needs to run a preset on some backends. */
export interface RunPlan {
  preset: Preset;
  /** Backends in measuring order: cpu first, since its outputs are the correctness reference. */
  backends: LabBackend[];
  ops: OpSpec[];
  items: PlanItem[];
}

/** Work of one run of a probe: n³ MACs for the n×n matMul, one add per element for the stream. */
export function probeWork(probe: ProbeSpec): number {
  return probe.id === 'compute' ? probe.size ** 3 : probe.size;
}

/** Plans a run of `preset` on `backends`: per backend every op, then the two roofline probes. */
export function planRun(preset: Preset, backends: readonly LabBackend[]): RunPlan {
  assertSettings(preset.settings);
  if (preset.layers.length === 0) throw new Error('invalid layers: empty');
  for (const name of backends) if (!LAB_BACKENDS.includes(name)) throw new Error(`invalid backend: ${String(name)}`);
  const ordered = LAB_BACKENDS.filter((name) => backends.includes(name));
  if (ordered.length === 0) throw new Error('invalid backends: none selected');
  const ops = preset.layers.flatMap(opsForLayer);
  const items = ordered.flatMap((backend): PlanItem[] => [
    ...ops.map((op) => ({ backend, target: { type: 'op', op } as const, work: opMacs(op) })),
    ...preset.settings.probes.map((probe) => ({ backend, target: { type: 'probe', probe } as const, work: probeWork(probe) })),
  ]);
  return { preset, backends: ordered, ops, items };
}

/** A short reader-facing name of a plan item, e.g. "wasm · depthwise · 16×16×16 → 32, 3×3, stride 1". */
export function itemLabel(item: PlanItem, names: { ops: Record<string, string>; probes: Record<string, string> }): string {
  if (item.target.type === 'probe') return `${item.backend} · ${names.probes[item.target.probe.id] ?? item.target.probe.id}`;
  const { op } = item.target;
  return `${item.backend} · ${names.ops[op.kind] ?? op.kind} · ${opLayerLabel(op.kind, op.layer)}`;
}

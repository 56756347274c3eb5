// A small, complete LabRun built from the real model, for the schema, CSV, merge and plot tests.
import { opCost, opsForLayer, PRESETS, RESULTS_SCHEMA, RESULTS_VERSION, summarize, type LabBackend, type LabRun, type MachineProbeResult, type OpResult } from '../../../src/lib/lab';

/** The machine's probes of a two-core machine: one thread's and both threads' bandwidth and wasm SIMD peak. */
export const MACHINE_PROBES: MachineProbeResult[] = [
  { probe: 'wasm-copy', threads: 1, size: 1 << 26, passes: 10, best: 10, median: 8, unit: 'GB/s' },
  { probe: 'js-set', threads: 1, size: 1 << 26, passes: 10, best: 20, median: 16, unit: 'GB/s' },
  { probe: 'wasm-madd', threads: 1, size: 1e8, passes: 7, best: 60, median: 55, unit: 'GFLOP/s' },
  { probe: 'js-set', threads: 2, size: 1 << 25, passes: 5, best: 30, median: 25, unit: 'GB/s' },
  { probe: 'wasm-madd', threads: 2, size: 1e8, passes: 5, best: 110, median: 100, unit: 'GFLOP/s' },
];

/** A run of the Quick preset on `backends` where every op's per-run time is `msFor(backend, kind)` ± 10 %. */
export function makeRun(options: { id?: string; machine?: string; backends?: LabBackend[]; msFor?: (backend: LabBackend, kind: string) => number; machineProbes?: MachineProbeResult[] | null } = {}): LabRun {
  const backends = options.backends ?? ['cpu', 'wasm'];
  const msFor = options.msFor ?? ((backend, kind) => (backend === 'cpu' ? 4 : 1) * (kind === 'standard' ? 5 : 2));
  const results: OpResult[] = backends.flatMap((backend) => PRESETS.quick.layers.flatMap(opsForLayer).map((op) => {
    const ms = msFor(backend, op.kind);
    const samplesMs = [ms * 0.9, ms, ms * 1.1];
    const summary = summarize(samplesMs);
    const cost = opCost(op);
    return {
      opId: op.id, kind: op.kind, backend, layer: op.layer, ...cost, reps: 1, samplesMs, summary,
      firstRunMs: ms * 10, kernelMs: backend === 'cpu' ? ms : null,
      gmacPerSecond: cost.macs / (summary.median * 1e6), gbPerSecond: cost.bytes / (summary.median * 1e6),
      maxAbsDiff: backend === 'cpu' ? null : 3e-7, backToBackMs: ms * 0.95, loopOverheadMs: 0.0127,
    };
  }));
  return {
    schema: RESULTS_SCHEMA, version: RESULTS_VERSION, id: options.id ?? 'run-1', createdAt: '2026-11-25T21:00:00.000Z',
    machine: options.machine ?? 'Test laptop', preset: 'quick', settings: PRESETS.quick.settings, status: 'complete',
    environment: {
      userAgent: 'TestAgent/1.0', hardwareConcurrency: 2, crossOriginIsolated: true, webglRenderer: null,
      timerResolutionMs: 0.005, tfjsVersion: '4.22.0',
    },
    backends: backends.map((name) => ({ name, available: true, flags: {}, gpu: null, loopOverhead: { perRunMs: 0.0127, perRegionMs: 0 } })),
    results,
    roofline: backends.flatMap((backend) => [
      { backend, probe: 'bandwidth' as const, size: 1 << 18, summary: summarize([1, 1.1, 0.9]), value: 3.1 },
      { backend, probe: 'compute' as const, size: 128, summary: summarize([2, 2.2, 1.8]), value: 2.1 },
    ]),
    machineProbes: options.machineProbes === undefined ? MACHINE_PROBES : options.machineProbes,
  };
}

// What the plots show, computed from a run: speed-ups against the MAC ratio, and the roofline.
import { layerId, layerLabel } from './ops';
import { macRatio } from './model';
import type { LabBackend } from './results';
import type { LabRun, OpResult } from './results-schema';

/** One point of the headline plot: measured speed-up of separable over standard for one layer and backend. */
export interface SpeedupPoint {
  machine: string;
  backend: LabBackend;
  layer: string;
  /** Standard MACs / separable MACs: the speed-up the multiply-add count promises. */
  macRatio: number;
  /** Standard median / two-step separable median. */
  speedup: number;
  /** Standard median / tf.separableConv2d median, when measured. */
  fusedSpeedup: number | null;
}

/** What TF.js reaches on one backend (its large add and matMul probes): attainable GFLOP/s = min(peak, bandwidth × intensity). */
export interface RooflineBackend {
  backend: LabBackend;
  /** Streaming-add bandwidth in GB/s. */
  bandwidth: number;
  /** matMul peak in GFLOP/s. */
  peak: number;
  /** Intensity (FLOP/B) where the two limits meet: peak / bandwidth. */
  ridge: number;
}

/** The attainable GFLOP/s at `intensity` FLOP/B under a roofline. */
export function attainable(roof: Pick<RooflineBackend, 'peak' | 'bandwidth'>, intensity: number): number {
  return Math.min(roof.peak, roof.bandwidth * intensity);
}

/** Speed-up points of a run, one per layer and backend where both standard and separable were measured. */
export function speedups(run: LabRun): SpeedupPoint[] {
  const byKey = new Map<string, OpResult>();
  for (const result of run.results) byKey.set(`${result.backend}|${layerId(result.layer)}|${result.kind}`, result);
  const points: SpeedupPoint[] = [];
  for (const result of run.results) {
    if (result.kind !== 'standard') continue;
    const base = `${result.backend}|${layerId(result.layer)}|`;
    const separable = byKey.get(`${base}separable`);
    if (!separable) continue;
    const fused = byKey.get(`${base}separableFused`);
    points.push({
      machine: run.machine,
      backend: result.backend,
      layer: layerLabel(result.layer),
      macRatio: macRatio(result.layer),
      speedup: result.summary.median / separable.summary.median,
      fusedSpeedup: fused ? result.summary.median / fused.summary.median : null,
    });
  }
  return points;
}

/** Each backend's roofline from the best probe of each kind, for backends where both kinds were measured. */
export function rooflines(run: LabRun): RooflineBackend[] {
  const backends = [...new Set(run.roofline.map((probe) => probe.backend))];
  const best = (backend: LabBackend, kind: 'bandwidth' | 'compute') => {
    const values = run.roofline.filter((probe) => probe.backend === backend && probe.probe === kind).map((probe) => probe.value);
    return values.length === 0 ? null : Math.max(...values);
  };
  return backends.flatMap((backend) => {
    const bandwidth = best(backend, 'bandwidth');
    const peak = best(backend, 'compute');
    if (bandwidth === null || peak === null) return [];
    return [{ backend, bandwidth, peak, ridge: peak / bandwidth }];
  });
}

// What the lab's roofline shows for one run: the machine's own roofs (its probes), what TF.js reaches
// on each backend (TF.js's add and matMul probes), and every op placed against both.
import { rooflines, type RooflineBackend } from './analysis';
import { opLayerLabel } from './model';
import { machineRoofs, placeOp, roofFor, type Placement, type Roof } from './machine-roofs';
import type { LabBackend } from './results';
import type { LabRun, OpResult } from './results-schema';

/**
 * Bytes below which an op's tensors can stay in a desktop processor's last-level cache (8–96 MiB) between runs:
 * 8 MiB. There the bandwidth exceeds what STREAM measures over arrays far larger than any cache, so such an op can
 * sit above the machine's memory roof.
 */
export const CACHE_RESIDENT_BYTES = 8 * 2 ** 20;

/** One op of a run on the roofline: where it sits, and how far under the machine's roof and TF.js's roof of its backend. */
export interface OpOnRoofline {
  backend: LabBackend;
  kind: OpResult['kind'];
  /** The op's layer, as the results table labels it. */
  layer: string;
  /** FLOP per byte. */
  intensity: number;
  /** Measured GFLOP/s at the median. */
  gflops: number;
  /** Measured GB/s at the median (the least traffic the op could cause). */
  gbPerSecond: number;
  /** Bytes one run moves at least; below {@link CACHE_RESIDENT_BYTES} they can stay in cache. */
  bytes: number;
  /** The machine roof the op runs under and where it sits there; null when the machine was not probed for it. */
  machine: { roof: Roof; placement: Placement } | null;
  /** What TF.js reaches on the op's backend and where the op sits under that; null without TF.js's probes. */
  tfjs: { roof: RooflineBackend; placement: Placement } | null;
}

/** The roofline of a run: the machine's roofs, TF.js's roofs, and every op placed against both. */
export interface RunRoofline {
  machine: Roof[];
  tfjs: RooflineBackend[];
  ops: OpOnRoofline[];
}

/** Whether `backend` ran multi-threaded in `run` (wasm's `threads` flag). */
function threaded(run: LabRun, backend: LabBackend): boolean {
  return run.backends.find((info) => info.name === backend)?.flags.threads === true;
}

/** The run's roofs and each op placed against the machine roof of its backend and TF.js's roof of its backend. */
export function runRoofline(run: LabRun): RunRoofline {
  const machine = machineRoofs(run.machineProbes ?? []);
  const tfjs = rooflines(run);
  const ops = run.results.filter((result) => result.intensity > 0 && result.gmacPerSecond > 0).map((result): OpOnRoofline => {
    const gflops = 2 * result.gmacPerSecond;
    const op = { intensity: result.intensity, gflops };
    const roof = roofFor(machine, result.backend, threaded(run, result.backend));
    const own = tfjs.find((candidate) => candidate.backend === result.backend);
    return {
      backend: result.backend, kind: result.kind, layer: opLayerLabel(result.kind, result.layer), intensity: result.intensity, gflops, gbPerSecond: result.gbPerSecond, bytes: result.bytes,
      machine: roof ? { roof, placement: placeOp(op, roof) } : null,
      tfjs: own ? { roof: own, placement: placeOp(op, own) } : null,
    };
  });
  return { machine, tfjs, ops };
}

/** `count` intensities spread evenly on a log scale from `low` to `high` FLOP/B, for drawing a roof as a curve. */
export function logSteps(low: number, high: number, count = 61): number[] {
  if (!(low > 0) || !(high > low)) throw new Error(`invalid range: ${low} to ${high}`);
  if (!Number.isInteger(count) || count < 2) throw new Error(`invalid count: ${count}`);
  return Array.from({ length: count }, (_, index) => low * (high / low) ** (index / (count - 1)));
}

/** The intensity range (FLOP/B) a roofline plot needs: every op and every ridge, with room on both sides. */
export function rooflineRange(view: RunRoofline): [number, number] {
  const ridges = [...view.machine, ...view.tfjs].map((roof) => roof.peak / roof.bandwidth);
  const intensities = [...view.ops.map((op) => op.intensity), ...ridges];
  return [Math.min(0.1, ...intensities) / 2, Math.max(100, ...intensities) * 2];
}

/**
 * Why fewer multiply-adds do not give proportionally less training time, computed from profiled
 * steps: each network against a baseline (the standard net), the step-time ratio beside the
 * multiply-add ratio, the convolutions' time against everything else's, and the parts of the step
 * whose share of the time most exceeds their share of the multiply-adds. Pure: the strings
 * (src/lib/strings/train-profile.ts) turn it into sentences.
 */
import { networkCostOf, networkLayers, type NetworkId } from './networks';
import type { StepPart, StepProfile, StepProfileRow } from './step-profile';

/** The parts that are convolutions: the work the multiply-add count is about. */
export const CONVOLUTION_PARTS: readonly StepPart[] = ['standard', 'depthwise', 'pointwise'];

/** One profiled network: which one, and where its step's time went. */
export interface ProfiledNetwork {
  network: NetworkId;
  profile: StepProfile;
}

/** A part of the step: its ms, its share of the step's time and its share of the multiply-adds. */
export interface PartShare {
  part: StepPart;
  ms: number;
  timeShare: number;
  /** 0 for parts the multiply-add count leaves out (batch norm, ReLU, the update, bookkeeping). */
  multiplyAddShare: number;
}

/** A network's step beside the baseline's. */
export interface StepComparison {
  network: NetworkId;
  baseline: NetworkId;
  /** Baseline multiply-adds over this network's (per image): the speed-up they promise. */
  multiplyAddRatio: number;
  /** Baseline step ms over this network's: the speed-up measured. */
  stepRatio: number;
  stepMs: { baseline: number; network: number };
  /** Time in the convolution layers (forward, backward and their share of nothing else). */
  convolutionMs: { baseline: number; network: number };
  /** The rest of the step: batch norm, ReLU, pooling, dense, loss, the optimizer's update, bookkeeping. */
  otherMs: { baseline: number; network: number };
  /** Layers in each model (each convolution brings its own batch norm and ReLU). */
  layers: { baseline: number; network: number };
  /** This network's parts whose time share most exceeds their multiply-add share, largest excess first (at most 3). */
  overweight: PartShare[];
  /** This network's parts whose multiply-add share most exceeds their time share, largest first (at most 2): where the arithmetic ran cheaply. */
  underweight: PartShare[];
}

const convolutionMs = (profile: StepProfile) => profile.rows.filter((row) => CONVOLUTION_PARTS.includes(row.part)).reduce((sum, row) => sum + row.totalMs, 0);

const shares = (rows: readonly StepProfileRow[]): PartShare[] => rows.map((row) => ({ part: row.part, ms: row.totalMs, timeShare: row.timeShare, multiplyAddShare: row.multiplyAddShare ?? 0 }));

/** The `count` parts whose time share exceeds (sign 1) or falls short of (sign −1) their multiply-add share by most. */
function outOfProportion(rows: readonly StepProfileRow[], sign: 1 | -1, count: number): PartShare[] {
  const excess = (row: PartShare) => sign * (row.timeShare - row.multiplyAddShare);
  return shares(rows).filter((row) => excess(row) > 0).sort((a, b) => excess(b) - excess(a)).slice(0, count);
}

/**
 * Each profiled network other than `baseline` compared with it; empty when the baseline was not
 * profiled. Step times are the profiled steps' wall times (on the 'gpu' clock, the kernels' total).
 */
export function compareSteps(steps: readonly ProfiledNetwork[], baseline: NetworkId = 'standard'): StepComparison[] {
  const base = steps.find((step) => step.network === baseline);
  if (!base) return [];
  const baseCost = networkCostOf(baseline).multiplyAdds;
  return steps.filter((step) => step.network !== baseline).map(({ network, profile }) => {
    const time = (each: StepProfile) => (each.kernelClock === 'gpu' ? each.kernelMs : each.stepMs);
    const [baseMs, ownMs] = [time(base.profile), time(profile)];
    const [baseConv, ownConv] = [convolutionMs(base.profile), convolutionMs(profile)];
    return {
      network, baseline,
      multiplyAddRatio: baseCost / networkCostOf(network).multiplyAdds,
      stepRatio: baseMs / ownMs,
      stepMs: { baseline: baseMs, network: ownMs },
      convolutionMs: { baseline: baseConv, network: ownConv },
      otherMs: { baseline: baseMs - baseConv, network: ownMs - ownConv },
      layers: { baseline: networkLayers(baseline).length, network: networkLayers(network).length },
      overweight: outOfProportion(profile.rows, 1, 3),
      underweight: outOfProportion(profile.rows, -1, 2),
    };
  });
}

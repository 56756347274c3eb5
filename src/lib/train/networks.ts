// The networks /train/ compares, defined once: the worker builds them from this, the cost figures read it.
import { networkCost, workloadOutputShape, type ConvWorkload, type NetworkCost, type NetworkLayer } from '../cost';

/**
 * Every network of the experiment, in the order pages show them: a standard CNN, its MobileNet-style
 * depthwise-separable twin, and the thin standard CNN — the standard net narrowed until its parameters
 * match the separable net's, the control that asks whether a gap is the separable structure or just fewer parameters.
 */
export const EXPERIMENT_NETWORK_IDS = ['standard', 'separable', 'thin'] as const;

/** Which network (see {@link EXPERIMENT_NETWORK_IDS}). */
export type NetworkId = (typeof EXPERIMENT_NETWORK_IDS)[number];

/** The networks /train/ trains and whose weights ship today (the format-1 reference holds these two only). */
export const NETWORK_IDS = ['standard', 'separable'] as const satisfies readonly NetworkId[];

/** A network of {@link NETWORK_IDS}. */
export type ShippedNetworkId = (typeof NETWORK_IDS)[number];

/** One stage of a plan: a 3×3 convolution block to `outChannels` with this stride. */
export interface PlanStage {
  readonly outChannels: number;
  readonly stride: number;
}

/** A net's stages: the standard 3×3 stem, then the 3×3 blocks. */
export interface StagePlan {
  readonly stem: PlanStage;
  readonly blocks: readonly PlanStage[];
}

/** The plan the standard and separable nets share: input, a standard 3×3 stem, then 3×3 blocks (same widths and strides), then classes. */
export const NETWORK_PLAN = {
  inHeight: 28, inWidth: 28, inChannels: 1,
  stem: { outChannels: 16, stride: 2 },
  blocks: [{ outChannels: 32, stride: 1 }, { outChannels: 64, stride: 2 }, { outChannels: 64, stride: 1 }] as readonly PlanStage[],
  kernelSize: 3,
  classes: 10,
} as const;

/** How far the thin net's parameter count may stray from the separable net's: ±10 %. */
export const PARAMETER_MATCH_TOLERANCE = 0.1;

interface Cursor { inHeight: number; inWidth: number; inChannels: number }

function conv(cursor: Cursor, spec: Omit<ConvWorkload, 'inHeight' | 'inWidth' | 'inChannels' | 'bias' | 'pad'>): NetworkLayer[] {
  const workload: ConvWorkload = { ...spec, ...cursor, pad: 'same', bias: false };
  const [, outHeight, outWidth, outChannels] = workloadOutputShape(workload);
  Object.assign(cursor, { inHeight: outHeight, inWidth: outWidth, inChannels: outChannels });
  return [{ layer: 'conv', workload }, { layer: 'batchNorm', channels: outChannels }, { layer: 'relu' }];
}

/** The layers of a plan built with standard 3×3 blocks, or with depthwise 3×3 + pointwise 1×1 blocks. */
function planLayers(plan: StagePlan, separable: boolean): NetworkLayer[] {
  const { kernelSize, classes } = NETWORK_PLAN;
  const cursor: Cursor = { inHeight: NETWORK_PLAN.inHeight, inWidth: NETWORK_PLAN.inWidth, inChannels: NETWORK_PLAN.inChannels };
  const layers = conv(cursor, { kind: 'standard', kernelSize, outChannels: plan.stem.outChannels, stride: plan.stem.stride });
  for (const block of plan.blocks) {
    if (!separable) layers.push(...conv(cursor, { kind: 'standard', kernelSize, outChannels: block.outChannels, stride: block.stride }));
    else {
      layers.push(...conv(cursor, { kind: 'depthwise', kernelSize, chMul: 1, stride: block.stride }));
      layers.push(...conv(cursor, { kind: 'pointwise', outChannels: block.outChannels, stride: 1 }));
    }
  }
  layers.push({ layer: 'globalAveragePool' }, { layer: 'dense', inUnits: cursor.inChannels, units: classes });
  return layers;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The thin net's plan and how close it comes to the separable net: relative mismatches are (thin − separable) / separable. */
export interface ThinMatch {
  readonly plan: StagePlan;
  /** The width multiplier: every channel count of the standard plan times this (whole channels for every layer). */
  readonly multiplier: number;
  readonly parameterMismatch: number;
  readonly multiplyAddMismatch: number;
}

let thinMatch: ThinMatch | undefined;

/**
 * The thin standard CNN: the standard plan with every width times k / g, where g is the greatest common
 * divisor of its widths (16), so every layer keeps a whole number of channels and the 1 : 2 : 4 : 4 ratios
 * hold exactly. Of the k whose parameter count is within {@link PARAMETER_MATCH_TOLERANCE} of the
 * separable net's, it takes the one whose larger mismatch (parameters or multiply-adds) is smallest.
 */
export function thinNetwork(): ThinMatch {
  if (thinMatch) return thinMatch;
  const base: StagePlan = NETWORK_PLAN;
  const widths = [base.stem, ...base.blocks].map((stage) => stage.outChannels);
  const unit = widths.reduce(gcd);
  const target = networkCost(planLayers(base, true));
  const candidates = Array.from({ length: unit }, (_, index) => {
    const multiplier = (index + 1) / unit;
    const scale = (stage: PlanStage) => ({ ...stage, outChannels: (stage.outChannels / unit) * (index + 1) });
    const plan: StagePlan = { stem: scale(base.stem), blocks: base.blocks.map(scale) };
    const cost = networkCost(planLayers(plan, false));
    return {
      plan, multiplier,
      parameterMismatch: (cost.parameters - target.parameters) / target.parameters,
      multiplyAddMismatch: (cost.multiplyAdds - target.multiplyAdds) / target.multiplyAdds,
    };
  });
  const worst = (match: ThinMatch) => Math.max(Math.abs(match.parameterMismatch), Math.abs(match.multiplyAddMismatch));
  const best = candidates.filter((match) => Math.abs(match.parameterMismatch) <= PARAMETER_MATCH_TOLERANCE).sort((a, b) => worst(a) - worst(b))[0];
  if (!best) throw new Error(`invalid plan: no width multiplier k/${unit} brings the standard net within ${PARAMETER_MATCH_TOLERANCE * 100} % of the separable net's ${target.parameters} parameters`);
  thinMatch = best;
  return best;
}

/**
 * The layers of one network, in order, each with the input it sees: conv (no bias) → batch norm → ReLU
 * per convolution; the separable net replaces each block's 3×3 convolution by depthwise 3×3 (with the
 * block's stride) and pointwise 1×1, each with its own batch norm and ReLU, as MobileNet does; the thin
 * net is the standard net at {@link thinNetwork}'s widths.
 */
export function networkLayers(id: NetworkId): NetworkLayer[] {
  if (!(EXPERIMENT_NETWORK_IDS as readonly string[]).includes(id)) throw new Error(`invalid network: ${String(id)}`);
  if (id === 'thin') return planLayers(thinNetwork().plan, false);
  return planLayers(NETWORK_PLAN, id === 'separable');
}

/** Parameters and multiply-adds per image of one network (src/lib/cost's formulas over {@link networkLayers}). */
export function networkCostOf(id: NetworkId): NetworkCost {
  return networkCost(networkLayers(id));
}

/** How many convolution layers network `id` has (each followed by batch normalization and ReLU): 4 standard, 7 separable, 4 thin. */
export function convolutionLayers(id: NetworkId): number {
  return networkLayers(id).filter((layer) => layer.layer === 'conv').length;
}

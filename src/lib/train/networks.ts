// The two networks /train/ compares, defined once: the worker builds them from this, the cost figures read it.
import { networkCost, workloadOutputShape, type ConvWorkload, type NetworkCost, type NetworkLayer } from '../cost';

/** Which network: a standard CNN, or its MobileNet-style depthwise-separable twin. */
export type NetworkId = 'standard' | 'separable';

/** Every network id, in the order the page shows them. */
export const NETWORK_IDS: readonly NetworkId[] = ['standard', 'separable'];

/** One stage of the shared plan: a 3×3 convolution block to `outChannels` with this stride. */
export interface PlanStage {
  readonly outChannels: number;
  readonly stride: number;
}

/** The plan both nets share: input, a standard 3×3 stem, then 3×3 blocks (same widths and strides), then classes. */
export const NETWORK_PLAN = {
  inHeight: 28, inWidth: 28, inChannels: 1,
  stem: { outChannels: 16, stride: 2 },
  blocks: [{ outChannels: 32, stride: 1 }, { outChannels: 64, stride: 2 }, { outChannels: 64, stride: 1 }] as readonly PlanStage[],
  kernelSize: 3,
  classes: 10,
} as const;

interface Cursor { inHeight: number; inWidth: number; inChannels: number }

function conv(cursor: Cursor, spec: Omit<ConvWorkload, 'inHeight' | 'inWidth' | 'inChannels' | 'bias' | 'pad'>): NetworkLayer[] {
  const workload: ConvWorkload = { ...spec, ...cursor, pad: 'same', bias: false };
  const [, outHeight, outWidth, outChannels] = workloadOutputShape(workload);
  Object.assign(cursor, { inHeight: outHeight, inWidth: outWidth, inChannels: outChannels });
  return [{ layer: 'conv', workload }, { layer: 'batchNorm', channels: outChannels }, { layer: 'relu' }];
}

/**
 * The layers of one network, in order, each with the input it sees: conv (no bias) → batch norm → ReLU
 * per convolution; the separable net replaces each block's 3×3 convolution by depthwise 3×3 (with the
 * block's stride) and pointwise 1×1, each with its own batch norm and ReLU, as MobileNet does.
 */
export function networkLayers(id: NetworkId): NetworkLayer[] {
  if (!NETWORK_IDS.includes(id)) throw new Error(`invalid network: ${String(id)}`);
  const { kernelSize, stem, blocks, classes } = NETWORK_PLAN;
  const cursor: Cursor = { inHeight: NETWORK_PLAN.inHeight, inWidth: NETWORK_PLAN.inWidth, inChannels: NETWORK_PLAN.inChannels };
  const layers = conv(cursor, { kind: 'standard', kernelSize, outChannels: stem.outChannels, stride: stem.stride });
  for (const block of blocks) {
    if (id === 'standard') layers.push(...conv(cursor, { kind: 'standard', kernelSize, outChannels: block.outChannels, stride: block.stride }));
    else {
      layers.push(...conv(cursor, { kind: 'depthwise', kernelSize, chMul: 1, stride: block.stride }));
      layers.push(...conv(cursor, { kind: 'pointwise', outChannels: block.outChannels, stride: 1 }));
    }
  }
  layers.push({ layer: 'globalAveragePool' }, { layer: 'dense', inUnits: cursor.inChannels, units: classes });
  return layers;
}

/** Parameters and multiply-adds per image of one network (src/lib/cost's formulas over {@link networkLayers}). */
export function networkCostOf(id: NetworkId): NetworkCost {
  return networkCost(networkLayers(id));
}

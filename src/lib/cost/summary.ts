// One table of costs for a block, as the calculator and lessons show it.
import type { CostKind } from './layer';
import { arithmeticIntensity, bytesMoved } from './memory';
import { flops, multiplyAdds, workloadOutputShape } from './multiply-adds';
import { parameterCount } from './parameters';
import type { BlockWorkload } from './ratio';

/** Costs of one convolution on one input (counts exact; bytes and intensity under the fp32 model of elementTraffic). */
export interface CostRow {
  readonly kind: CostKind;
  /** [batch, outHeight, outWidth, outChannels] the op produces. */
  readonly outputShape: readonly [number, number, number, number];
  readonly parameters: number;
  readonly multiplyAdds: number;
  readonly flops: number;
  readonly bytes: number;
  /** FLOP per byte moved. */
  readonly intensity: number;
}

/**
 * Rows for standard, depthwise, pointwise and separable on one input: the depthwise and pointwise rows are the
 * separable block's two halves (pointwise runs on the depthwise output, inChannels · chMul → outChannels, with the
 * block's bias), so their parameters, multiply-adds and bytes add up to the separable row.
 */
export function blockCostRows(workload: BlockWorkload): CostRow[] {
  const separable = { ...workload, kind: 'separable' } as const;
  const [batch, outHeight, outWidth] = workloadOutputShape(separable);
  const chMul = workload.chMul ?? 1;
  const rows = [
    { ...workload, kind: 'standard', chMul: undefined },
    { ...workload, kind: 'depthwise', bias: false, outChannels: undefined },
    {
      kind: 'pointwise', batch, inHeight: outHeight, inWidth: outWidth, inChannels: workload.inChannels * chMul,
      outChannels: workload.outChannels, bias: workload.bias,
    },
    separable,
  ] as const;
  return rows.map((row) => ({
    kind: row.kind,
    outputShape: workloadOutputShape(row),
    parameters: parameterCount(row),
    multiplyAdds: multiplyAdds(row),
    flops: flops(row),
    bytes: bytesMoved(row),
    intensity: arithmeticIntensity(row),
  }));
}

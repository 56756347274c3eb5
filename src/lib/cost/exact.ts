// Exact counts at any size: the cost table in BigInt, for layers whose counts pass 2^53 (a 100,000-channel layer
// on a 100,000-pixel-square input needs 9·10^20 multiply-adds), where the number-based counts refuse to round.
import { normalizeLayer, type CostKind, type NormalizedLayer } from './layer';
import { BYTES_PER_FLOAT32 } from './memory';
import { workloadOutputShape } from './multiply-adds';
import type { BlockWorkload } from './ratio';

/** One row of the cost table counted exactly: parameters, multiply-adds and bytes moved (fp32) as BigInt. */
export interface ExactCostRow {
  readonly kind: CostKind;
  /** [batch, outHeight, outWidth, outChannels] the op produces. */
  readonly outputShape: readonly [number, number, number, number];
  readonly parameters: bigint;
  readonly multiplyAdds: bigint;
  readonly bytes: bigint;
  /** FLOP per byte moved (2 · multiply-adds / bytes), as a float. */
  readonly intensity: number;
}

/** Weights of a normalized layer, k_h·k_w·M·N and so on (the formulas of parameterBreakdown), in BigInt. */
function exactWeights(layer: NormalizedLayer): bigint {
  const area = BigInt(layer.filterHeight) * BigInt(layer.filterWidth);
  const inChannels = BigInt(layer.inChannels);
  const outChannels = BigInt(layer.outChannels);
  const chMul = BigInt(layer.chMul);
  switch (layer.kind) {
    case 'standard': return area * inChannels * outChannels;
    case 'depthwise': return area * inChannels * chMul;
    case 'pointwise': return inChannels * outChannels;
    case 'separable': return area * inChannels * chMul + inChannels * chMul * outChannels;
  }
}

const product = (values: readonly number[]): bigint => values.reduce((total, value) => total * BigInt(value), 1n);

/** a ÷ b as a float, for ratios of exact counts (each operand rounds to 16 significant digits, far below what is shown). */
export function exactRatio(numerator: bigint, denominator: bigint): number {
  if (denominator <= 0n) throw new Error(`invalid denominator: ${denominator}`);
  return Number(numerator) / Number(denominator);
}

/**
 * The rows of blockCostRows (standard, depthwise, pointwise on the depthwise output, separable) counted in BigInt,
 * under the same memory model: input, weights and output once each, the separable intermediate written and read back.
 */
export function exactBlockCostRows(workload: BlockWorkload): ExactCostRow[] {
  const separable = { ...workload, kind: 'separable' } as const;
  const [batch, outHeight, outWidth] = workloadOutputShape(separable);
  const chMul = workload.chMul ?? 1;
  const rows = [
    { ...workload, kind: 'standard', chMul: undefined },
    { ...workload, kind: 'depthwise', bias: false, outChannels: undefined },
    { kind: 'pointwise', batch, inHeight: outHeight, inWidth: outWidth, inChannels: workload.inChannels * chMul, outChannels: workload.outChannels, bias: workload.bias },
    separable,
  ] as const;
  return rows.map((row) => {
    const layer = normalizeLayer(row);
    const outputShape = workloadOutputShape(row);
    const [rowBatch, rowOutHeight, rowOutWidth] = outputShape;
    const weights = exactWeights(layer);
    const parameters = weights + (layer.bias ? BigInt(layer.outChannels) : 0n);
    const multiplyAdds = product([rowBatch, rowOutHeight, rowOutWidth]) * weights;
    const input = product([row.batch ?? 1, row.inHeight, row.inWidth ?? row.inHeight, layer.inChannels]);
    const intermediate = layer.kind === 'separable' ? product([rowBatch, rowOutHeight, rowOutWidth, layer.inChannels * layer.chMul]) : 0n;
    const bytes = BigInt(BYTES_PER_FLOAT32) * (input + parameters + 2n * intermediate + product(outputShape));
    return { kind: layer.kind, outputShape, parameters, multiplyAdds, bytes, intensity: exactRatio(2n * multiplyAdds, bytes) };
  });
}

const EXACT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** An exact count of any size with thousands separators: 900000000000000000000n → "900,000,000,000,000,000,000". */
export function formatExactCount(count: bigint): string {
  return EXACT.format(count);
}

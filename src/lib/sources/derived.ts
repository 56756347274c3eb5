// Ratios derived from the cited tables, computed once so the prose never states a hand-made number.
import { EFFICIENTNET_V2_TABLE3, MOBILENET_V1_TABLE4 } from './citations';

/** MobileNet v1 Table 4 compared: how many times fewer mult-adds and parameters, and the top-1 points lost. */
export interface MobileNetTradeoff {
  readonly multiplyAddFactor: number;
  readonly parameterFactor: number;
  readonly top1PointsLost: number;
}

/** Full convolution ÷ depthwise separable, from MobileNet v1 Table 4 (≈ 8.55× mult-adds, ≈ 6.98× parameters, 1.1 points). */
export function mobileNetTradeoff(table = MOBILENET_V1_TABLE4): MobileNetTradeoff {
  const { fullConvolution: full, depthwiseSeparable: separable } = table;
  return {
    multiplyAddFactor: full.multiplyAddsMillions / separable.multiplyAddsMillions,
    parameterFactor: full.parametersMillions / separable.parametersMillions,
    top1PointsLost: Math.round((full.top1Percent - separable.top1Percent) * 10) / 10,
  };
}

/** Fused-MBConv against MBConv, as fractional changes: +0.67 FLOPs, +0.38 TPU throughput, and so on. */
export interface FusedTradeoff {
  readonly flopsIncrease: number;
  readonly parameterIncrease: number;
  readonly tpuSpeedup: number;
  readonly v100Speedup: number;
  readonly top1PointsGained: number;
}

/** From EfficientNetV2 Table 3: how much more arithmetic Fused-MBConv in stages 1–3 does, and how much faster it trains. */
export function fusedTradeoff(table = EFFICIENTNET_V2_TABLE3): FusedTradeoff {
  const { noFused: before, fusedStages1to3: after } = table;
  return {
    flopsIncrease: after.flopsBillions / before.flopsBillions - 1,
    parameterIncrease: after.parametersMillions / before.parametersMillions - 1,
    tpuSpeedup: after.tpuImagesPerSecond / before.tpuImagesPerSecond - 1,
    v100Speedup: after.v100ImagesPerSecond / before.v100ImagesPerSecond - 1,
    top1PointsGained: Math.round((after.top1Percent - before.top1Percent) * 10) / 10,
  };
}

/** A fraction as a whole percentage with a no-break space, so the sign never wraps to its own line: 0.6667 → "67 %" (U+00A0). */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) throw new Error(`invalid fraction: ${fraction}`);
  return `${Math.round(fraction * 100)}\u00a0%`;
}

// Parameter counts: how many numbers a layer learns.
import { assertExactCount, normalizeLayer, type LayerSpec } from './layer';

/** A parameter count split into weights and bias. */
export interface ParameterBreakdown {
  readonly weights: number;
  readonly bias: number;
  readonly total: number;
}

/**
 * Weights and bias of a layer (k_h, k_w filter size, M = inChannels, N = outChannels, m = chMul):
 * standard k_h·k_w·M·N (+N), depthwise k_h·k_w·M·m (+M·m), pointwise M·N (+N),
 * separable k_h·k_w·M·m + M·m·N (+N, one bias after the pointwise step, as in Keras).
 */
export function parameterBreakdown(spec: LayerSpec): ParameterBreakdown {
  const layer = normalizeLayer(spec);
  const kernelArea = layer.filterHeight * layer.filterWidth;
  const { inChannels, outChannels, chMul } = layer;
  const weightsByKind = {
    standard: kernelArea * inChannels * outChannels,
    depthwise: kernelArea * inChannels * chMul,
    pointwise: inChannels * outChannels,
    separable: kernelArea * inChannels * chMul + inChannels * chMul * outChannels,
  } as const;
  const weights = assertExactCount('weights', weightsByKind[layer.kind]);
  const bias = layer.bias ? outChannels : 0;
  return { weights, bias, total: assertExactCount('parameters', weights + bias) };
}

/** Total trainable parameters of a layer, exactly what TF.js's layer.countParams() reports. */
export function parameterCount(spec: LayerSpec): number {
  return parameterBreakdown(spec).total;
}

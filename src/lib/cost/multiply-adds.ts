// Multiply-adds: how much arithmetic a layer does on a given input.
import { assertPositiveInteger, conv2dInfo } from '../conv';
import { assertExactCount, normalizeLayer, type ConvWorkload, type LayerSpec } from './layer';
import { parameterBreakdown } from './parameters';

/**
 * Multiply-adds for one output pixel of one batch element (bias adds not counted, as in the MobileNet paper):
 * each weight is used exactly once per output pixel, so this equals the weight count —
 * standard k_h·k_w·M·N, depthwise k_h·k_w·M·m, pointwise M·N, separable k_h·k_w·M·m + M·m·N.
 */
export function multiplyAddsPerPixel(spec: LayerSpec): number {
  return parameterBreakdown(spec).weights;
}

/** Output size of a workload, [batch, outHeight, outWidth, outChannels], from TF.js's geometry (separable: its depthwise stride and padding). */
export function workloadOutputShape(workload: ConvWorkload): [number, number, number, number] {
  const layer = normalizeLayer(workload);
  const batch = assertPositiveInteger('batch', workload.batch ?? 1);
  const info = conv2dInfo({
    ...workload,
    kind: layer.kind === 'separable' ? 'depthwise' : layer.kind,
    kernelSize: [layer.filterHeight, layer.filterWidth],
    filterHeight: undefined,
    filterWidth: undefined,
  });
  return [batch, info.outHeight, info.outWidth, layer.outChannels];
}

/** Output pixels per batch element, outHeight · outWidth. */
export function outputPixels(workload: ConvWorkload): number {
  const [, outHeight, outWidth] = workloadOutputShape(workload);
  return outHeight * outWidth;
}

/** Multiply-adds (MACs) of a workload: batch · outHeight · outWidth · multiplyAddsPerPixel, respecting stride and padding. */
export function multiplyAdds(workload: ConvWorkload): number {
  const [batch, outHeight, outWidth] = workloadOutputShape(workload);
  return assertExactCount('multiplyAdds', batch * outHeight * outWidth * multiplyAddsPerPixel(workload));
}

/** Floating-point operations of a workload, counting a multiply-add as 2 FLOPs. */
export function flops(workload: ConvWorkload): number {
  return assertExactCount('flops', 2 * multiplyAdds(workload));
}

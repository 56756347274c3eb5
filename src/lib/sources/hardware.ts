// Published peak figures of one accelerator, so the roofline sketch's ridge points are computed, not typed in.

/** A device's datasheet peaks: arithmetic in TFLOP/s per precision and memory bandwidth in GB/s, with where they are printed. */
export interface DeviceSpec {
  readonly name: string;
  readonly source: string;
  readonly bandwidthGBps: number;
  readonly peakTflops: { readonly fp32: number; readonly fp16: number };
}

/** NVIDIA Tesla V100 (SXM2), the GPU of EfficientNetV2's Table 3: 15.7 TFLOP/s fp32, 125 fp16 on tensor cores, 900 GB/s HBM2. */
export const V100: DeviceSpec = {
  name: 'NVIDIA V100 (SXM2)',
  source: 'NVIDIA Tesla V100 GPU Accelerator datasheet, specifications table, SXM2 column',
  bandwidthGBps: 900,
  peakTflops: { fp32: 15.7, fp16: 125 },
};

/** The ridge point in FLOP per byte: the intensity at which a layer stops waiting for memory (peak ÷ bandwidth). */
export function ridgePoint(device: DeviceSpec, precision: 'fp32' | 'fp16'): number {
  const peak = device.peakTflops[precision];
  if (!(peak > 0) || !(device.bandwidthGBps > 0)) throw new Error(`invalid device: ${device.name}`);
  return (peak * 1e12) / (device.bandwidthGBps * 1e9);
}

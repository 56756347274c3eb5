// Published peak figures of one accelerator, so the roofline sketches' ridge points are computed, not typed in.

/**
 * The roofs a GPU has: fp32 and fp16 on its ordinary (CUDA) cores, which run any operation, and fp16 on its tensor
 * cores, which run only matrix multiplies (a 1×1 or standard convolution lowered to one; never a depthwise one).
 */
export type RoofName = 'fp32' | 'fp16' | 'fp16Tensor';

/** Where one datasheet figure is printed, so a reader can check it. */
export interface FigureSource {
  readonly figure: string;
  readonly where: string;
}

/** A device's datasheet peaks: arithmetic in TFLOP/s per roof and memory bandwidth in GB/s, with where each is printed. */
export interface DeviceSpec {
  readonly name: string;
  readonly source: string;
  readonly bandwidthGBps: number;
  readonly peakTflops: { readonly [roof in RoofName]: number };
  readonly sources: readonly FigureSource[];
}

/**
 * NVIDIA Tesla V100 (SXM2), the GPU of EfficientNetV2's Table 3: 15.7 TFLOP/s fp32 and 31.4 fp16 on its 5,120 CUDA
 * cores (fp16 at twice the fp32 rate on compute capability 7.0), 125 fp16 on its 640 tensor cores, 900 GB/s HBM2.
 */
export const V100: DeviceSpec = {
  name: 'NVIDIA V100 (SXM2)',
  source: 'NVIDIA Tesla V100 GPU Architecture white paper (WP-08608-001 v1.1, August 2017), Table 1, and the V100 datasheet',
  bandwidthGBps: 900,
  peakTflops: { fp32: 15.7, fp16: 31.4, fp16Tensor: 125 },
  sources: [
    { figure: '15.7 TFLOP/s fp32, 900 GB/s', where: 'Tesla V100 GPU Architecture white paper, Table 1 (Tesla V100 for NVLink column); V100 datasheet, SXM2 column' },
    { figure: '31.4 TFLOP/s fp16 (CUDA cores)', where: 'Tesla V100 GPU Architecture white paper, Table 1, “Peak FP16 TFLOPS”; CUDA C Programming Guide, throughput of native arithmetic instructions (compute capability 7.x: 128 fp16 against 64 fp32 results per clock per multiprocessor)' },
    { figure: '125 TFLOP/s fp16 (tensor cores)', where: 'Tesla V100 GPU Architecture white paper, Table 1, “Peak Tensor TFLOPS”; NVIDIA, “Programming Tensor Cores in CUDA 9” (“up to 125 Tensor TFLOPS”, matrix multiply-and-accumulate units)' },
  ],
};

/** The ridge point in FLOP per byte: the intensity at which a layer stops waiting for memory (peak ÷ bandwidth). */
export function ridgePoint(device: DeviceSpec, roof: RoofName): number {
  const peak = device.peakTflops[roof];
  if (!(peak > 0) || !(device.bandwidthGBps > 0)) throw new Error(`invalid device: ${device.name}`);
  return (peak * 1e12) / (device.bandwidthGBps * 1e9);
}

/** The roof a layer runs under at a precision: depthwise layers never reach the tensor cores; matrix multiplies in fp16 do. */
export function roofFor(kind: 'depthwise' | 'pointwise' | 'standard', precision: 'fp32' | 'fp16'): RoofName {
  if (precision === 'fp32') return 'fp32';
  return kind === 'depthwise' ? 'fp16' : 'fp16Tensor';
}

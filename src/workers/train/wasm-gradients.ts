/**
 * Registers the gradient kernels training needs on TF.js 4.22's wasm backend, which lacks
 * Conv2DBackpropFilter, DepthwiseConv2dNativeBackpropFilter and DepthwiseConv2dNativeBackpropInput
 * and has a slow Conv2DBackpropInput, plus a `FusedBatchNorm` gradient that broadcasts instead of
 * tiling (gradients are shared by every backend). Two sets can be selected so `npm run bench:train`
 * times them side by side: 'direct' (the default, gradients/direct.ts and loops.ts) and 'im2col'
 * (the project's first kernels with TF.js's own batch-norm gradient, gradients/im2col.ts).
 * `tf` is passed in rather than imported, so the training worker (which loads TF.js lazily) and the
 * Node reference script register the very same code.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { batchNormGradient } from './gradients/batch-norm';
import { conv2dFilterGradientDirect, conv2dInputGradientDirect } from './gradients/direct';
import { heapBackend } from './gradients/heap';
import { conv2dFilterGradient, conv2dInputGradient, depthwiseFilterGradient, depthwiseInputGradient } from './gradients/im2col';
import { depthwiseFilterGradientLoop } from './gradients/loops';

type Tf = typeof TfCore;
type Tensor4D = TfCore.Tensor4D;
type Conv2DInfo = TfCore.backend_util.Conv2DInfo;
type Padding = 'valid' | 'same' | number | TfCore.backend_util.ExplicitPadding;
type Pair = [number, number] | number;
type Rounding = 'floor' | 'round' | 'ceil';

/** The kernel names this module registers for the wasm backend. */
export const WASM_GRADIENT_KERNELS = [
  'Conv2DBackpropFilter', 'Conv2DBackpropInput', 'DepthwiseConv2dNativeBackpropFilter', 'DepthwiseConv2dNativeBackpropInput',
] as const;

/** Which gradient kernels to register: the direct ones training uses, or the first im2col ones (for comparison). */
export type GradientKernelSet = 'direct' | 'im2col';

/** Every selectable set, the default first. */
export const GRADIENT_KERNEL_SETS: readonly GradientKernelSet[] = ['direct', 'im2col'];

function assertUnitDilation(kernel: string, info: Conv2DInfo): void {
  if (info.dilationHeight !== 1 || info.dilationWidth !== 1) {
    throw new Error(`Error in ${kernel}: dilations must be 1, but got [${info.dilationHeight}, ${info.dilationWidth}]`);
  }
}

function asTensor(tf: Tf, info: TfCore.TensorInfo): Tensor4D {
  if (info instanceof tf.Tensor) return info as Tensor4D;
  return tf.engine().makeTensorFromTensorInfo(info) as Tensor4D;
}

/** The four kernel functions of one set. */
function kernelsOf(tf: Tf, set: GradientKernelSet): Record<(typeof WASM_GRADIENT_KERNELS)[number], TfCore.KernelFunc> {
  const util = tf.backend_util;
  const direct = set === 'direct';
  return {
    Conv2DBackpropFilter: ({ inputs, attrs, backend }) => {
      const { strides, pad, dimRoundingMode, filterShape, dataFormat } = attrs as unknown as
        { strides: Pair; pad: Padding; dimRoundingMode?: Rounding; filterShape: [number, number, number, number]; dataFormat: string };
      if (dataFormat !== 'NHWC') throw new Error(`Error in Conv2DBackpropFilter: dataFormat must be NHWC, but got ${dataFormat}`);
      const x = asTensor(tf, inputs.x as TfCore.TensorInfo);
      const dy = asTensor(tf, inputs.dy as TfCore.TensorInfo);
      const info = util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad, dimRoundingMode, false, 'channelsLast');
      return direct ? conv2dFilterGradientDirect(tf, heapBackend('Conv2DBackpropFilter', backend), x, dy, info) : conv2dFilterGradient(tf, x, dy, info);
    },
    Conv2DBackpropInput: ({ inputs, attrs, backend }) => {
      const { strides, pad, dimRoundingMode, inputShape, dataFormat } = attrs as unknown as
        { strides: Pair; pad: Padding; dimRoundingMode?: Rounding; inputShape: [number, number, number, number]; dataFormat: string };
      if (dataFormat !== 'NHWC') throw new Error(`Error in Conv2DBackpropInput: dataFormat must be NHWC, but got ${dataFormat}`);
      const filter = asTensor(tf, inputs.filter as TfCore.TensorInfo);
      const dy = asTensor(tf, inputs.dy as TfCore.TensorInfo);
      const info = util.computeConv2DInfo(inputShape, filter.shape, strides, 1, pad, dimRoundingMode, false, 'channelsLast');
      const strided = info.strideHeight > 1 || info.strideWidth > 1;
      return direct && strided ? conv2dInputGradientDirect(tf, heapBackend('Conv2DBackpropInput', backend), dy, filter, info) : conv2dInputGradient(tf, dy, filter, info);
    },
    DepthwiseConv2dNativeBackpropFilter: ({ inputs, attrs, backend }) => {
      const { strides, dilations, pad, dimRoundingMode, filterShape } = attrs as unknown as
        { strides: Pair; dilations: Pair; pad: Padding; dimRoundingMode?: Rounding; filterShape: [number, number, number, number] };
      const x = asTensor(tf, inputs.x as TfCore.TensorInfo);
      const dy = asTensor(tf, inputs.dy as TfCore.TensorInfo);
      const info = util.computeConv2DInfo(x.shape, filterShape, strides, dilations, pad, dimRoundingMode, true);
      assertUnitDilation('DepthwiseConv2dNativeBackpropFilter', info);
      return direct ? depthwiseFilterGradientLoop(heapBackend('DepthwiseConv2dNativeBackpropFilter', backend), x, dy, info) : depthwiseFilterGradient(tf, x, dy, info);
    },
    DepthwiseConv2dNativeBackpropInput: ({ inputs, attrs }) => {
      const { strides, dilations, pad, dimRoundingMode, inputShape } = attrs as unknown as
        { strides: Pair; dilations: Pair; pad: Padding; dimRoundingMode?: Rounding; inputShape: [number, number, number, number] };
      const filter = asTensor(tf, inputs.filter as TfCore.TensorInfo);
      const info = util.computeConv2DInfo(inputShape, filter.shape, strides, dilations, pad, dimRoundingMode, true);
      assertUnitDilation('DepthwiseConv2dNativeBackpropInput', info);
      return depthwiseInputGradient(tf, asTensor(tf, inputs.dy as TfCore.TensorInfo), filter, info);
    },
  };
}

// Made once per set, so registering a set again (or swapping back to it) installs the very same functions.
const kernelSets = new Map<GradientKernelSet, ReturnType<typeof kernelsOf>>();
const registeredSet = new Map<TfCore.KernelFunc, GradientKernelSet>();
let batchNormGradients: { tfjs: TfCore.GradConfig; ours: TfCore.GradConfig } | undefined;

function registerBatchNormGradient(tf: Tf, set: GradientKernelSet): void {
  if (!batchNormGradients) {
    const tfjs = tf.getGradient('FusedBatchNorm');
    if (!tfjs) throw new Error("Error in registerWasmGradients: TF.js's gradients must be registered first (FusedBatchNorm has none)");
    batchNormGradients = { tfjs, ours: batchNormGradient(tf) };
  }
  const wanted = set === 'direct' ? batchNormGradients.ours : batchNormGradients.tfjs;
  if (tf.getGradient('FusedBatchNorm')?.gradFunc !== wanted.gradFunc) tf.registerGradient(wanted);
}

/**
 * Registers one set of gradient kernels for 'wasm' (replacing wasm's own Conv2DBackpropInput) and
 * its batch-norm gradient for every backend; calling again with the same set changes nothing,
 * with the other set swaps them. TF.js's own gradients must already be registered.
 */
export function registerWasmGradients(tf: Tf, options: { kernels?: GradientKernelSet } = {}): void {
  const set = options.kernels ?? 'direct';
  if (!GRADIENT_KERNEL_SETS.includes(set)) throw new Error(`invalid kernels: ${String(set)} (say ${GRADIENT_KERNEL_SETS.join(' or ')})`);
  registerBatchNormGradient(tf, set);
  const current = WASM_GRADIENT_KERNELS.map((name) => tf.getKernel(name, 'wasm')?.kernelFunc);
  if (current.every((kernelFunc) => kernelFunc !== undefined && registeredSet.get(kernelFunc) === set)) return;
  if (!kernelSets.has(set)) kernelSets.set(set, kernelsOf(tf, set));
  for (const [kernelName, kernelFunc] of Object.entries(kernelSets.get(set)!)) {
    if (tf.getKernel(kernelName, 'wasm')) tf.unregisterKernel(kernelName, 'wasm');
    registeredSet.set(kernelFunc, set);
    tf.registerKernel({ kernelName, backendName: 'wasm', kernelFunc });
  }
}

/** The set of gradient kernels registered for 'wasm' now, or undefined when none of this module's is. */
export function registeredGradientKernels(tf: Tf): GradientKernelSet | undefined {
  const kernelFunc = tf.getKernel(WASM_GRADIENT_KERNELS[0], 'wasm')?.kernelFunc;
  return kernelFunc ? registeredSet.get(kernelFunc) : undefined;
}

// The wasm gradient kernels (both sets: the direct ones training uses and the first im2col ones, the
// oracle) held against TF.js's cpu kernels (plain loops) on small, awkward shapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs';
import { tf, useBackend } from '../conv/tfjs';
import { seededFloats } from '../../../src/lib/lab/seeded';
import {
  GRADIENT_KERNEL_SETS, registeredGradientKernels, registerWasmGradients, WASM_GRADIENT_KERNELS,
} from '../../../src/workers/train/wasm-gradients';
import { depthwiseCases, outShape, standardCases } from './gradient-cases';

type Values = { shape: number[]; values: number[] };

// Taken before any registration: importing the wasm backend registers its own (slow) Conv2DBackpropInput.
const wasmOwnBackpropInput = tf.getKernel('Conv2DBackpropInput', 'wasm')?.kernelFunc;

const size = (shape: number[]) => shape.reduce((product, length) => product * length, 1);

/** Runs one kernel by name on a backend and returns its values and shape, checking it leaks no tensor. */
async function runOn(backend: string, kernel: string, inputs: Record<string, { shape: number[]; seed: number }>, attrs: object): Promise<Values> {
  await useBackend(backend);
  const before = tf.memory().numTensors;
  const tensors = Object.fromEntries(Object.entries(inputs).map(([name, { shape, seed }]) => [name, tf.tensor(seededFloats(size(shape), seed), shape)]));
  const out = tf.engine().runKernel(kernel, tensors, attrs as never) as tf.Tensor;
  const result = { shape: out.shape, values: Array.from(await out.data()) };
  out.dispose();
  Object.values(tensors).forEach((tensor) => tensor.dispose());
  expect(tf.memory().numTensors).toBe(before);
  return result;
}

function expectClose(actual: Values, expected: Values) {
  expect(actual.shape).toEqual(expected.shape);
  const worst = actual.values.reduce((max, value, index) => Math.max(max, Math.abs(value - expected.values[index]!)), 0);
  expect(worst).toBeLessThan(1e-5);
}

describe.each(GRADIENT_KERNEL_SETS)("wasm convolution gradient kernels, the '%s' set, against cpu", (set) => {
  beforeAll(async () => {
    registerWasmGradients(tf, { kernels: set });
    await useBackend('wasm');
  });
  afterAll(() => registerWasmGradients(tf));

  it.each(standardCases)('Conv2DBackpropFilter, $label: within 1e-5 of cpu', async (testCase) => {
    const inputs = { x: { shape: testCase.inShape, seed: 1 }, dy: { shape: outShape(testCase, false), seed: 2 } };
    const attrs = { strides: testCase.stride, pad: testCase.pad, dataFormat: 'NHWC', filterShape: testCase.filterShape };
    expectClose(await runOn('wasm', 'Conv2DBackpropFilter', inputs, attrs), await runOn('cpu', 'Conv2DBackpropFilter', inputs, attrs));
  });

  it.each(standardCases)("Conv2DBackpropInput (replacing wasm's own), $label: within 1e-5 of cpu", async (testCase) => {
    const inputs = { dy: { shape: outShape(testCase, false), seed: 3 }, filter: { shape: testCase.filterShape, seed: 4 } };
    const attrs = { strides: testCase.stride, pad: testCase.pad, dataFormat: 'NHWC', inputShape: testCase.inShape };
    expectClose(await runOn('wasm', 'Conv2DBackpropInput', inputs, attrs), await runOn('cpu', 'Conv2DBackpropInput', inputs, attrs));
  });

  it.each(depthwiseCases)('DepthwiseConv2dNativeBackpropFilter, $label: within 1e-5 of cpu', async (testCase) => {
    const inputs = { x: { shape: testCase.inShape, seed: 5 }, dy: { shape: outShape(testCase, true), seed: 6 } };
    const attrs = { strides: testCase.stride, dilations: 1, pad: testCase.pad, filterShape: testCase.filterShape };
    expectClose(await runOn('wasm', 'DepthwiseConv2dNativeBackpropFilter', inputs, attrs), await runOn('cpu', 'DepthwiseConv2dNativeBackpropFilter', inputs, attrs));
  });

  it.each(depthwiseCases)('DepthwiseConv2dNativeBackpropInput, $label: within 1e-5 of cpu', async (testCase) => {
    const inputs = { dy: { shape: outShape(testCase, true), seed: 7 }, filter: { shape: testCase.filterShape, seed: 8 } };
    const attrs = { strides: testCase.stride, dilations: 1, pad: testCase.pad, inputShape: testCase.inShape };
    expectClose(await runOn('wasm', 'DepthwiseConv2dNativeBackpropInput', inputs, attrs), await runOn('cpu', 'DepthwiseConv2dNativeBackpropInput', inputs, attrs));
  });

  it('tf.grads through a depthwise + pointwise block agrees with cpu (the path training takes)', async () => {
    const gradients = async (backend: string) => {
      await useBackend(backend);
      const x = tf.tensor4d(seededFloats(2 * 9 * 9 * 3, 11), [2, 9, 9, 3]);
      const depthwise = tf.tensor4d(seededFloats(3 * 3 * 3 * 2, 12), [3, 3, 3, 2]);
      const pointwise = tf.tensor4d(seededFloats(6 * 4, 13), [1, 1, 6, 4]);
      const loss = (input: tf.Tensor, dw: tf.Tensor, pw: tf.Tensor) =>
        tf.sum(tf.square(tf.conv2d(tf.depthwiseConv2d(input as tf.Tensor4D, dw as tf.Tensor4D, 2, 'same'), pw as tf.Tensor4D, 1, 'same')));
      const grads = tf.grads(loss)([x, depthwise, pointwise]);
      const values = await Promise.all(grads.map(async (grad) => ({ shape: grad.shape, values: Array.from(await grad.data()) })));
      tf.dispose([x, depthwise, pointwise, ...grads]);
      return values;
    };
    const [wasm, cpu] = [await gradients('wasm'), await gradients('cpu')];
    wasm.forEach((grad, index) => {
      const reference = cpu[index]!;
      const scale = Math.max(1, ...reference.values.map(Math.abs));
      expect(grad.shape).toEqual(reference.shape);
      grad.values.forEach((value, at) => expect(Math.abs(value - reference.values[at]!) / scale).toBeLessThan(1e-5));
    });
  });

  it('rejects a dilated depthwise gradient by name', async () => {
    await useBackend('wasm');
    const x = tf.zeros([1, 6, 6, 2]);
    const dy = tf.zeros([1, 6, 6, 2]);
    expect(() => tf.engine().runKernel('DepthwiseConv2dNativeBackpropFilter', { x, dy },
      { strides: 1, dilations: 2, pad: 'same', filterShape: [3, 3, 2, 1] } as never)).toThrow('Error in DepthwiseConv2dNativeBackpropFilter: dilations must be 1, but got [2, 2]');
    tf.dispose([x, dy]);
  });
});

describe('registering the gradient kernels', () => {
  beforeAll(() => registerWasmGradients(tf));

  it("registers the three kernels wasm lacked and replaces its slow Conv2DBackpropInput ('direct' by default)", () => {
    const registered = WASM_GRADIENT_KERNELS.map((name) => tf.getKernel(name, 'wasm')?.kernelFunc);
    registered.forEach((kernelFunc) => expect(kernelFunc).toBeTypeOf('function'));
    expect(registeredGradientKernels(tf)).toBe('direct');
    expect(wasmOwnBackpropInput).toBeTypeOf('function');
    expect(registered[1]).not.toBe(wasmOwnBackpropInput);
  });

  it('a second call with the same set changes nothing; the other set swaps every kernel and the batch-norm gradient, and back', () => {
    const direct = WASM_GRADIENT_KERNELS.map((name) => tf.getKernel(name, 'wasm')?.kernelFunc);
    const directBatchNorm = tf.getGradient('FusedBatchNorm')?.gradFunc;
    registerWasmGradients(tf, { kernels: 'direct' });
    expect(WASM_GRADIENT_KERNELS.map((name) => tf.getKernel(name, 'wasm')?.kernelFunc)).toEqual(direct);
    registerWasmGradients(tf, { kernels: 'im2col' });
    expect(registeredGradientKernels(tf)).toBe('im2col');
    WASM_GRADIENT_KERNELS.forEach((name, index) => expect(tf.getKernel(name, 'wasm')?.kernelFunc).not.toBe(direct[index]));
    expect(tf.getGradient('FusedBatchNorm')?.gradFunc).not.toBe(directBatchNorm);
    registerWasmGradients(tf);
    expect(registeredGradientKernels(tf)).toBe('direct');
    expect(tf.getGradient('FusedBatchNorm')?.gradFunc).toBe(directBatchNorm);
  });

  it('rejects an unknown set by name', () => {
    expect(() => registerWasmGradients(tf, { kernels: 'winograd' as never })).toThrow("invalid kernels: winograd (say direct or im2col)");
  });

  it('a direct kernel run on another backend says it needs wasm', async () => {
    const kernel = tf.getKernel('DepthwiseConv2dNativeBackpropFilter', 'wasm')!;
    await useBackend('cpu');
    const x = tf.zeros([1, 4, 4, 2]);
    const dy = tf.zeros([1, 4, 4, 2]);
    expect(() => kernel.kernelFunc({ inputs: { x, dy }, attrs: { strides: 1, dilations: 1, pad: 'same', filterShape: [3, 3, 2, 1] }, backend: tf.backend() }))
      .toThrow('Error in DepthwiseConv2dNativeBackpropFilter: this kernel runs on the wasm backend only');
    tf.dispose([x, dy]);
  });
});

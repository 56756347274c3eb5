// The wasm gradient kernels held against TF.js's cpu kernels (plain loops) on small, awkward shapes.
import { beforeAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs';
import { tf, useBackend } from '../conv/tfjs';
import { seededFloats } from '../../../src/lib/lab/seeded';
import { registerWasmGradients, WASM_GRADIENT_KERNELS } from '../../../src/workers/train/wasm-gradients';

type Shape4 = [number, number, number, number];
type Pad = 'same' | 'valid';
interface Case { label: string; inShape: Shape4; filterShape: Shape4; stride: [number, number]; pad: Pad }

const size = (shape: number[]) => shape.reduce((product, length) => product * length, 1);

/** Runs one kernel by name on a backend and returns its values and shape. */
async function runOn(backend: string, kernel: string, inputs: Record<string, { shape: number[]; seed: number }>, attrs: object) {
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

function expectClose(actual: { shape: number[]; values: number[] }, expected: { shape: number[]; values: number[] }) {
  expect(actual.shape).toEqual(expected.shape);
  const worst = actual.values.reduce((max, value, index) => Math.max(max, Math.abs(value - expected.values[index]!)), 0);
  expect(worst).toBeLessThan(1e-5);
}

/** Output shape of a convolution on these geometries (TF.js's own formula). */
function outShape({ inShape, filterShape, stride, pad }: Case, depthwise: boolean): Shape4 {
  return tf.backend_util.computeConv2DInfo(inShape, filterShape, stride, 1, pad, undefined, depthwise).outShape;
}

const standardCases: Case[] = [
  { label: '3×3, stride 2, same, 7×6 input, 3 → 4 channels', inShape: [2, 7, 6, 3], filterShape: [3, 3, 3, 4], stride: [2, 2], pad: 'same' },
  { label: '3×2 filter, stride [2, 1], valid, 6×5 input', inShape: [1, 6, 5, 2], filterShape: [3, 2, 2, 5], stride: [2, 1], pad: 'valid' },
  { label: '1×1 pointwise, stride 1', inShape: [3, 4, 4, 6], filterShape: [1, 1, 6, 2], stride: [1, 1], pad: 'same' },
  { label: '5×5, stride 1, same, 8×8 input', inShape: [1, 8, 8, 2], filterShape: [5, 5, 2, 3], stride: [1, 1], pad: 'same' },
];
const depthwiseCases: Case[] = [
  { label: '3×3, stride 2, same, chMul 1, 7×6 input', inShape: [2, 7, 6, 3], filterShape: [3, 3, 3, 1], stride: [2, 2], pad: 'same' },
  { label: '3×3, stride 2, valid, chMul 2, 8×7 input', inShape: [2, 8, 7, 3], filterShape: [3, 3, 3, 2], stride: [2, 2], pad: 'valid' },
  { label: '3×2 filter, stride [1, 2], same, chMul 2', inShape: [1, 5, 9, 2], filterShape: [3, 2, 2, 2], stride: [1, 2], pad: 'same' },
  { label: '3×3, stride 1, same, chMul 3, 6×6 input', inShape: [2, 6, 6, 4], filterShape: [3, 3, 4, 3], stride: [1, 1], pad: 'same' },
];

describe('wasm convolution gradient kernels against cpu', () => {
  let wasmOwnBackpropInput: unknown;
  beforeAll(async () => {
    wasmOwnBackpropInput = tf.getKernel('Conv2DBackpropInput', 'wasm')?.kernelFunc;
    registerWasmGradients(tf);
    await useBackend('wasm');
  });

  it('registers the three kernels wasm lacked, replaces its slow Conv2DBackpropInput, and a second call changes nothing', () => {
    expect(wasmOwnBackpropInput).toBeTypeOf('function');
    const registered = WASM_GRADIENT_KERNELS.map((name) => tf.getKernel(name, 'wasm')?.kernelFunc);
    registered.forEach((kernelFunc) => expect(kernelFunc).toBeTypeOf('function'));
    expect(registered[1]).not.toBe(wasmOwnBackpropInput);
    registerWasmGradients(tf);
    expect(WASM_GRADIENT_KERNELS.map((name) => tf.getKernel(name, 'wasm')?.kernelFunc)).toEqual(registered);
  });

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

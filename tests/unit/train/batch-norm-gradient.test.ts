// The FusedBatchNorm gradient that broadcasts, held against TF.js's own (which tiles) on cpu and wasm.
import { afterAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs';
import { tf, useBackend } from '../conv/tfjs';
import { seededFloats } from '../../../src/lib/lab/seeded';
import { registerWasmGradients, type GradientKernelSet } from '../../../src/workers/train/wasm-gradients';

type Shape = number[];
interface Norm {
  label: string; x: Shape; mean: Shape; variance: Shape; moments: boolean;
  /** The same numbers in shapes TF.js's own gradient handles, where it fails on these (it sums only 1-D statistics). */
  asTfjsNeeds?: { mean: Shape; variance: Shape };
}

const size = (shape: Shape) => shape.reduce((product, length) => product * length, 1);

const norms: Norm[] = [
  { label: 'per channel, mean and variance from tf.moments as tfjs-layers computes them', x: [2, 5, 3, 4], mean: [4], variance: [4], moments: true },
  { label: 'per channel, mean and variance given, odd 3×5 images', x: [3, 3, 5, 2], mean: [2], variance: [2], moments: false },
  { label: "per element (mean of x's shape, nothing to sum)", x: [1, 2, 3, 2], mean: [1, 2, 3, 2], variance: [1, 2, 3, 2], moments: false },
  {
    label: 'per channel, mean and variance kept 4-D ([1, 1, 1, channels])', x: [2, 3, 3, 4], mean: [1, 1, 1, 4], variance: [1, 1, 1, 4], moments: false,
    asTfjsNeeds: { mean: [4], variance: [4] },
  },
];

/**
 * Every gradient of Σ (batchNorm(x) · w)² with respect to the inputs it uses: x, mean and variance
 * (unless they come from x through tf.moments), scale and offset. (TF.js 4.22 cannot differentiate
 * a batch norm without scale at all: saving the missing input for the gradient throws.)
 */
async function gradients(backend: string, set: GradientKernelSet, norm: Norm): Promise<{ values: number[][]; kernels: string[] }> {
  registerWasmGradients(tf, { kernels: set });
  await useBackend(backend);
  const before = tf.memory().numTensors;
  const tensor = (shape: Shape, seed: number, shift = 0) => tf.tidy(() => tf.add(tf.tensor(seededFloats(size(shape), seed), shape), shift));
  // TF.js wants scale and offset of mean's rank.
  const named = {
    x: tensor(norm.x, 1), mean: tensor(norm.mean, 2), variance: tensor(norm.variance, 3, 1.5), scale: tensor(norm.mean, 4, 1), offset: tensor(norm.mean, 5),
  };
  const weights = tensor(norm.x, 6);
  const wrt = (['x', 'mean', 'variance', 'scale', 'offset'] as const)
    .filter((name) => !(norm.moments && (name === 'mean' || name === 'variance')));
  const loss = (...tensors: tf.Tensor[]) => {
    const given = { ...named, ...Object.fromEntries(wrt.map((name, index) => [name, tensors[index]!])) };
    const stats = norm.moments ? tf.moments(given.x, [0, 1, 2]) : given;
    const normed = tf.batchNorm(given.x, stats.mean, stats.variance, given.offset, given.scale, 1e-3);
    return tf.sum(tf.square(tf.mul(normed, weights)));
  };
  let grads: tf.Tensor[] = [];
  // tf.profile on cpu turns a kernel's exception into an unhandled rejection; profile on wasm only.
  const run = () => { grads = tf.grads(loss)(wrt.map((name) => named[name])); };
  const profile = backend === 'wasm' ? await tf.profile(run) : (run(), { kernels: [] });
  const values = await Promise.all(grads.map(async (grad) => Array.from(await grad.data())));
  tf.dispose([...Object.values(named), weights, ...grads]);
  expect(tf.memory().numTensors).toBe(before);
  return { values, kernels: profile.kernels.map((kernel) => kernel.name) };
}

function expectClose(actual: number[][], expected: number[][]) {
  expect(actual.map((values) => values.length)).toEqual(expected.map((values) => values.length));
  actual.forEach((values, index) => {
    const reference = expected[index]!;
    const scale = Math.max(1, ...reference.map(Math.abs));
    values.forEach((value, at) => expect(Math.abs(value - reference[at]!) / scale).toBeLessThan(1e-5));
  });
}

describe('the broadcasting FusedBatchNorm gradient', () => {
  afterAll(() => registerWasmGradients(tf));

  it.each(norms)("$label: every gradient within 1e-5 of TF.js's own, on cpu", async (norm) => {
    expectClose((await gradients('cpu', 'direct', norm)).values, (await gradients('cpu', 'im2col', { ...norm, ...norm.asTfjsNeeds })).values);
  });

  it.each(norms)('$label: on wasm within 1e-5 of cpu', async (norm) => {
    expectClose((await gradients('wasm', 'direct', norm)).values, (await gradients('cpu', 'im2col', { ...norm, ...norm.asTfjsNeeds })).values);
  });

  it('says which shape is wrong when variance is not of mean\'s shape', async () => {
    const norm = { label: '', x: [2, 2, 3, 4], mean: [1, 1, 1, 4], variance: [1, 1, 3, 4], moments: false };
    await expect(gradients('cpu', 'direct', norm)).rejects.toThrow("Error in the FusedBatchNorm gradient: variance must have mean's shape [1, 1, 1, 4], but got [1, 1, 3, 4]");
  });

  it("runs no Tile kernel where TF.js's own gradient runs one per batch norm", async () => {
    const [norm] = norms;
    expect((await gradients('wasm', 'im2col', norm!)).kernels).toContain('Tile');
    expect((await gradients('wasm', 'direct', norm!)).kernels).not.toContain('Tile');
  });
});

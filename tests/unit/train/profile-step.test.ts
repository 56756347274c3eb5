// The step profiler on real /train/ nets in Node (wasm with the project's kernels, and cpu): every
// kernel tagged with the right phase and layer, the rows adding up to the step, the hooks removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigitPack } from '../../../src/lib/digits';
import { networkLayers, NETWORK_IDS } from '../../../src/lib/train/networks';
import type { TrainTf } from '../../../src/workers/train/build-network';
import { buildNetwork } from '../../../src/workers/train/build-network';
import { digitTensors, firstIndices, type DigitTensors } from '../../../src/workers/train/digit-tensors';
import { layerSpecsOf } from '../../../src/workers/train/layer-specs';
import { profileTrainingStep, type ProfiledStep } from '../../../src/workers/train/profile-step';
import { compileNetwork } from '../../../src/workers/train/train-network';
import { mnistPack } from '../../../scripts/train/mnist-pack';
import { nodeTrainingTf } from '../../../scripts/train/node-tf';

let tf: TrainTf;
let data: DigitPack;
let batch: DigitTensors;

beforeAll(async () => {
  tf = await nodeTrainingTf();
  data = mnistPack();
  batch = digitTensors(tf, data.train, firstIndices(8));
});
afterAll(() => tf.dispose([batch.xs, batch.ys]));

describe('reading a model back as layer specs', () => {
  it.each(NETWORK_IDS)('the %s net built by the worker gives back exactly networkLayers()', (id) => {
    const model = buildNetwork(tf, id, 1);
    expect(layerSpecsOf(model)).toEqual(networkLayers(id));
    model.dispose();
  });

  it('names a layer class it does not know', () => {
    const model = tf.sequential({ layers: [tf.layers.maxPooling2d({ inputShape: [4, 4, 1], poolSize: 2 })] });
    expect(() => layerSpecsOf(model)).toThrow(/^invalid layer max_pooling2d.*: a step profile knows Conv2D, .*, not MaxPooling2D$/);
    model.dispose();
  });
});

describe.each(['wasm', 'cpu'])('profiling one training step of the separable net on %s', (backend) => {
  let profiled: ProfiledStep;
  let plainKernelCalls: number;
  let model: ReturnType<typeof buildNetwork>;
  const kernelsNamed = (name: string) => profiled.recording.kernels.filter((record) => record.kernel === name && record.depth === 0);
  const kindOf = (layer: number | null) => (layer === null ? null : networkLayers('separable')[layer]!);

  beforeAll(async () => {
    await tf.setBackend(backend);
    model = buildNetwork(tf, 'separable', 1);
    compileNetwork(tf, model, 0.003);
    await model.trainOnBatch(batch.xs, batch.ys);
    profiled = await profileTrainingStep(tf, model, batch);
    plainKernelCalls = (await tf.profile(async () => { await model.trainOnBatch(batch.xs, batch.ys); })).kernels.length;
  }, 120_000);
  afterAll(async () => {
    model.optimizer.dispose();
    model.dispose();
    await tf.setBackend('wasm');
  });

  it('records as many kernel calls as tf.profile sees in an unhooked step', () => {
    expect(profiled.profile.kernelCalls).toBe(plainKernelCalls);
    expect(profiled.profile.topLevelCalls).toBeLessThanOrEqual(plainKernelCalls);
  });

  it('tags each convolution forward with its own layer, in layer order', () => {
    // tfjs-layers' conv2d runs as the custom op fusedConv2d__op (FusedConv2D nested inside it).
    const convolution = /^(fusedConv2d__op|FusedConv2D|Conv2D|DepthwiseConv2dNative|FusedDepthwiseConv2D)$/;
    const forward = profiled.recording.kernels.filter((record) => record.phase === 'forward' && convolution.test(record.kernel) && record.depth === 0);
    expect(forward.map((record) => record.layer)).toEqual([0, 3, 6, 9, 12, 15, 18]);
  });

  it('tags the filter gradients backward, with the layer that owns the filter, last layer first', () => {
    const depthwise = kernelsNamed('DepthwiseConv2dNativeBackpropFilter');
    expect(depthwise.map((record) => [record.phase, record.layer])).toEqual([['backward', 15], ['backward', 9], ['backward', 3]]);
    expect(kernelsNamed('Conv2DBackpropFilter').map((record) => record.layer)).toEqual([18, 12, 6, 0]);
  });

  it('charges batch normalization, the loss and the optimizer where they belong', () => {
    expect(new Set(kernelsNamed('FusedBatchNorm').map((record) => kindOf(record.layer)?.layer))).toEqual(new Set(['batchNorm']));
    expect(kernelsNamed('Softmax').map((record) => kindOf(record.layer)?.layer)).toEqual(['dense']);
    const update = profiled.recording.kernels.filter((record) => record.phase === 'update');
    expect(update.length).toBeGreaterThan(0);
    expect(update.every((record) => record.layer === null)).toBe(true);
  });

  it('adds up: the rows sum to the step, the kernels take no more than the step, every phase took time', () => {
    const { profile, recording } = profiled;
    expect(profile.rows.reduce((sum, row) => sum + row.totalMs, 0)).toBeCloseTo(profile.stepMs, 6);
    expect(profile.kernelMs).toBeLessThanOrEqual(profile.stepMs);
    expect(Object.values(recording.phaseMs).every((ms) => ms > 0)).toBe(true);
  });

  it('removes every hook afterwards: no own call on layers, no own minimize or applyGradients, no own addTapeNode', () => {
    expect(model.layers.some((layer) => Object.prototype.hasOwnProperty.call(layer, 'call'))).toBe(false);
    expect(['minimize', 'applyGradients'].some((key) => Object.prototype.hasOwnProperty.call(model.optimizer, key))).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(tf.engine(), 'addTapeNode')).toBe(false);
  });
});

describe('profiling a model that cannot train', () => {
  it('says the model must be compiled first', async () => {
    const model = buildNetwork(tf, 'standard', 1);
    await expect(profileTrainingStep(tf, model, batch)).rejects.toThrow('Error in the step profiler: compile the model first (it has no optimizer)');
    model.dispose();
  });
});

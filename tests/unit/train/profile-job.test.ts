// The `profile` job's work in Node (wasm, the project's gradient kernels): a fresh network per profile, warm-up
// batches timed plainly, the median profiled step reported with its slowest kernels, the model disposed — and
// what it sends is what the page's schema accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkProfileSchema } from '../../../src/lib/train/protocol';
import { profileSettings } from '../../../src/lib/train/config';
import type { TrainTf } from '../../../src/workers/train/build-network';
import { digitTensors, firstIndices, type DigitTensors } from '../../../src/workers/train/digit-tensors';
import { profileNetwork } from '../../../src/workers/train/profile-job';
import { mnistPack } from '../../../scripts/train/mnist-pack';
import { nodeTrainingTf } from '../../../scripts/train/node-tf';

let tf: TrainTf;
let batch: DigitTensors;

beforeAll(async () => {
  tf = await nodeTrainingTf();
  await tf.setBackend('wasm');
  batch = digitTensors(tf, mnistPack().train, firstIndices(8));
});
afterAll(() => tf.dispose([batch.xs, batch.ys]));

describe('profileNetwork', () => {
  it('profiles the separable net after plain warm-up batches, keeps the median step and leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const profiled = await profileNetwork(tf, 'separable', batch, { warmupBatches: 2, profiledSteps: 3 });
    expect(tf.memory().numTensors).toBe(before);
    expect(NetworkProfileSchema.safeParse(profiled).success).toBe(true);
    expect(profiled.network).toBe('separable');
    expect(profiled.profiledStepMs).toHaveLength(3);
    const sorted = [...profiled.profiledStepMs].sort((a, b) => a - b);
    expect(profiled.profile.stepMs).toBe(sorted[1]);
    expect(profiled.plainStepMs).toBeGreaterThan(0);
    expect(profiled.slowestKernels.length).toBeGreaterThan(0);
    expect(profiled.profile.rows.map((row) => row.part)).toEqual(expect.arrayContaining(['standard', 'depthwise', 'pointwise', 'batchNorm', 'update']));
  }, 120_000);

  it('with one warm-up batch (cpu\'s settings) has no plain step time: the only one included packing and compiling', async () => {
    const profiled = await profileNetwork(tf, 'standard', batch, { warmupBatches: 1, profiledSteps: 1 });
    expect(profiled.plainStepMs).toBeNull();
    expect(profiled.profiledStepMs).toHaveLength(1);
  }, 120_000);
});

describe('profileSettings', () => {
  it('takes the training batch of 64 digits, 3 warm-up batches and 3 profiled steps, but one of each on cpu', () => {
    expect(profileSettings('wasm')).toEqual({ batchSize: 64, warmupBatches: 3, profiledSteps: 3 });
    expect(profileSettings('cpu')).toEqual({ batchSize: 64, warmupBatches: 1, profiledSteps: 1 });
  });
});

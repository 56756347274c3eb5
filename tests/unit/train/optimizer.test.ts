// The trainer's learning-rate schedule rests on TF.js's Adam reading its step size at every step.
// '@tensorflow/tfjs' registers every op's gradient on the tfjs-core copy the helpers use.
import '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tf, useBackend } from '../conv/tfjs';
import { scheduledAdam } from '../../../src/workers/train/optimizer';

/** Two Adam steps on loss 3·x from x = 0, the second at `secondRate`: returns x after each step. */
function twoSteps(optimizer: ReturnType<typeof scheduledAdam> | tf.AdamOptimizer, secondRate?: number): number[] {
  const x = tf.variable(tf.scalar(0));
  const positions: number[] = [];
  for (const rate of [undefined, secondRate]) {
    if (rate !== undefined && 'setLearningRate' in optimizer) optimizer.setLearningRate(rate);
    optimizer.minimize(() => tf.mul(x, 3) as tf.Scalar);
    positions.push(x.dataSync()[0] ?? Number.NaN);
  }
  x.dispose();
  optimizer.dispose();
  return positions;
}

describe('scheduledAdam', () => {
  beforeAll(() => useBackend('cpu'));

  it('takes the same steps as tf.train.adam at the same rate', () => {
    expect(twoSteps(scheduledAdam(tf, 0.01))).toEqual(twoSteps(tf.train.adam(0.01)));
  });

  it('a new rate set between steps is the next step\'s size: Adam\'s first steps on a constant gradient are ≈ the rate, so x goes 0 → −0.01 → −0.11', () => {
    const optimizer = scheduledAdam(tf, 0.01);
    const [first, second] = twoSteps(optimizer, 0.1);
    expect(first).toBeCloseTo(-0.01, 6);
    expect(second).toBeCloseTo(-0.11, 5);
    expect(optimizer.rate).toBe(0.1);
  });

  it('refuses a step size that is not above 0', () => {
    expect(() => scheduledAdam(tf, 0.01).setLearningRate(0)).toThrow('invalid learningRate: 0 (above 0)');
  });
});

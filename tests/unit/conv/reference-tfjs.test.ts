// One suite, every backend: the plain-loop references held against TF.js within 1e-5 on seeded random tensors.
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, tf, useBackend, withoutLeaks, type Track } from './tfjs';
import {
  conv2d, depthwiseConv2d, pointwiseConv2d, randomTensor, separableConv2d,
  type Padding, type Tensor4D,
} from '../../../src/lib/conv';

interface Case {
  name: string;
  shape: [number, number, number, number];
  kernel: [number, number];
  stride: [number, number];
  dilation: [number, number];
  pad: Padding;
  chMul: number;
  outChannels: number;
}

const base = { stride: [1, 1], dilation: [1, 1], chMul: 1, outChannels: 4 } as const;
const CASES: Case[] = [
  { ...base, name: '5×5 input, 3×3 kernel, valid', shape: [1, 5, 5, 3], kernel: [3, 3], pad: 'valid', stride: [1, 1], dilation: [1, 1] },
  { ...base, name: 'non-square input and kernel, same, batch 2', shape: [2, 7, 5, 2], kernel: [3, 2], pad: 'same', stride: [1, 1], dilation: [1, 1] },
  { ...base, name: 'stride 2, same, odd input (extra pad at bottom/right)', shape: [1, 7, 9, 3], kernel: [3, 3], pad: 'same', stride: [2, 2], dilation: [1, 1] },
  { ...base, name: 'stride 2, valid, even input', shape: [1, 8, 6, 2], kernel: [3, 3], pad: 'valid', stride: [2, 2], dilation: [1, 1] },
  { ...base, name: 'stride [2, 1], non-square kernel [2, 4], same', shape: [1, 6, 7, 3], kernel: [2, 4], pad: 'same', stride: [2, 1], dilation: [1, 1] },
  { ...base, name: 'dilation 2, same', shape: [1, 9, 8, 2], kernel: [3, 3], pad: 'same', stride: [1, 1], dilation: [2, 2] },
  { ...base, name: 'dilation 2, valid', shape: [1, 9, 7, 3], kernel: [3, 3], pad: 'valid', stride: [1, 1], dilation: [2, 2] },
  { ...base, name: 'dilation [1, 2], non-square kernel [2, 3], same', shape: [1, 6, 8, 2], kernel: [2, 3], pad: 'same', stride: [1, 1], dilation: [1, 2] },
  { ...base, name: 'chMul 2, same', shape: [1, 6, 6, 3], kernel: [3, 3], pad: 'same', stride: [1, 1], dilation: [1, 1], chMul: 2, outChannels: 5 },
  { ...base, name: 'chMul 2, stride 2, valid, 5×5 kernel', shape: [2, 11, 9, 2], kernel: [5, 5], pad: 'valid', stride: [2, 2], dilation: [1, 1], chMul: 2 },
  { ...base, name: 'chMul 3, dilation 2, valid', shape: [1, 8, 10, 2], kernel: [2, 2], pad: 'valid', stride: [1, 1], dilation: [2, 2], chMul: 3, outChannels: 3 },
  { ...base, name: '1×1 kernel, stride 2, same', shape: [1, 5, 6, 4], kernel: [1, 1], pad: 'same', stride: [2, 2], dilation: [1, 1], outChannels: 6 },
];

const TOLERANCE = 1e-5;

/** The test's own copy of a reference tensor in TF.js, disposed by withoutLeaks. */
let track: Track = (tensor) => tensor;

function toTf(tensor: Tensor4D): tf.Tensor4D {
  return track(tf.tensor4d(tensor.values, [...tensor.shape]));
}

/** withoutLeaks, with the inputs toTf makes and the result tracked. */
function checked(body: () => [Tensor4D, tf.Tensor4D]): void {
  withoutLeaks((tracker) => {
    track = tracker;
    const [ours, theirs] = body();
    expectClose(ours, tracker(theirs));
  });
}

function expectClose(ours: Tensor4D, theirs: tf.Tensor4D): void {
  expect(ours.shape).toEqual(theirs.shape);
  const expected = theirs.dataSync();
  let maxDiff = 0;
  for (let i = 0; i < expected.length; i += 1) maxDiff = Math.max(maxDiff, Math.abs((ours.values[i] as number) - (expected[i] as number)));
  expect(maxDiff).toBeLessThanOrEqual(TOLERANCE);
}

describe.each(BACKENDS)('reference convolutions match TF.js on the %s backend', (backend) => {
  beforeAll(() => useBackend(backend));

  describe.each(CASES)('$name', (testCase) => {
    const [, , , inChannels] = testCase.shape;
    const [filterHeight, filterWidth] = testCase.kernel;
    const input = randomTensor(testCase.shape, 1);
    const common = { stride: testCase.stride, dilation: testCase.dilation, pad: testCase.pad };

    it('conv2d (standard) within 1e-5 of tf.conv2d', () => {
      const filter = randomTensor([filterHeight, filterWidth, inChannels, testCase.outChannels], 2);
      checked(() => [conv2d({ input, filter, ...common }),
        tf.conv2d(toTf(input), toTf(filter), testCase.stride, testCase.pad, 'NHWC', testCase.dilation)]);
    });

    it(`depthwiseConv2d (chMul ${testCase.chMul}) within 1e-5 of tf.depthwiseConv2d`, () => {
      const filter = randomTensor([filterHeight, filterWidth, inChannels, testCase.chMul], 3);
      checked(() => [depthwiseConv2d({ input, filter, ...common }),
        tf.depthwiseConv2d(toTf(input), toTf(filter), testCase.stride, testCase.pad, 'NHWC', testCase.dilation)]);
    });

    it('pointwiseConv2d within 1e-5 of tf.conv2d with a 1×1 filter', () => {
      const filter = randomTensor([1, 1, inChannels, testCase.outChannels], 4);
      checked(() => [pointwiseConv2d({ input, filter, stride: testCase.stride }),
        tf.conv2d(toTf(input), toTf(filter), testCase.stride, 'valid')]);
    });

    it('separableConv2d within 1e-5 of tf.separableConv2d', () => {
      const depthwiseFilter = randomTensor([filterHeight, filterWidth, inChannels, testCase.chMul], 5);
      const pointwiseFilter = randomTensor([1, 1, inChannels * testCase.chMul, testCase.outChannels], 6);
      checked(() => [separableConv2d({ input, depthwiseFilter, pointwiseFilter, ...common }),
        tf.separableConv2d(toTf(input), toTf(depthwiseFilter), toTf(pointwiseFilter),
          testCase.stride, testCase.pad, testCase.dilation)]);
    });
  });

  it('bias is added per output channel, after the sum (as tf.add(conv, bias))', () => {
    const input = randomTensor([1, 6, 5, 3], 7);
    const filter = randomTensor([3, 3, 3, 2], 8);
    const bias = randomTensor([1, 1, 1, 6], 9).values;
    // The intermediate depthwise result and the bias tensor are the test's own: tracked too.
    checked(() => [depthwiseConv2d({ input, filter, pad: 'same', bias }),
      tf.add(track(tf.depthwiseConv2d(toTf(input), toTf(filter), 1, 'same')), track(tf.tensor1d(bias))) as tf.Tensor4D]);
  });

  it('the leak check itself fails when a tensor outlives the body', () => {
    let leaked: tf.Tensor | undefined;
    expect(() => withoutLeaks(() => {
      leaked = tf.ones([2]);
    })).toThrow('tensors left alive by the code under test');
    leaked?.dispose();
  });
});

// Checkers of the exercises whose answer is a tensor: seeded random inputs of several shapes, compared with the reference convolutions.
import { depthwiseConv2d, formatShape, pointwiseConv2d, randomTensor, separableConv2d, type Padding, type Shape4D } from '../../conv';
import { FLOAT } from '../check/compare';
import type { CheckCase, CheckSuite } from '../check/run';
import { toNested } from './nested';
import { equivalentStandardKernel } from './reference';
import { exerciseStrings as s } from '../../strings/exercises';

/** One convolution case: input shape, filter size, depth multiplier (or output channels), stride and padding. */
interface ConvSetting {
  input: Shape4D;
  filter: [number, number];
  chMul: number;
  stride: number;
  pad: Padding;
}

// The first case is the simplest (square, stride 1, valid, chMul 1); each later one adds one difficulty, then they combine.
const SETTINGS: readonly ConvSetting[] = [
  { input: [1, 5, 5, 2], filter: [3, 3], chMul: 1, stride: 1, pad: 'valid' },
  { input: [1, 5, 5, 2], filter: [3, 3], chMul: 1, stride: 1, pad: 'same' },
  { input: [1, 6, 5, 2], filter: [3, 3], chMul: 1, stride: 2, pad: 'same' },
  { input: [1, 5, 7, 3], filter: [3, 3], chMul: 2, stride: 1, pad: 'same' },
  { input: [2, 7, 6, 2], filter: [3, 2], chMul: 3, stride: 2, pad: 'valid' },
  { input: [1, 8, 6, 3], filter: [2, 2], chMul: 2, stride: 2, pad: 'same' },
];

function describeSetting(setting: ConvSetting): string {
  const [filterHeight, filterWidth] = setting.filter;
  return s.cases.convolution(formatShape(setting.input), filterHeight, filterWidth, setting.chMul, setting.stride, setting.pad);
}

/** Checker of `depthwiseByLoops(input, filter, stride, pad)` against the reference depthwiseConv2d. */
export const depthwiseLoopsSuite: CheckSuite = {
  exerciseId: 'dw-loops',
  functionName: 'depthwiseByLoops',
  tolerance: FLOAT,
  cases: (seed) => SETTINGS.map((setting, index): CheckCase => {
    const input = randomTensor(setting.input, seed + 2 * index);
    const filter = randomTensor([...setting.filter, setting.input[3], setting.chMul], seed + 2 * index + 1);
    const expected = depthwiseConv2d({ input, filter, stride: setting.stride, pad: setting.pad });
    return { label: describeSetting(setting), args: [toNested(input), toNested(filter), setting.stride, setting.pad], expected: toNested(expected) };
  }),
};

/** Checker of `pointwiseConv(input, weights)` against the reference pointwiseConv2d, inChannels ≠ outChannels so swapped axes show. */
export const pointwiseMatmulSuite: CheckSuite = {
  exerciseId: 'pw-as-matmul',
  functionName: 'pointwiseConv',
  tolerance: FLOAT,
  cases: (seed) => {
    const settings: Array<{ input: Shape4D; outChannels: number }> = [
      { input: [1, 2, 2, 3], outChannels: 3 },
      { input: [1, 4, 5, 3], outChannels: 4 },
      { input: [2, 3, 2, 4], outChannels: 2 },
      { input: [1, 1, 6, 5], outChannels: 1 },
    ];
    return settings.map(({ input: shape, outChannels }, index): CheckCase => {
      const input = randomTensor(shape, seed + 2 * index);
      const filter = randomTensor([1, 1, shape[3], outChannels], seed + 2 * index + 1);
      const weights = toNested(filter)[0]![0]!;
      return {
        label: s.cases.pointwise(formatShape(shape), shape[3], outChannels),
        args: [toNested(input), weights],
        expected: toNested(pointwiseConv2d({ input, filter })),
      };
    });
  },
};

/** Checker of `separableConv(input, depthwiseFilter, pointwiseFilter, stride, pad)` against the reference separableConv2d. */
export const separableBlockSuite: CheckSuite = {
  exerciseId: 'sep-assemble',
  functionName: 'separableConv',
  tolerance: FLOAT,
  cases: (seed) => SETTINGS.slice(1).map((setting, index): CheckCase => {
    const outChannels = 3 + index;
    const inChannels = setting.input[3];
    const input = randomTensor(setting.input, seed + 3 * index);
    const depthwiseFilter = randomTensor([...setting.filter, inChannels, setting.chMul], seed + 3 * index + 1);
    const pointwiseFilter = randomTensor([1, 1, inChannels * setting.chMul, outChannels], seed + 3 * index + 2);
    const expected = separableConv2d({ input, depthwiseFilter, pointwiseFilter, stride: setting.stride, pad: setting.pad });
    return {
      label: s.cases.withOutChannels(describeSetting(setting), outChannels),
      args: [toNested(input), toNested(depthwiseFilter), toNested(pointwiseFilter), setting.stride, setting.pad],
      expected: toNested(expected),
    };
  }),
};

/** Checker of `standardKernel(depthwiseFilter, pointwiseFilter)`: chMul 1 first, then 2 and 3, with inChannels ≠ outChannels. */
export const equivalentKernelSuite: CheckSuite = {
  exerciseId: 'eff-equivalent-kernel',
  functionName: 'standardKernel',
  tolerance: FLOAT,
  axisNames: ['filterHeight', 'filterWidth', 'inChannels', 'outChannels'],
  name: 'kernel',
  cases: (seed) => {
    const settings = [
      { kernel: 3, inChannels: 2, chMul: 1, outChannels: 3 },
      { kernel: 3, inChannels: 3, chMul: 2, outChannels: 4 },
      { kernel: 2, inChannels: 2, chMul: 3, outChannels: 5 },
    ];
    return settings.map(({ kernel, inChannels, chMul, outChannels }, index): CheckCase => {
      const depthwiseFilter = randomTensor([kernel, kernel, inChannels, chMul], seed + 2 * index);
      const pointwiseFilter = randomTensor([1, 1, inChannels * chMul, outChannels], seed + 2 * index + 1);
      return {
        label: s.cases.kernels(formatShape([kernel, kernel, inChannels, chMul]), formatShape([1, 1, inChannels * chMul, outChannels])),
        args: [toNested(depthwiseFilter), toNested(pointwiseFilter)],
        expected: toNested(equivalentStandardKernel(depthwiseFilter, pointwiseFilter)),
      };
    });
  },
};

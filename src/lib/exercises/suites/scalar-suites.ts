// Checkers of the exercises whose answer is one number (or null): fixed cases chosen to separate the usual mistakes.
import { outputSize, type Padding } from '../../conv';
import { multiplyAdds, parameterCount, type CostKind } from '../../cost';
import { EXACT } from '../check/compare';
import type { CheckCase, CheckSuite } from '../check/run';
import { depthMultiplierFor } from './reference';

/** A value written as JavaScript, the way the student would type it: 'same', [1, 28, 28, 3], { kernelSize: 3 }. */
function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${literal(item)}`).join(', ')} }`;
  return String(value);
}

const call = (name: string, args: readonly unknown[]) => `${name}(${args.map(literal).join(', ')})`;

/** Checker of `outputSize(inSize, filterSize, stride, pad)`: valid then same, stride 1 then 2 and 3, even and odd sizes. */
export const outputSizeSuite: CheckSuite = {
  exerciseId: 'conv-output-size',
  functionName: 'outputSize',
  tolerance: EXACT,
  cases: () => {
    const settings: Array<[number, number, number, Padding]> = [
      [7, 3, 1, 'valid'], [7, 3, 2, 'valid'], [8, 3, 2, 'valid'], [28, 5, 3, 'valid'],
      [7, 3, 1, 'same'], [7, 3, 2, 'same'], [8, 3, 2, 'same'], [28, 1, 3, 'same'], [5, 5, 1, 'valid'],
    ];
    return settings.map((args) => {
      const [inSize, filterSize, stride, pad] = args;
      return { label: call('outputSize', args), args, expected: outputSize({ inSize, filterSize, stride, pad }) };
    });
  },
};

/** Checker of `depthMultiplier(inputShape, wantedShape)`: whole multiples, no change, impossible channels, changed sizes. */
export const depthMultiplierSuite: CheckSuite = {
  exerciseId: 'dw-pick-multiplier',
  functionName: 'depthMultiplier',
  tolerance: EXACT,
  cases: () => {
    const pairs: Array<[number[], number[]]> = [
      [[1, 28, 28, 3], [1, 28, 28, 6]], [[1, 28, 28, 3], [1, 28, 28, 3]], [[2, 8, 12, 4], [2, 8, 12, 12]],
      [[1, 28, 28, 3], [1, 28, 28, 7]], [[1, 8, 8, 4], [1, 8, 8, 2]], [[1, 28, 28, 3], [1, 14, 14, 6]],
      [[1, 10, 12, 2], [1, 12, 10, 4]], [[1, 8, 8, 2], [2, 8, 8, 4]],
    ];
    return pairs.map((args) => ({ label: call('depthMultiplier', args), args, expected: depthMultiplierFor(args[0], args[1]) }));
  },
};

/** Checker of `separableParams({ kernelSize, inChannels, chMul, outChannels, bias })`, against TF.js's countParams() formula. */
export const separableParamsSuite: CheckSuite = {
  exerciseId: 'sep-count-params',
  functionName: 'separableParams',
  tolerance: EXACT,
  cases: () => {
    const layers = [
      { kernelSize: 3, inChannels: 3, chMul: 1, outChannels: 16, bias: false },
      { kernelSize: 3, inChannels: 32, chMul: 1, outChannels: 64, bias: true },
      { kernelSize: 5, inChannels: 8, chMul: 2, outChannels: 12, bias: false },
      { kernelSize: 3, inChannels: 16, chMul: 3, outChannels: 8, bias: true },
      { kernelSize: 1, inChannels: 4, chMul: 1, outChannels: 4, bias: true },
    ];
    return layers.map((layer) => ({ label: call('separableParams', [layer]), args: [layer], expected: parameterCount({ kind: 'separable', ...layer }) }));
  },
};

/** Checker of `layerMultiplyAdds(layer)`: every kind, stride 1 and 2, 'same' and 'valid', square and non-square inputs. */
export const multiplyAddsSuite: CheckSuite = {
  exerciseId: 'cost-layer-macs',
  functionName: 'layerMultiplyAdds',
  tolerance: EXACT,
  cases: () => {
    const base = { inHeight: 32, inWidth: 32, inChannels: 16, outChannels: 32, chMul: 1, kernelSize: 3, stride: 1, pad: 'same' as Padding };
    const layers: Array<typeof base & { kind: CostKind }> = [
      { ...base, kind: 'standard' },
      { ...base, kind: 'depthwise' },
      { ...base, kind: 'pointwise', kernelSize: 1 },
      { ...base, kind: 'separable' },
      { ...base, kind: 'standard', stride: 2 },
      { ...base, kind: 'depthwise', pad: 'valid', inHeight: 28, inWidth: 20 },
      { ...base, kind: 'depthwise', chMul: 2, stride: 2, inHeight: 15, inWidth: 9 },
      { ...base, kind: 'separable', chMul: 3, pad: 'valid', stride: 2, inHeight: 17, inWidth: 12 },
    ];
    return layers.map((layer): CheckCase => ({
      label: call('layerMultiplyAdds', [layer]),
      args: [layer],
      expected: multiplyAdds({ ...layer, bias: false }),
    }));
  },
};

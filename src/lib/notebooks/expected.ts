// What each Keras example of the lessons prints, computed by the site's cost library — the expected outputs the
// notebooks carry as comments, and that `npm run check:notebooks` holds the executed cells to.
import { formatCount, groupedParameters, multiplyAdds, outputPixels, parameterCount, workloadOutputShape, type ConvWorkload } from '../cost';

/** A shape as Python prints a TensorShape or tuple: (1, 28, 28, 3). */
export function pythonShape(shape: readonly number[]): string {
  return `(${shape.join(', ')})`;
}

const shapeOf = (workload: ConvWorkload) => pythonShape(workloadOutputShape(workload));

const seedDepthwise = { kind: 'depthwise', inHeight: 28, inChannels: 3, kernelSize: 3, pad: 'same', bias: false } as const;
const seedPointwise = { kind: 'pointwise', inHeight: 28, inChannels: 3, outChannels: 16, pad: 'same', bias: false } as const;
const seedBlock = { kind: 'separable', inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;
const groupsDemo = { inHeight: 8, inChannels: 4, outChannels: 8, kernelSize: 3, bias: false } as const;
const costLayers = {
  standard: { kind: 'standard', inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false },
  depthwise: { kind: 'depthwise', inHeight: 32, inChannels: 64, kernelSize: 3, pad: 'same', bias: false },
  pointwise: { kind: 'pointwise', inHeight: 32, inChannels: 64, outChannels: 128, pad: 'same', bias: false },
} as const;
const factorised = { kernelSize: 3, inChannels: 4, outChannels: 6, bias: false } as const;

function costLines(): string[] {
  const counts = Object.entries(costLayers).map(([name, layer]) =>
    `${name}: ${outputPixels(layer)} output pixels × ${parameterCount(layer)} weights = ${formatCount(multiplyAdds(layer))}`);
  const standard = multiplyAdds(costLayers.standard);
  const separable = multiplyAdds(costLayers.depthwise) + multiplyAdds(costLayers.pointwise);
  return [...counts, `standard:  ${formatCount(standard)} multiply-adds`,
    `separable: ${formatCount(separable)} multiply-adds (${(standard / separable).toFixed(1)}× fewer)`];
}

/**
 * The lines each Keras example prints, by the id of its <CodePair> (conv-count, dw-seed, …). Lines that depend on
 * random weights are left out; every line here must appear, as written, in the cell's output when it runs.
 */
export const EXPECTED_OUTPUTS: Readonly<Record<string, () => string[]>> = {
  'conv-count': () => [`Number of parameters: ${parameterCount({ kind: 'standard', kernelSize: 3, inChannels: 3, outChannels: 16, bias: true })}`],
  'dw-seed': () => [
    `Input tensor shape: ${pythonShape([1, 28, 28, 3])}`,
    `Output tensor shape: ${shapeOf(seedDepthwise)}`,
    `Number of parameters: ${parameterCount(seedDepthwise)}`,
  ],
  'pw-seed': () => [
    `Depthwise Output Shape: ${shapeOf(seedDepthwise)}`,
    `Pointwise Output Shape: ${shapeOf(seedPointwise)}`,
    `Pointwise Params: ${parameterCount(seedPointwise)}`,
  ],
  'sep-block': () => [
    `Input tensor shape: ${pythonShape([1, 32, 32, 64])}`,
    `Output tensor shape: ${shapeOf(seedBlock)}`,
    `Total Parameters in the Block: ${parameterCount(seedBlock)}`,
  ],
  'cost-macs': costLines,
  'eff-kernel': () => [
    `standard kernel: [3, 3, 4, 6] = ${parameterCount({ ...factorised, kind: 'standard' })} numbers, built from ${parameterCount({ ...factorised, kind: 'separable' })} free ones`,
    'separable equals a standard convolution with K: yes',
  ],
  'sep-groups': () => [
    ...[1, 2, 4].map((groups) => `groups=${groups}: kernel ${pythonShape([3, 3, groupsDemo.inChannels / groups, groupsDemo.outChannels])}, `
      + `${groupedParameters({ ...groupsDemo, groups })} parameters, output ${pythonShape([1, 8, 8, groupsDemo.outChannels])}`),
    'groups=4 equals DepthwiseConv2D(depth_multiplier=2): yes',
  ],
};

/** The expected lines of the Keras example `pair`; throws for a pair the site has not computed, so none goes unchecked. */
export function expectedOutput(pair: string): string[] {
  const lines = EXPECTED_OUTPUTS[pair];
  if (!lines) throw new Error(`invalid code pair: ${pair} (no expected output in src/lib/notebooks/expected.ts)`);
  return lines();
}

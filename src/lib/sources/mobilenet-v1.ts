// MobileNet v1 (α = 1, 224×224) layer by layer, as Table 1 of the paper lists it, counted with the site's cost library.
import { multiplyAdds, parameterCount, type ConvWorkload } from '../cost';

/** The four kinds of layer Table 2 of the MobileNet v1 paper splits the network into. */
export type MobileNetLayerType = 'conv3x3' | 'depthwise3x3' | 'pointwise' | 'fullyConnected';

/** One row of Table 1: its type and the convolution it is, applied to its input (batch 1, padding 'same'). */
export interface MobileNetLayer {
  readonly type: MobileNetLayerType;
  readonly workload: ConvWorkload;
}

const conv = (inHeight: number, inChannels: number, outChannels: number, stride: number): MobileNetLayer => ({
  type: 'conv3x3',
  workload: { kind: 'standard', kernelSize: 3, inHeight, inChannels, outChannels, stride, pad: 'same', bias: false },
});

// Table 1 as (input size, input channels, output channels, depthwise stride) for each separable pair.
const PAIRS: readonly (readonly [number, number, number, number])[] = [
  [112, 32, 64, 1], [112, 64, 128, 2], [56, 128, 128, 1], [56, 128, 256, 2], [28, 256, 256, 1], [28, 256, 512, 2],
  [14, 512, 512, 1], [14, 512, 512, 1], [14, 512, 512, 1], [14, 512, 512, 1], [14, 512, 512, 1],
  [14, 512, 1024, 2],
  // Table 1 prints "Conv dw / s2" here on a 7×7 input whose output is also 7×7: stride 1 is the only reading that fits.
  [7, 1024, 1024, 1],
];

/**
 * The 28 layers of MobileNet v1 in Table 1 order: a standard 3×3 first layer, 13 depthwise + pointwise pairs and the
 * 1024 → 1000 classifier (a 1×1 "convolution" on the pooled 1×1 input). Biases and batch normalization are left out: with them
 * out, the shares match Table 2's printed parameter percentages to the last digit.
 */
export function mobileNetV1Layers(): MobileNetLayer[] {
  const layers: MobileNetLayer[] = [conv(224, 3, 32, 2)];
  for (const [inHeight, inChannels, outChannels, stride] of PAIRS) {
    const outHeight = Math.ceil(inHeight / stride);
    layers.push(
      { type: 'depthwise3x3', workload: { kind: 'depthwise', kernelSize: 3, inHeight, inChannels, stride, pad: 'same', bias: false } },
      { type: 'pointwise', workload: { kind: 'pointwise', inHeight: outHeight, inChannels, outChannels, pad: 'same', bias: false } },
    );
  }
  layers.push({ type: 'fullyConnected', workload: { kind: 'pointwise', inHeight: 1, inChannels: 1024, outChannels: 1000, pad: 'same', bias: false } });
  return layers;
}

/** One row of the computed Table 2: a layer type's multiply-adds and parameters, and their shares of the whole network (0–1). */
export interface ResourceShare {
  readonly type: MobileNetLayerType;
  readonly multiplyAdds: number;
  readonly parameters: number;
  readonly multiplyAddShare: number;
  readonly parameterShare: number;
}

/** Where MobileNet v1's multiply-adds and parameters are, per layer type (Table 2 recomputed from Table 1's layers). */
export function mobileNetV1Shares(layers: readonly MobileNetLayer[] = mobileNetV1Layers()): { rows: ResourceShare[]; multiplyAdds: number; parameters: number } {
  const types: MobileNetLayerType[] = ['pointwise', 'depthwise3x3', 'conv3x3', 'fullyConnected'];
  const sums = types.map((type) => {
    const ofType = layers.filter((layer) => layer.type === type);
    return {
      type,
      multiplyAdds: ofType.reduce((sum, layer) => sum + multiplyAdds(layer.workload), 0),
      parameters: ofType.reduce((sum, layer) => sum + parameterCount(layer.workload), 0),
    };
  });
  const totalMacs = sums.reduce((sum, row) => sum + row.multiplyAdds, 0);
  const totalParams = sums.reduce((sum, row) => sum + row.parameters, 0);
  return {
    rows: sums.map((row) => ({ ...row, multiplyAddShare: row.multiplyAdds / totalMacs, parameterShare: row.parameters / totalParams })),
    multiplyAdds: totalMacs,
    parameters: totalParams,
  };
}

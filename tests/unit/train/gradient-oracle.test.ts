// The direct gradient kernels held against the im2col ones (the oracle) on every convolution of both
// /train/ networks, at the real layer sizes (batch 4), where cpu's loops would take too long.
import { afterAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs';
import { tf, useBackend } from '../conv/tfjs';
import { seededFloats } from '../../../src/lib/lab/seeded';
import { networkLayers, NETWORK_IDS } from '../../../src/lib/train/networks';
import { registerWasmGradients, type GradientKernelSet } from '../../../src/workers/train/wasm-gradients';

type Shape4 = [number, number, number, number];
interface Layer { label: string; depthwise: boolean; inShape: Shape4; filterShape: Shape4; stride: number }

const BATCH = 4;

/** Every convolution of both nets as a gradient case, named by net and position. */
const layers: Layer[] = NETWORK_IDS.flatMap((id) => networkLayers(id).flatMap((layer, index): Layer[] => {
  if (layer.layer !== 'conv') return [];
  const { kind, inHeight, inWidth = inHeight, inChannels, outChannels, stride = 1 } = layer.workload;
  const side = kind === 'pointwise' ? 1 : 3;
  const depthwise = kind === 'depthwise';
  const filterShape: Shape4 = [side, side, inChannels, depthwise ? 1 : outChannels!];
  return [{ label: `${id} layer ${index} (${kind}, ${inHeight}×${inWidth}×${inChannels}, stride ${String(stride)})`, depthwise, inShape: [BATCH, inHeight, inWidth, inChannels], filterShape, stride: stride as number }];
}));

/** Both gradients of one layer with one kernel set: [filter gradient, input gradient] values. */
async function layerGradients(set: GradientKernelSet, layer: Layer): Promise<number[][]> {
  registerWasmGradients(tf, { kernels: set });
  await useBackend('wasm');
  const info = tf.backend_util.computeConv2DInfo(layer.inShape, layer.filterShape, layer.stride, 1, 'same', undefined, layer.depthwise);
  const tensor = (shape: number[], seed: number) => tf.tensor(seededFloats(shape.reduce((a, b) => a * b, 1), seed), shape);
  const [x, dy, filter] = [tensor(layer.inShape, 1), tensor(info.outShape, 2), tensor(layer.filterShape, 3)];
  const [filterKernel, inputKernel] = layer.depthwise
    ? ['DepthwiseConv2dNativeBackpropFilter', 'DepthwiseConv2dNativeBackpropInput'] : ['Conv2DBackpropFilter', 'Conv2DBackpropInput'];
  const attrs = { strides: layer.stride, dilations: 1, pad: 'same', dataFormat: 'NHWC' };
  const outputs = [
    tf.engine().runKernel(filterKernel!, { x, dy }, { ...attrs, filterShape: layer.filterShape } as never) as tf.Tensor,
    tf.engine().runKernel(inputKernel!, { dy, filter }, { ...attrs, inputShape: layer.inShape } as never) as tf.Tensor,
  ];
  const values = await Promise.all(outputs.map(async (output) => Array.from(await output.data())));
  tf.dispose([x, dy, filter, ...outputs]);
  return values;
}

describe('direct gradient kernels against the im2col oracle on the /train/ nets’ layers', () => {
  afterAll(() => registerWasmGradients(tf));

  it('covers every convolution of both nets: 4 standard, 1 stem + 3 depthwise + 3 pointwise', () => {
    expect(layers.map((layer) => layer.label.split(' (')[1]!.split(',')[0])).toEqual([
      'standard', 'standard', 'standard', 'standard', 'standard', 'depthwise', 'pointwise', 'depthwise', 'pointwise', 'depthwise', 'pointwise',
    ]);
  });

  it.each(layers)('$label: filter and input gradients within 1e-5 (relative to the largest) of im2col', async (layer) => {
    const [direct, oracle] = [await layerGradients('direct', layer), await layerGradients('im2col', layer)];
    direct.forEach((values, index) => {
      const reference = oracle[index]!;
      const scale = Math.max(1, ...reference.map(Math.abs));
      expect(values).toHaveLength(reference.length);
      expect(Math.max(...values.map((value, at) => Math.abs(value - reference[at]!))) / scale).toBeLessThan(1e-5);
    });
  });
});

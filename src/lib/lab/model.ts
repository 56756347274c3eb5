// The work and traffic model of each op: multiply-adds, bytes moved and arithmetic intensity.
import { layerLabel, type LayerShape, type OpKind, type OpSpec } from './ops';
import { outputSize } from '../conv';
import { arithmeticIntensity, BYTES_PER_FLOAT32, bytesMoved, multiplyAdds, type ConvWorkload } from '../cost';

/** Bytes per element: every tensor the lab builds is float32. */
export const BYTES_PER_ELEMENT = BYTES_PER_FLOAT32;

/** A tensor shape, [batch, height, width, channels] for activations, [fh, fw, in, out|chMul] for filters. */
export type Shape = [number, number, number, number];

/** One filter an op reads: which conv uses it, its shape and its fan-in (inputs per output element). */
export interface FilterTensor {
  role: 'standard' | 'depthwise' | 'pointwise';
  shape: Shape;
  fanIn: number;
}

/** The tensors one op reads and writes. */
export interface OpTensors {
  /** The activation the op reads. */
  input: Shape;
  /** Filters in the order the op uses them (depthwise before pointwise). */
  filters: FilterTensor[];
  /** The activation the op writes. */
  output: Shape;
  /** The depthwise result a separable op writes and reads back (TF.js materialises it). */
  intermediate: Shape | null;
}

/** Work and traffic of one run of an op. */
export interface OpCost {
  /** Multiply-adds of one run. */
  macs: number;
  /** Bytes moved: input, weights and output once each in fp32, the separable intermediate written and read back. */
  bytes: number;
  /** Arithmetic intensity, FLOP per byte with 1 MAC = 2 FLOP. */
  intensity: number;
}

/** The input, filter, output and intermediate shapes of an op, [batch, height, width, channels]. */
export function opTensors(op: OpSpec): OpTensors {
  const { batch, inHeight, inWidth, inChannels, outChannels, filterSize, chMul } = op.layer;
  const geometry = { filterSize, stride: op.layer.stride, pad: op.layer.pad };
  const outHeight = outputSize({ inSize: inHeight, ...geometry });
  const outWidth = outputSize({ inSize: inWidth, ...geometry });
  const input: Shape = [batch, inHeight, inWidth, inChannels];
  const depthwiseFilter: FilterTensor = { role: 'depthwise', shape: [filterSize, filterSize, inChannels, chMul], fanIn: filterSize ** 2 };
  const depthwiseOut: Shape = [batch, outHeight, outWidth, inChannels * chMul];
  const pointwiseFilter: FilterTensor = { role: 'pointwise', shape: [1, 1, inChannels * chMul, outChannels], fanIn: inChannels * chMul };
  const standardFilter: FilterTensor = { role: 'standard', shape: [filterSize, filterSize, inChannels, outChannels], fanIn: filterSize ** 2 * inChannels };
  const out: Shape = [batch, outHeight, outWidth, outChannels];
  switch (op.kind) {
    case 'standard':
      return { input, filters: [standardFilter], output: out, intermediate: null };
    case 'depthwise':
      return { input, filters: [depthwiseFilter], output: depthwiseOut, intermediate: null };
    case 'pointwise':
      return { input: depthwiseOut, filters: [pointwiseFilter], output: out, intermediate: null };
    case 'separable':
    case 'separableFused':
      return { input, filters: [depthwiseFilter, pointwiseFilter], output: out, intermediate: depthwiseOut };
  }
}

/**
 * The op as a workload of the site's cost formulas (src/lib/cost): no bias, as the lab times bare convs;
 * the pointwise op reads the depthwise output, as it does inside the separable block.
 */
export function opWorkload(op: OpSpec): ConvWorkload {
  const { batch, inHeight, inWidth, inChannels, outChannels, filterSize, chMul, stride, pad } = op.layer;
  const spatial = { batch, inHeight, inWidth, stride, pad, kernelSize: filterSize, bias: false };
  switch (op.kind) {
    case 'standard': return { kind: 'standard', inChannels, outChannels, ...spatial };
    case 'depthwise': return { kind: 'depthwise', inChannels, chMul, ...spatial };
    case 'pointwise': {
      const [, outHeight, outWidth] = opTensors(op).input;
      return { kind: 'pointwise', batch, inHeight: outHeight, inWidth: outWidth, inChannels: inChannels * chMul, outChannels, pad: 'valid', bias: false };
    }
    case 'separable':
    case 'separableFused': return { kind: 'separable', inChannels, chMul, outChannels, ...spatial };
  }
}

/** Multiply-adds of one run of an op (the cost formulas' count, stride and padding respected). */
export function opMacs(op: OpSpec): number {
  return multiplyAdds(opWorkload(op));
}

/** MACs, bytes moved and arithmetic intensity of one run of an op, from the cost formulas' traffic model. */
export function opCost(op: OpSpec): OpCost {
  const workload = opWorkload(op);
  return { macs: multiplyAdds(workload), bytes: bytesMoved(workload), intensity: arithmeticIntensity(workload) };
}

/** Multiply-adds of the standard conv over those of the separable block for a layer (the promised saving). */
export function macRatio(layer: LayerShape): number {
  const standard = opMacs({ id: '', kind: 'standard', layer });
  return standard / opMacs({ id: '', kind: 'separable', layer });
}

/** Bytes moved by the bandwidth probe: two operands of `size` floats read, one written. */
export function bandwidthProbeBytes(size: number): number {
  return 3 * BYTES_PER_ELEMENT * size;
}

/** FLOP of the compute probe: an n×n by n×n matMul is n³ MACs = 2n³ FLOP. */
export function computeProbeFlop(size: number): number {
  return 2 * size ** 3;
}

/**
 * The layer as the op itself sees it: the spatial ops show the layer ("32×32×16 → 32, 3×3, stride 1"); the pointwise
 * op shows its own input (the depthwise output) and its 1×1 kernel ("32×32×16 → 32, 1×1").
 */
export function opLayerLabel(kind: OpKind, layer: LayerShape): string {
  if (kind !== 'pointwise') return layerLabel(layer);
  const [, height, width, channels] = opTensors({ id: '', kind, layer }).input;
  return `${height}×${width}×${channels} → ${layer.outChannels}, 1×1`;
}

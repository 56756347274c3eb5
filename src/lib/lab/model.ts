// The work and traffic model of each op: multiply-adds, bytes moved and arithmetic intensity.
import type { LayerShape, OpSpec } from './ops';
import { outputSize } from '../conv';

/** Bytes per element: every tensor the lab builds is float32. */
export const BYTES_PER_ELEMENT = 4;

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
  /** Bytes moved: every tensor read or written once in fp32, plus the separable intermediate twice. */
  bytes: number;
  /** Arithmetic intensity, FLOP per byte with 1 MAC = 2 FLOP. */
  intensity: number;
}

const elements = (shape: Shape) => shape[0] * shape[1] * shape[2] * shape[3];

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

/** Multiply-adds of one run of an op: each output element costs one MAC per filter tap it reads. */
export function opMacs(op: OpSpec): number {
  const tensors = opTensors(op);
  const [, outHeight, outWidth] = tensors.output;
  const { batch, filterSize, inChannels, chMul, outChannels } = op.layer;
  const pixels = batch * outHeight * outWidth;
  const depthwise = pixels * filterSize * filterSize * inChannels * chMul;
  const pointwise = pixels * inChannels * chMul * outChannels;
  switch (op.kind) {
    case 'standard': return pixels * filterSize * filterSize * inChannels * outChannels;
    case 'depthwise': return depthwise;
    case 'pointwise': return pointwise;
    case 'separable':
    case 'separableFused': return depthwise + pointwise;
  }
}

/** MACs, bytes moved and arithmetic intensity of one run of an op. */
export function opCost(op: OpSpec): OpCost {
  const tensors = opTensors(op);
  const touched = [tensors.input, ...tensors.filters.map((filter) => filter.shape), tensors.output].reduce((sum, shape) => sum + elements(shape), 0);
  const intermediate = tensors.intermediate ? 2 * elements(tensors.intermediate) : 0;
  const bytes = BYTES_PER_ELEMENT * (touched + intermediate);
  const macs = opMacs(op);
  return { macs, bytes, intensity: (2 * macs) / bytes };
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

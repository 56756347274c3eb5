// Layer specs for counting: one flat, friendly shape for all four kinds, normalized once.
import { assertPositiveInteger, filterSize, type Conv2DGeometryOptions, type ConvKind, type KernelOptions } from '../conv';

/** The four convolutions the site counts: the three single ops plus the separable block (depthwise then pointwise). */
export type CostKind = ConvKind | 'separable';

/**
 * A convolution layer to count, in TF.js words. Kernel via kernelSize or filterHeight/filterWidth (not for pointwise);
 * outChannels is required for standard, pointwise and separable; chMul (default 1) applies to depthwise and separable.
 * bias is explicit because TF.js layers default to useBias: true while the seed's examples use none.
 */
export interface LayerSpec extends KernelOptions {
  kind: CostKind;
  inChannels: number;
  outChannels?: number;
  chMul?: number;
  bias: boolean;
}

/** A layer applied to an input: the spec plus input size, stride, dilation, padding and batch (default 1). */
export interface ConvWorkload extends LayerSpec, Omit<Conv2DGeometryOptions, 'kind' | 'inChannels' | keyof KernelOptions> {
  batch?: number;
}

/** A validated layer spec: filter size, channels in and out, chMul and bias all resolved. */
export interface NormalizedLayer {
  readonly kind: CostKind;
  readonly filterHeight: number;
  readonly filterWidth: number;
  readonly inChannels: number;
  /** Channels the layer outputs: outChannels, or inChannels · chMul for depthwise. */
  readonly outChannels: number;
  readonly chMul: number;
  readonly bias: boolean;
}

const KINDS: readonly CostKind[] = ['standard', 'depthwise', 'pointwise', 'separable'];

/** Validates a layer spec and resolves its defaults; throws `invalid ${name}: ${value}` on bad input. */
export function normalizeLayer(spec: LayerSpec): NormalizedLayer {
  const { kind } = spec;
  if (!KINDS.includes(kind)) throw new Error(`invalid kind: ${String(kind)}`);
  if (typeof spec.bias !== 'boolean') throw new Error(`invalid bias: ${String(spec.bias)} (say true or false)`);
  const inChannels = assertPositiveInteger('inChannels', spec.inChannels);
  const [filterHeight, filterWidth] = filterSize(spec, kind === 'separable' ? 'depthwise' : kind);
  const chMul = kind === 'depthwise' || kind === 'separable' ? assertPositiveInteger('chMul', spec.chMul ?? 1) : 1;
  const outChannels = kind === 'depthwise' ? inChannels * chMul : assertPositiveInteger('outChannels', spec.outChannels);
  return { kind, filterHeight, filterWidth, inChannels, outChannels, chMul, bias: spec.bias };
}

/**
 * The separable block as its two layers: depthwise (kernel, chMul, no bias) then pointwise
 * (inChannels · chMul → outChannels, carrying the block's one bias, as Keras's SeparableConv2D does).
 */
export function separableParts(spec: Omit<LayerSpec, 'kind'>): { depthwise: LayerSpec; pointwise: LayerSpec } {
  const layer = normalizeLayer({ ...spec, kind: 'separable' });
  const kernelSize = [layer.filterHeight, layer.filterWidth] as const;
  return {
    depthwise: { kind: 'depthwise', kernelSize, inChannels: layer.inChannels, chMul: layer.chMul, bias: false },
    pointwise: { kind: 'pointwise', inChannels: layer.inChannels * layer.chMul, outChannels: layer.outChannels, bias: layer.bias },
  };
}

/** Throws unless a count is a safe integer, so every count the site prints is exact. */
export function assertExactCount(name: string, value: number): number {
  if (!Number.isSafeInteger(value)) throw new Error(`invalid ${name}: ${value} (beyond exact integer range)`);
  return value;
}

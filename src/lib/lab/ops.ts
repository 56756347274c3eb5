// The op catalogue: which convolutions the lab times for one layer shape, in TF.js's words.

/** Padding mode of a convolution, as TF.js names it. */
export type Pad = 'valid' | 'same';

/** One layer shape the lab measures; layouts are [batch, height, width, channels]. */
export interface LayerShape {
  batch: number;
  inHeight: number;
  inWidth: number;
  inChannels: number;
  /** Output channels of the standard conv and of the separable block's pointwise step. */
  outChannels: number;
  /** Square kernel side for the spatial convs (the pointwise step is always 1×1). */
  filterSize: number;
  /** Depth multiplier of the depthwise step. */
  chMul: number;
  /** Same stride along height and width, applied by the spatial convs. */
  stride: number;
  pad: Pad;
}

/** The kinds of op the lab times for each layer shape. */
export type OpKind = 'standard' | 'depthwise' | 'pointwise' | 'separable' | 'separableFused';

/** Every op kind in display order. */
export const OP_KINDS: readonly OpKind[] = ['standard', 'depthwise', 'pointwise', 'separable', 'separableFused'];

/** One op to time: a kind applied to a layer shape, with a stable id. */
export interface OpSpec {
  /** Stable id, e.g. "16x16x16-32-k3-m1-s1-same/depthwise". */
  id: string;
  kind: OpKind;
  layer: LayerShape;
}

/** An elementwise or matMul probe used to draw the roofline. */
export interface ProbeSpec {
  id: 'bandwidth' | 'compute';
  /** Elements of each operand of the streaming add, or the side n of the n×n matMul. */
  size: number;
}

const positive = ['batch', 'inHeight', 'inWidth', 'inChannels', 'outChannels', 'filterSize', 'chMul', 'stride'] as const;

/** Throws `invalid <name>: <value>` unless every dimension is a positive integer and pad is valid/same. */
export function assertLayerShape(layer: LayerShape): LayerShape {
  for (const name of positive) {
    const value = layer[name];
    if (!Number.isInteger(value) || value < 1) throw new Error(`invalid ${name}: ${value}`);
  }
  if (layer.pad !== 'valid' && layer.pad !== 'same') throw new Error(`invalid pad: ${String(layer.pad)}`);
  if (layer.pad === 'valid' && (layer.filterSize > layer.inHeight || layer.filterSize > layer.inWidth)) {
    throw new Error(`invalid filterSize: ${layer.filterSize} (larger than the ${layer.inHeight}×${layer.inWidth} input with pad 'valid')`);
  }
  return layer;
}

/** A short stable id for a layer shape, e.g. "112x112x32-64-k3-m1-s1-same". */
export function layerId(layer: LayerShape): string {
  const { inHeight, inWidth, inChannels, outChannels, filterSize, chMul, stride, pad } = layer;
  const batch = layer.batch === 1 ? '' : `b${layer.batch}-`;
  return `${batch}${inHeight}x${inWidth}x${inChannels}-${outChannels}-k${filterSize}-m${chMul}-s${stride}-${pad}`;
}

/** A human label for a layer shape, e.g. "112×112×32 → 64, 3×3, stride 1". */
export function layerLabel(layer: LayerShape): string {
  const { inHeight, inWidth, inChannels, outChannels, filterSize, chMul, stride } = layer;
  const multiplier = chMul === 1 ? '' : `, ×${chMul}`;
  return `${inHeight}×${inWidth}×${inChannels} → ${outChannels}, ${filterSize}×${filterSize}${multiplier}, stride ${stride}`;
}

/** The five ops the lab times for one layer shape, in display order. */
export function opsForLayer(layer: LayerShape): OpSpec[] {
  assertLayerShape(layer);
  const base = layerId(layer);
  return OP_KINDS.map((kind) => ({ id: `${base}/${kind}`, kind, layer }));
}

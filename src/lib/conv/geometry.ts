// Conv geometry, normalized once at the boundary: friendly options in, one validated record out.

/** Padding mode as TF.js names it: 'valid' adds no border, 'same' pads so outHeight = ceil(inHeight / strideHeight). */
export type Padding = 'valid' | 'same';

/** A size given once for both axes, or as [height, width]. */
export type SizePair = number | readonly [number, number];

/** The single convolutions this library computes: standard (all channels), depthwise (per channel), pointwise (1×1). */
export type ConvKind = 'standard' | 'depthwise' | 'pointwise';

/** Filter size as `kernelSize` (number or [filterHeight, filterWidth]) or as `filterHeight` / `filterWidth` (a missing one copies the other). */
export interface KernelOptions {
  kernelSize?: SizePair;
  filterHeight?: number;
  filterWidth?: number;
}

/** Friendly geometry options: inWidth defaults to inHeight, inChannels to 1, stride and dilation to 1, pad to 'valid', a pointwise kernel to 1×1. */
export interface Conv2DGeometryOptions extends KernelOptions {
  inHeight: number;
  inWidth?: number;
  inChannels?: number;
  stride?: SizePair;
  strideHeight?: number;
  strideWidth?: number;
  dilation?: SizePair;
  dilationHeight?: number;
  dilationWidth?: number;
  pad?: Padding;
  /** Which convolution the geometry is for; names the op in errors and holds a pointwise filter to 1×1. */
  kind?: ConvKind;
}

/** A validated 2-D convolution geometry in TF.js words (sizes in pixels, all positive integers). */
export interface Conv2DGeometry {
  readonly inHeight: number;
  readonly inWidth: number;
  readonly inChannels: number;
  readonly filterHeight: number;
  readonly filterWidth: number;
  readonly strideHeight: number;
  readonly strideWidth: number;
  readonly dilationHeight: number;
  readonly dilationWidth: number;
  readonly pad: Padding;
}

/** The TF.js op name used in error messages for a convolution kind, e.g. 'depthwiseConv2d'. */
export function opName(kind: ConvKind = 'standard'): string {
  return kind === 'standard' ? 'conv2d' : `${kind}Conv2d`;
}

/** Throws `invalid ${name}: ${value}` unless value is a positive integer; returns it typed as number. */
export function assertPositiveInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new Error(`invalid ${name}: ${describe(value)}`);
  }
  return value;
}

/** The filter's [filterHeight, filterWidth] from kernel options; a pointwise kernel defaults to [1, 1]. */
export function filterSize(options: KernelOptions, kind: ConvKind = 'standard'): [number, number] {
  const fallback = kind === 'pointwise' ? 1 : undefined;
  const [filterHeight, filterWidth] = resolvePair(options, 'kernelSize', fallback);
  if (kind === 'pointwise' && (filterHeight !== 1 || filterWidth !== 1)) {
    throw new Error(`Error in ${opName(kind)}: filter must be 1×1, but got ${filterHeight}×${filterWidth}.`);
  }
  return [filterHeight, filterWidth];
}

/** Validates friendly options and returns the normalized geometry; throws a message naming the bad input. */
export function conv2dGeometry(options: Conv2DGeometryOptions): Conv2DGeometry {
  const kind = options.kind ?? 'standard';
  if (kind !== 'standard' && kind !== 'depthwise' && kind !== 'pointwise') {
    throw new Error(`invalid kind: ${describe(kind)}`);
  }
  const inHeight = assertPositiveInteger('inHeight', options.inHeight);
  const inWidth = assertPositiveInteger('inWidth', options.inWidth ?? inHeight);
  const inChannels = assertPositiveInteger('inChannels', options.inChannels ?? 1);
  const [filterHeight, filterWidth] = filterSize(options, kind);
  const [strideHeight, strideWidth] = resolvePair(options, 'stride', 1);
  const [dilationHeight, dilationWidth] = resolvePair(options, 'dilation', 1);
  const pad = options.pad ?? 'valid';
  if (pad !== 'valid' && pad !== 'same') throw new Error(`invalid pad: ${describe(pad)}`);
  const op = opName(kind);
  if ((strideHeight > 1 || strideWidth > 1) && (dilationHeight > 1 || dilationWidth > 1)) {
    throw new Error(`Error in ${op}: Either strides or dilations must be 1. ` +
      `Got strides ${[strideHeight, strideWidth]} and dilations '${[dilationHeight, dilationWidth]}'`);
  }
  const geometry: Conv2DGeometry = {
    inHeight, inWidth, inChannels, filterHeight, filterWidth,
    strideHeight, strideWidth, dilationHeight, dilationWidth, pad,
  };
  if (pad === 'valid') assertFilterFits(geometry, op);
  return geometry;
}

const PAIRS = {
  kernelSize: ['filterHeight', 'filterWidth'],
  stride: ['strideHeight', 'strideWidth'],
  dilation: ['dilationHeight', 'dilationWidth'],
} as const;

type PairKey = keyof typeof PAIRS;
type PairOptions = Partial<Record<PairKey, SizePair>> & Partial<Record<(typeof PAIRS)[PairKey][number], number>>;

// A shorthand (stride: 2 or [2, 1]) or the two named axes (strideHeight, strideWidth), never both.
function resolvePair(options: PairOptions, key: PairKey, fallback: number | undefined): [number, number] {
  const [heightKey, widthKey] = PAIRS[key];
  const shorthand = options[key];
  const height = options[heightKey];
  const width = options[widthKey];
  if (shorthand !== undefined) {
    if (height !== undefined || width !== undefined) {
      throw new Error(`invalid ${key}: ${describe(shorthand)} (give ${key} or ${heightKey}/${widthKey}, not both)`);
    }
    if (typeof shorthand === 'number') {
      const size = assertPositiveInteger(key, shorthand);
      return [size, size];
    }
    if (!Array.isArray(shorthand) || shorthand.length !== 2) throw new Error(`invalid ${key}: ${describe(shorthand)}`);
    return [assertPositiveInteger(heightKey, shorthand[0]), assertPositiveInteger(widthKey, shorthand[1])];
  }
  return [
    assertPositiveInteger(heightKey, height ?? width ?? fallback),
    assertPositiveInteger(widthKey, width ?? height ?? fallback),
  ];
}

function assertFilterFits(geometry: Conv2DGeometry, op: string): void {
  const axes = [
    ['Height', geometry.filterHeight, geometry.dilationHeight, geometry.inHeight, 'rows'],
    ['Width', geometry.filterWidth, geometry.dilationWidth, geometry.inWidth, 'columns'],
  ] as const;
  for (const [axis, filter, dilation, input, unit] of axes) {
    const span = (filter - 1) * dilation + 1;
    if (span > input) {
      throw new Error(`Error in ${op}: the filter spans ${span} ${unit} (filter${axis} ${filter}, ` +
        `dilation${axis} ${dilation}) but in${axis} is ${input}, so pad 'valid' leaves no output.`);
    }
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
  return typeof value === 'string' ? `'${value}'` : String(value);
}

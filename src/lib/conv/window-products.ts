// The individual multiplications behind one output value, for step-by-step visuals.
import type { ConvKind } from './geometry';
import { setupConv, type ConvTensorOptions } from './setup';
import { depthwiseSource, getValue, type Index4D } from './tensor';

/** One tap of the filter window: which input value meets which weight, and their product. */
export interface WindowProduct {
  /** Input row read (may be outside [0, inHeight) when the tap lands in the padding). */
  readonly inputRow: number;
  /** Input column read (may be outside [0, inWidth) when the tap lands in the padding). */
  readonly inputCol: number;
  readonly inChannel: number;
  readonly filterRow: number;
  readonly filterCol: number;
  /** Full index into the filter: [filterRow, filterCol, inChannel, outChannel] (standard, pointwise) or [..., m] (depthwise). */
  readonly filterIndex: Index4D;
  /** True when the tap lands in the zero padding; then inputValue and product are 0. */
  readonly isPadding: boolean;
  readonly inputValue: number;
  readonly weight: number;
  readonly product: number;
}

/** Which convolution, its tensors, and the one output value [batchIndex, outRow, outCol, outChannel] to explain. */
export interface WindowProductsOptions extends ConvTensorOptions {
  kind: ConvKind;
  outRow: number;
  outCol: number;
  outChannel: number;
  /** Which batch element (default 0). */
  batchIndex?: number;
}

/**
 * Lists, in the reference loops' order (filterRow, filterCol, then inChannel), every input × weight product
 * that makes one output value of a standard, depthwise or pointwise convolution, padding taps included as 0.
 * Summing the products in order (in float64, then rounding to float32) gives exactly the reference output
 * without bias: standard spans filterHeight·filterWidth·inChannels taps, depthwise filterHeight·filterWidth, pointwise inChannels.
 */
export function windowProducts(options: WindowProductsOptions): WindowProduct[] {
  const { kind } = options;
  const { input, filter, info, batch, outChannels, chMul } = setupConv(kind, {
    ...options, pad: kind === 'pointwise' ? 'valid' : options.pad,
  });
  const batchIndex = checkIndex('batchIndex', options.batchIndex ?? 0, batch);
  const outRow = checkIndex('outRow', options.outRow, info.outHeight);
  const outCol = checkIndex('outCol', options.outCol, info.outWidth);
  const outChannel = checkIndex('outChannel', options.outChannel, outChannels);
  const [depthwiseChannel, m] = depthwiseSource(outChannel, chMul);
  const channels = kind === 'depthwise' ? [depthwiseChannel] : range(info.inChannels);
  const products: WindowProduct[] = [];
  for (let filterRow = 0; filterRow < info.filterHeight; filterRow += 1) {
    const inputRow = outRow * info.strideHeight - info.padInfo.top + filterRow * info.dilationHeight;
    for (let filterCol = 0; filterCol < info.filterWidth; filterCol += 1) {
      const inputCol = outCol * info.strideWidth - info.padInfo.left + filterCol * info.dilationWidth;
      const isPadding = inputRow < 0 || inputRow >= info.inHeight || inputCol < 0 || inputCol >= info.inWidth;
      for (const inChannel of channels) {
        const filterIndex = [filterRow, filterCol, inChannel, kind === 'depthwise' ? m : outChannel] as const;
        const weight = getValue(filter, filterIndex);
        const inputValue = isPadding ? 0 : getValue(input, [batchIndex, inputRow, inputCol, inChannel]);
        products.push({
          inputRow, inputCol, inChannel, filterRow, filterCol, filterIndex, isPadding,
          inputValue, weight, product: isPadding ? 0 : inputValue * weight,
        });
      }
    }
  }
  return products;
}

function checkIndex(name: string, value: number, size: number): number {
  if (!Number.isInteger(value) || value < 0 || value >= size) {
    throw new Error(`invalid ${name}: ${value} (must be an integer in [0, ${size - 1}])`);
  }
  return value;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

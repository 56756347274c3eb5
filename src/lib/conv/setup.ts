// Shared checks for the reference convolutions: tensors in, a validated Conv2DInfo out.
import { opName, type ConvKind, type Padding, type SizePair } from './geometry';
import { conv2dInfo, type Conv2DInfo } from './output';
import { assertTensor4D, type Tensor4D } from './tensor';

/** Tensors and hyper-parameters of one convolution: input [batch, inHeight, inWidth, inChannels] and a filter in TF.js layout. */
export interface ConvTensorOptions {
  input: Tensor4D;
  filter: Tensor4D;
  stride?: SizePair;
  dilation?: SizePair;
  pad?: Padding;
}

/** Everything a reference loop needs: the derived geometry, batch size, output channels and (depthwise) chMul. */
export interface ConvSetup {
  readonly input: Tensor4D;
  readonly filter: Tensor4D;
  readonly info: Conv2DInfo;
  readonly batch: number;
  readonly outChannels: number;
  readonly chMul: number;
}

/** Validates input and filter against each other (TF.js's messages) and derives the output geometry. */
export function setupConv(kind: ConvKind, options: ConvTensorOptions): ConvSetup {
  const op = opName(kind);
  const input = assertTensor4D(options.input, 'input');
  const filter = assertTensor4D(options.filter, 'filter');
  const [batch, inHeight, inWidth, inChannels] = input.shape;
  const [filterHeight, filterWidth, filterInChannels, filterOut] = filter.shape;
  if (filterInChannels !== inChannels) {
    throw new Error(kind === 'depthwise'
      ? `Error in ${op}: number of input channels (${inChannels}) must match the inChannels dimension in filter ${filterInChannels}.`
      : `Error in ${op}: depth of input (${inChannels}) must match input depth for filter ${filterInChannels}.`);
  }
  const info = conv2dInfo({
    kind, inHeight, inWidth, inChannels, filterHeight, filterWidth,
    stride: options.stride, dilation: options.dilation, pad: options.pad,
  });
  const chMul = kind === 'depthwise' ? filterOut : 1;
  const outChannels = kind === 'depthwise' ? inChannels * filterOut : filterOut;
  return { input, filter, info, batch, outChannels, chMul };
}

/** Checks an optional bias against the output channels and returns it as numbers (or undefined). */
export function checkBias(bias: ArrayLike<number> | undefined, outChannels: number): ArrayLike<number> | undefined {
  if (bias === undefined) return undefined;
  if (typeof bias !== 'object' || bias === null || bias.length !== outChannels) {
    throw new Error(`invalid bias: length ${bias?.length} (expected outChannels ${outChannels})`);
  }
  return bias;
}

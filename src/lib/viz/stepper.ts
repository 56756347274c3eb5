// The stepper's model: a small readable input, a filter for the chosen convolution, and the
// sequence of steps (one output value each) whose products come from the reference library.
import { depthwiseConv2d, conv2d, pointwiseConv2d, getValue, mulberry32, tensor4d, windowProducts, type Tensor4D, type WindowProduct } from '../conv/index';
import { vizStrings } from '../strings/viz';

/** A single convolution the stepper can step through. */
export type StepOp = 'depthwise' | 'standard' | 'pointwise';

/** Which convolution the stepper shows on the same input: one op, or the separable block (depthwise then pointwise). */
export type StepMode = StepOp | 'separable';

/** The single-op modes, in switch order. */
export const stepModes: readonly StepOp[] = ['depthwise', 'standard', 'pointwise'];

/** Every mode, the separable block last. */
export const allStepModes: readonly StepMode[] = [...stepModes, 'separable'];

/** Whether the depth multiplier means anything in a mode: only where a depthwise convolution runs. */
export function usesDepthMultiplier(mode: StepMode): boolean {
  return mode === 'depthwise' || mode === 'separable';
}

/** Friendly stepper options: sizes in pixels; defaults 6×6×3 input, 3×3 kernels, chMul 1, seed 1. */
export interface StepperOptions {
  mode: StepOp;
  inHeight?: number;
  inWidth?: number;
  inChannels?: number;
  /** Side of the square depthwise/standard kernel (pointwise is always 1×1). */
  kernelSize?: number;
  /** Depth multiplier: each input channel gives chMul outputs (depthwise); the other modes keep inChannels · chMul filters so outputs line up. */
  chMul?: number;
  /** Filters of a standard or pointwise op (default inChannels · chMul, so outputs line up with depthwise). */
  outChannels?: number;
  seed?: number;
  /** The input to step over instead of the seeded one (the separable block's pointwise stage reads the depthwise output). */
  input?: Tensor4D;
}

/** One step: the output value [outRow, outCol, outChannel] and every product that adds up to it. */
export interface Step {
  outRow: number;
  outCol: number;
  outChannel: number;
  products: WindowProduct[];
  /** Sum of the products in float64, as shown. */
  sum: number;
}

/** Everything the stepper draws: input [1, inHeight, inWidth, inChannels], filter (TF.js layout), reference output and the steps. */
export interface StepperModel {
  mode: StepOp;
  chMul: number;
  input: Tensor4D;
  filter: Tensor4D;
  output: Tensor4D;
  steps: Step[];
}

/** Seeded values on a readable grid: input integers 0…4; weights multiples of 0.25 in [-1, 1]. */
function readableTensor(shape: [number, number, number, number], seed: number, kind: 'input' | 'weight'): Tensor4D {
  const random = mulberry32(seed);
  const size = shape.reduce((a, b) => a * b, 1);
  const values = Array.from({ length: size }, () => (kind === 'input' ? Math.floor(random() * 5) : Math.floor(random() * 9) / 4 - 1));
  return tensor4d(shape, values);
}

/** The stepper's input, filter and reference output for one mode; throws `invalid ${name}` on bad sizes. */
export function stepperModel(options: StepperOptions): StepperModel {
  const { mode, kernelSize = 3, chMul = 1, seed = 1 } = options;
  const [, inHeight = 6, inWidth = inHeight, inChannels = 3] = options.input?.shape ?? [1, options.inHeight, options.inWidth, options.inChannels];
  const filterCount = options.outChannels ?? inChannels * chMul;
  if (!stepModes.includes(mode)) throw new Error(`invalid mode: ${String(mode)}`);
  for (const [name, value] of Object.entries({ inHeight, inWidth, inChannels, kernelSize, chMul, outChannels: filterCount })) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`invalid ${name}: ${value}`);
  }
  const input = options.input ?? readableTensor([1, inHeight, inWidth, inChannels], seed, 'input');
  const side = mode === 'pointwise' ? 1 : kernelSize;
  const filterOut = mode === 'depthwise' ? chMul : filterCount;
  const filter = readableTensor([side, side, inChannels, filterOut], seed + 1, 'weight');
  const reference = { depthwise: depthwiseConv2d, standard: conv2d, pointwise: pointwiseConv2d }[mode];
  const output = reference({ input, filter, pad: 'valid' });
  const [, outHeight, outWidth, outChannels] = output.shape;
  const steps: Step[] = [];
  for (let outRow = 0; outRow < outHeight; outRow++) {
    for (let outCol = 0; outCol < outWidth; outCol++) {
      for (let outChannel = 0; outChannel < outChannels; outChannel++) {
        const products = windowProducts({ kind: mode, input, filter, pad: 'valid', outRow, outCol, outChannel });
        steps.push({ outRow, outCol, outChannel, products, sum: products.reduce((total, p) => total + p.product, 0) });
      }
    }
  }
  return { mode, chMul, input, filter, output, steps };
}

/** The reference output value a step explains. */
export function referenceValue(model: StepperModel, step: Step): number {
  return getValue(model.output, [0, step.outRow, step.outCol, step.outChannel]);
}

/** A number as the stepper prints it: at most 2 decimals, no trailing zeros, never "-0". */
export function formatStepNumber(value: number): string {
  const rounded = Number(value.toFixed(2));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** The live-region sentence for a step, e.g. "Output (2, 3), channel 1: sum of 9 products = 1.25". */
export function stepAnnouncement(step: Step): string {
  return vizStrings.stepAnnouncement({
    outRow: step.outRow, outCol: step.outCol, outChannel: step.outChannel,
    count: step.products.length, sum: formatStepNumber(step.sum),
  });
}

/** The products of a step that read input channel `inChannel` (empty when that channel does not feed the output). */
export function productsOfChannel(step: Step, inChannel: number): WindowProduct[] {
  return step.products.filter((product) => product.inChannel === inChannel);
}

/** The step index reached from `index` by a key press (arrows, Home, End, PageUp/PageDown by one output row), or null for other keys. */
export function stepForKey(key: string, index: number, count: number, stepsPerRow = 1): number | null {
  const clamp = (value: number) => Math.min(count - 1, Math.max(0, value));
  switch (key) {
    case 'ArrowRight': case 'ArrowDown': return clamp(index + 1);
    case 'ArrowLeft': case 'ArrowUp': return clamp(index - 1);
    case 'Home': return 0;
    case 'End': return count - 1;
    case 'PageDown': return clamp(index + stepsPerRow);
    case 'PageUp': return clamp(index - stepsPerRow);
    default: return null;
  }
}

/** What the quizzes say: the block's labels, how to type an answer, the verdicts and the explanations of known mistakes. */
import { formatNumber, plural } from './units';

const AXES = ['batch', 'height', 'width', 'channels'];

export const quizStrings = {
  // The quiz block
  quizHeading: 'Predict, then check',
  yourAnswer: 'Your answer',
  check: 'Check',
  countAgain: 'Count again, one factor at a time.',
  showAnswer: 'Show the answer',
  answerIs: (answer: string) => `The answer is ${answer}.`,
  shapeHint: 'A shape, e.g. [1, 28, 28, 3]',
  countHint: 'A whole number, e.g. 8,768',
  // Known mistakes, each with its kind explanation (chosen by src/lib/quiz/questions.ts from the formulas)
  countedBias: (bias: number) => `You counted a bias, but this layer has use_bias=False (useBias: false): drop the ${plural(bias, { one: '# bias value', other: '# bias values' })}.`,
  forgotBias: (bias: number) => `You left out the bias: this layer has use_bias=True, one bias per output channel, ${bias} in all.`,
  standardInsteadOfDepthwise: 'That is the count for a standard convolution, whose filters read every input channel. A depthwise filter reads one channel only.',
  forgotChMul: (chMul: number) => `You left out the depth multiplier: each input channel gets ${chMul} filters, not one.`,
  forgotInChannels: 'A standard filter spans every input channel, so multiply by the number of input channels too.',
  onlyDepthwise: 'That is only the depthwise half of the block; add the 1×1 pointwise weights.',
  onlyPointwise: 'That is only the pointwise half of the block; add the depthwise weights.',
  standardInsteadOfSeparable: 'That is what a standard convolution with the same kernel and channels would need — the block is built to avoid it.',
  kernelInPointwise: (k: number) => `A pointwise convolution has a 1×1 kernel, so there is no ${k}·${k} factor.`,
  channelsUnchanged: (chMul: number) => `The channel count is C_in × depth multiplier: with a multiplier of ${chMul} the channels grow.`,
  channelsMultiplied: 'The channel count is C_in × depth multiplier, and the multiplier here is 1, so the channels stay as they were.',
  channelsFromInput: 'The output has one channel per filter (C_out), not the input\'s channel count.',
  paddingSwapped: (pad: string) => `That is the output with padding '${pad}'. Check which padding this layer uses.`,
  strideIgnored: (stride: number) => `The stride is ${stride}: the window jumps ${stride} pixels at a time, so height and width shrink by about ${stride}×.`,
  perPixelOnly: (pixels: number) => `That is the count for one output pixel; the layer repeats it at all ${formatNumber(pixels)} output pixels.`,
  countedFlops: 'That counts a multiply and an add separately (FLOPs); a multiply-add is one operation here.',
  inputPixels: (outHeight: number, outWidth: number) => `You counted input pixels; the work is done once per output pixel, and the output is ${outHeight}×${outWidth}.`,
  // Reading an answer (src/lib/quiz/parse.ts)
  typeShape: (example: string) => `Type a shape, for example ${example}.`,
  shapeNotWhole: (part: string, example: string) => `“${part}” is not a whole number. Write the shape as numbers, for example ${example}.`,
  shapeBelowOne: (part: string) => `Every size in a shape is at least 1, but you wrote ${part}.`,
  typeCount: 'Type a whole number, for example 8,768.',
  countNegative: 'A count cannot be negative.',
  countNotWhole: (text: string) => `“${text}” is not a whole number. Write digits only, with commas between thousands if you like (8,768).`,
  countTooLarge: (text: string) => `${text} is too large to check.`,
  // Verdicts (src/lib/quiz/verdict.ts)
  right: (explanation: string) => `Right. ${explanation}`.trim(),
  wrong: (why: string) => `Not quite. ${why} Try again.`,
  wrongRank: (rank: number, given: number) => `A ${rank === 4 ? '[batch, height, width, channels]' : `${rank}-number`} shape has ${rank} numbers; you wrote ${given}.`,
  wrongAxes: (axes: readonly number[]) => `Look again at the ${axes.map((axis) => AXES[axis] ?? `axis ${axis}`).join(' and ')}.`,
  timesTooMany: (factor: number) => `That is ${factor} times too many.`,
  timesTooFew: (factor: number) => `That is ${factor} times too few.`,
  // Explanations of the right answer (src/lib/quiz/questions.ts)
  parameterFormula: (products: string, weights: number, bias: number, total: number) =>
    `${products} = ${formatNumber(weights)}${bias > 0 ? ` weights + ${formatNumber(bias)} bias = ${formatNumber(total)}` : ' weights, no bias'}.`,
  shapeExplanation: (o: { height: number; width: number; channels: number; batch: number; depthwise?: { inChannels: number; chMul: number } }) =>
    `Height ${o.height} and width ${o.width} come from the kernel, stride, dilation and padding; the ${o.channels} channels from ${
      o.depthwise ? `C_in × depth multiplier = ${o.depthwise.inChannels} × ${o.depthwise.chMul}` : 'the number of filters'}. Batch ${o.batch} passes through.`,
  multiplyAddExplanation: (outHeight: number, outWidth: number, perPixel: number, total: number) =>
    `${outHeight}·${outWidth} output pixels × ${formatNumber(perPixel)} multiply-adds per pixel = ${formatNumber(total)}.`,
} as const;

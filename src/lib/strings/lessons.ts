/** UI strings of the lesson blocks: quizzes, the shape widget and the cost calculator. */
export const lessonStrings = {
  // Quiz
  quizHeading: 'Predict, then check',
  yourAnswer: 'Your answer',
  check: 'Check',
  showAnswer: 'Show the answer',
  answerIs: (answer: string) => `The answer is ${answer}.`,
  shapeHint: 'A shape, e.g. [1, 28, 28, 3]',
  countHint: 'A whole number, e.g. 8,768',
  // Quiz explanations (kind, specific, computed from the formulas by src/lib/quiz/questions.ts)
  countedBias: (bias: number) => `You counted a bias, but this layer has use_bias=False (useBias: false): drop the ${bias} bias value${bias === 1 ? '' : 's'}.`,
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
  channelsFromPadding: 'Padding and stride change height and width only; they never change the channel count.',
} as const;

// Learning objectives of each lesson: what a student can do after it, shown on the lesson and on /teach/.

/** Objectives by lesson id, each a sentence that completes "After this lesson you can …". */
const LEARNING_OBJECTIVES: Readonly<Record<string, readonly string[]>> = {
  convolution: [
    'explain why every filter of a standard convolution reads every input channel',
    'count a standard convolution\'s parameters as k·k·C_in·C_out (+ C_out bias)',
    "compute an output's height and width for 'same' and 'valid' padding and any stride",
  ],
  depthwise: [
    'describe a depthwise convolution as one k×k filter per input channel, with no mixing across channels',
    'write a depthwise convolution with plain loops, stride, padding and depth multiplier included',
    'predict the output channels (C_in · depth multiplier) and say why padding and stride never change them',
  ],
  pointwise: [
    'explain why a depthwise layer needs a 1×1 convolution after it',
    'compute a pointwise convolution as a matrix product at every pixel',
    'tell which layer mixes space and which mixes channels',
  ],
  separable: [
    'assemble a depthwise-separable block from a depthwise and a pointwise convolution',
    'count the block\'s parameters and compare them with a standard convolution\'s',
    'recognise the block in MobileNet v1 and v2',
  ],
  cost: [
    'compute a layer\'s multiply-adds as output pixels × weights, stride and padding included',
    'derive the separable-to-standard cost ratio 1/N + 1/k²',
    'explain why fewer multiply-adds do not mean proportionally less time (bytes moved, arithmetic intensity)',
  ],
  effective: [
    'weigh the accuracy MobileNet v1 gave up against the multiply-adds it saved',
    'write the standard kernel a separable block is equivalent to, and say what constraint it carries',
    'say where a separable block does not pay off (accelerators, memory-bound layers)',
  ],
};

/** The objectives of a lesson; a lesson without any returns none. */
export function objectivesFor(lesson: string): readonly string[] {
  return LEARNING_OBJECTIVES[lesson] ?? [];
}

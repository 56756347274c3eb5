import { describe, expect, it } from 'vitest';
import { checkSealedAnswer, formatExpected, multiplyAddQuestion, parameterQuestion, sealQuestion, shapeQuestion, type QuizQuestion } from '../../../src/lib/quiz';
import { outputShape } from '../../../src/lib/conv';
import { multiplyAdds, parameterCount } from '../../../src/lib/cost';

const seedDepthwise = { kind: 'depthwise', kernelSize: 3, inChannels: 3, bias: false } as const;
/** The verdict a reader gets: the question sealed as a page ships it, then checked (src/lib/quiz/sealed.ts). */
const checkAnswer = (question: QuizQuestion, input: string) => checkSealedAnswer(sealQuestion(question, '/test/#q', 'key'), input);

describe('parameterQuestion', () => {
  it('expects the cost library\'s count for the seed\'s depthwise layer (3·3·3 = 27)', () => {
    const question = parameterQuestion(seedDepthwise);
    expect(question).toMatchObject({ kind: 'count', expected: parameterCount(seedDepthwise) });
    expect(question.expected).toBe(3 * 3 * 3);
    expect(question.explanation).toBe('3·3·3 = 27 weights, no bias.');
  });
  it('accepts the answer written with or without separators', () => {
    const question = parameterQuestion({ kind: 'separable', kernelSize: 3, inChannels: 64, outChannels: 128, bias: false });
    expect(checkAnswer(question, '8,768').status).toBe('right');
    expect(checkAnswer(question, '8768').status).toBe('right');
    expect(formatExpected(question)).toBe('8,768');
  });
  it('explains a counted bias on a layer without one', () => {
    const verdict = checkAnswer(parameterQuestion(seedDepthwise), String(27 + 3));
    expect(verdict.status).toBe('wrong');
    expect(verdict.message).toContain('use_bias=False');
    expect(verdict.message).toContain('drop the 3 bias values');
  });
  it('explains a forgotten bias on a layer with one (448 − 16)', () => {
    const spec = { kind: 'standard', kernelSize: 3, inChannels: 3, outChannels: 16, bias: true } as const;
    const verdict = checkAnswer(parameterQuestion(spec), String(parameterCount({ ...spec, bias: false })));
    expect(verdict.message).toContain('You left out the bias');
  });
  it('explains a standard count given for a depthwise layer', () => {
    const spec = { kind: 'depthwise', kernelSize: 3, inChannels: 8, chMul: 2, bias: false } as const;
    const standard = parameterCount({ kind: 'standard', kernelSize: 3, inChannels: 8, outChannels: 16, bias: false });
    expect(checkAnswer(parameterQuestion(spec), String(standard)).message).toContain('standard convolution');
    expect(checkAnswer(parameterQuestion(spec), String(3 * 3 * 8)).message).toContain('depth multiplier');
  });
  it('explains half a separable block', () => {
    const question = parameterQuestion({ kind: 'separable', kernelSize: 3, inChannels: 64, outChannels: 128, bias: false });
    expect(checkAnswer(question, '576').message).toContain('only the depthwise half');
    expect(checkAnswer(question, '8192').message).toContain('only the pointwise half');
    expect(checkAnswer(question, '73,728').message).toContain('standard convolution');
  });
  it('explains a 3×3 factor in a pointwise count (3 → 16)', () => {
    const question = parameterQuestion({ kind: 'pointwise', inChannels: 3, outChannels: 16, bias: false });
    expect(question.expected).toBe(48);
    expect(checkAnswer(question, String(9 * 48)).message).toContain('1×1 kernel');
  });
  it('falls back to a factor when the mistake is unknown, else asks to count again (the hashes cannot say more)', () => {
    const question = parameterQuestion(seedDepthwise);
    expect(checkAnswer(question, '54').message).toBe('Not quite. That is 2 times too many. Try again.');
    expect(checkAnswer(question, '20').message).toBe('Not quite. Count again, one factor at a time. Try again.');
  });
  it('says how to type an unreadable answer, without judging it', () => {
    expect(checkAnswer(parameterQuestion(seedDepthwise), 'lots')).toMatchObject({ status: 'unreadable' });
  });
  it('never lists the right answer as a mistake', () => {
    const question = parameterQuestion({ kind: 'pointwise', inChannels: 1, outChannels: 1, bias: false });
    expect(question.mistakes.every((mistake) => mistake.answer !== question.expected)).toBe(true);
  });
});

describe('shapeQuestion', () => {
  const seed = { kind: 'depthwise', inHeight: 28, inChannels: 3, kernelSize: 3, pad: 'same' } as const;
  it('expects outputShape and accepts every notation', () => {
    const question = shapeQuestion(seed);
    expect(question.expected).toEqual(outputShape(seed));
    for (const text of ['[1, 28, 28, 3]', '(1, 28, 28, 3)', '1×28×28×3']) expect(checkAnswer(question, text).status).toBe('right');
  });
  it('explains unchanged channels when the depth multiplier is 2', () => {
    const question = shapeQuestion({ ...seed, chMul: 2 });
    const verdict = checkAnswer(question, '[1, 28, 28, 3]');
    expect(verdict.message).toContain('C_in × depth multiplier');
  });
  it('explains swapped padding (valid gives 26)', () => {
    const verdict = checkAnswer(shapeQuestion(seed), '[1, 26, 26, 3]');
    expect(verdict.message).toContain("padding 'valid'");
  });
  it('explains an ignored stride', () => {
    const question = shapeQuestion({ ...seed, stride: 2 });
    expect(question.expected).toEqual([1, 14, 14, 3]);
    expect(checkAnswer(question, '[1, 28, 28, 3]').message).toContain('The stride is 2');
  });
  it('points at the wrong axis when the mistake is unknown', () => {
    expect(checkAnswer(shapeQuestion(seed), '[1, 28, 27, 3]').message).toBe('Not quite. Look again at the width. Try again.');
    expect(checkAnswer(shapeQuestion(seed), '[28, 28, 3]').message).toContain('has 4 numbers; you wrote 3');
  });
  it('explains a pointwise layer that keeps the input channels', () => {
    const question = shapeQuestion({ kind: 'pointwise', inHeight: 28, inChannels: 3, outChannels: 16, pad: 'same' });
    expect(checkAnswer(question, '[1, 28, 28, 3]').message).toContain('one channel per filter');
  });
});

describe('multiplyAddQuestion', () => {
  const workload = { kind: 'depthwise', inHeight: 56, inChannels: 32, kernelSize: 3, stride: 2, pad: 'same', bias: false } as const;
  it('expects multiplyAdds: 28·28 output pixels × 3·3·32', () => {
    const question = multiplyAddQuestion(workload);
    expect(question.expected).toBe(multiplyAdds(workload));
    expect(question.expected).toBe(28 * 28 * 9 * 32);
    expect(checkAnswer(question, (28 * 28 * 9 * 32).toLocaleString('en-US')).status).toBe('right');
  });
  it('explains a per-pixel count, a FLOP count and input pixels under stride 2', () => {
    const question = multiplyAddQuestion(workload);
    expect(checkAnswer(question, String(9 * 32)).message).toContain('one output pixel');
    expect(checkAnswer(question, String(2 * 28 * 28 * 9 * 32)).message).toContain('FLOPs');
    expect(checkAnswer(question, String(56 * 56 * 9 * 32)).message).toContain('output is 28×28');
  });
});

import { describe, expect, it } from 'vitest';
import { seal, unseal, resolveClassMode, classLink } from '../../../src/lib/class';
import { checkSealedAnswer, openReveal, parameterQuestion, sealQuestion, shapeQuestion } from '../../../src/lib/quiz';

const KEY = 'test-key';

describe('seal', () => {
  it('opens with its key only, and round-trips any text (UTF-8 included)', () => {
    const text = 'K[i, j, c, n] = D · P — 3×3';
    const sealed = seal(text, KEY);
    expect(sealed).not.toContain('3×3');
    expect(unseal(sealed, KEY)).toBe(text);
    expect(unseal(sealed, 'other-key')).toBeUndefined();
    expect(unseal('not base64 !!', KEY)).toBeUndefined();
  });
});

describe('sealed quiz questions', () => {
  const shape = shapeQuestion({ kind: 'depthwise', inHeight: 28, inChannels: 3, kernelSize: 3, pad: 'same', chMul: 2 });
  const count = parameterQuestion({ kind: 'pointwise', inChannels: 3, outChannels: 16, bias: false });
  const sealedShape = sealQuestion(shape, '/depthwise/#q1', KEY);
  const sealedCount = sealQuestion(count, '/pointwise/#q2', KEY);

  it('ship neither the answer nor the explanation in the clear', () => {
    const text = JSON.stringify([sealedShape, sealedCount]);
    expect(text).not.toContain(shape.explanation);
    expect(text).not.toContain(count.explanation);
    expect(text).not.toContain('[1, 28, 28, 6]');
    expect(text).not.toMatch(/"expected"/);
  });
  it('accept the right answer in any notation, with the explanation opened by it', () => {
    expect(checkSealedAnswer(sealedShape, '1×28×28×6')).toMatchObject({ status: 'right', message: `Right. ${shape.explanation}`, reveal: { answer: '[1, 28, 28, 6]' } });
    expect(checkSealedAnswer(sealedCount, '48')).toMatchObject({ status: 'right', message: `Right. ${count.explanation}` });
  });
  it('give every known mistake its own explanation, from its hash alone', () => {
    for (const mistake of [...shape.mistakes, ...count.mistakes]) {
      const sealed = shape.mistakes.includes(mistake) ? sealedShape : sealedCount;
      const input = typeof mistake.answer === 'number' ? String(mistake.answer) : mistake.answer.join(', ');
      expect(checkSealedAnswer(sealed, input).message).toBe(`Not quite. ${mistake.because} Try again.`);
    }
  });
  it('name the wrong axis of a shape, and a count k times off, from hashes alone', () => {
    expect(checkSealedAnswer(sealedShape, '[1, 27, 28, 6]').message).toBe('Not quite. Look again at the height. Try again.');
    expect(checkSealedAnswer(sealedCount, '144').message).toBe('Not quite. That is 3 times too many. Try again.');
    expect(checkSealedAnswer(sealedCount, '24').message).toBe('Not quite. That is 2 times too few. Try again.');
    expect(checkSealedAnswer(sealedCount, '47').message).toBe('Not quite. Count again, one factor at a time. Try again.');
  });
  it('explain unreadable input without checking it', () => {
    expect(checkSealedAnswer(sealedShape, 'twenty').status).toBe('unreadable');
  });
  it('open the "answer is" reveal with the class key only', () => {
    expect(openReveal(sealedShape, KEY)).toEqual({ answer: '[1, 28, 28, 6]', explanation: shape.explanation });
    expect(openReveal(sealedShape, 'student guess')).toBeUndefined();
  });
});

describe('class mode', () => {
  it('?class=student and ?class=teacher choose the mode and are remembered; ?class=off forgets', () => {
    expect(resolveClassMode('?class=student', null)).toEqual({ mode: 'student', remember: 'student' });
    expect(resolveClassMode('?class=teacher', 'student')).toEqual({ mode: 'teacher', remember: 'teacher' });
    expect(resolveClassMode('?class=off', 'student')).toEqual({ mode: 'open', remember: 'open' });
  });
  it('without the parameter the remembered mode holds; nothing or junk remembered is open', () => {
    expect(resolveClassMode('', 'student')).toEqual({ mode: 'student' });
    expect(resolveClassMode('?x=1', null)).toEqual({ mode: 'open' });
    expect(resolveClassMode('', 'admin')).toEqual({ mode: 'open' });
  });
  it('the resolver runs from its own source text, as the inline head script runs it', () => {
    const inlined = new Function(`return (${resolveClassMode.toString()})('?class=student', null);`)() as unknown;
    expect(inlined).toEqual({ mode: 'student', remember: 'student' });
  });
  it('class links carry the mode on any page', () => {
    expect(classLink('https://example.org', '/', 'student')).toBe('https://example.org/?class=student');
    expect(classLink('https://example.org', '/depthwise/', 'open')).toBe('https://example.org/depthwise/?class=off');
  });
});

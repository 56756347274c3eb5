import { describe, expect, it } from 'vitest';
import { formatShapeAnswer, parseCount, parseShape } from '../../../src/lib/quiz';

describe('parseShape', () => {
  it.each(['[1, 28, 28, 3]', '(1, 28, 28, 3)', '1×28×28×3', '1x28x28x3', ' 1 28 28 3 ', '[1,28,28,3]', '1 × 28 × 28 × 3'])(
    'reads %s as [1, 28, 28, 3]', (input) => {
      expect(parseShape(input)).toEqual({ ok: true, value: [1, 28, 28, 3] });
    });
  it('explains an empty answer with an example', () => {
    expect(parseShape('  ')).toEqual({ ok: false, message: 'Type a shape, for example [1, 28, 28, 3].' });
  });
  it('names the part that is not a whole number', () => {
    const result = parseShape('[1, 28.5, 28, 3]');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('“28.5” is not a whole number');
  });
  it('refuses a zero size', () => {
    const result = parseShape('[1, 0, 28, 3]');
    expect(!result.ok && result.message).toBe('Every size in a shape is at least 1, but you wrote 0.');
  });
  it('refuses None (a Keras batch placeholder) with a reason', () => {
    expect(parseShape('(None, 28, 28, 3)').ok).toBe(false);
  });
});

describe('parseCount', () => {
  it.each([['8,768', 8768], ['8768', 8768], ['8 768', 8768], ['8_768', 8768], ['73,728', 73728], ['1,234,567', 1234567], ['0', 0], ['27', 27]])(
    'reads %s as %d', (input, value) => {
      expect(parseCount(input)).toEqual({ ok: true, value });
    });
  it.each(['87,68', '8.768', '8,7680', '12a', '2.5'])('refuses %s as malformed', (input) => {
    const result = parseCount(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('is not a whole number');
  });
  it('refuses a negative count', () => {
    expect(parseCount('-27')).toEqual({ ok: false, message: 'A count cannot be negative.' });
  });
  it('refuses an empty answer with an example', () => {
    expect(parseCount('')).toEqual({ ok: false, message: 'Type a whole number, for example 8,768.' });
  });
});

describe('formatShapeAnswer', () => {
  it('writes [1, 28, 28, 3]', () => {
    expect(formatShapeAnswer([1, 28, 28, 3])).toBe('[1, 28, 28, 3]');
  });
});

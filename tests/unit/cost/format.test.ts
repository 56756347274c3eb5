import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatRatio } from '../../../src/lib/cost';

describe('formatting for prose (en-US)', () => {
  it.each([
    [27, '27'], [8768, '8,768'], [73728, '73,728'], [4866000000, '4,866,000,000'], [0, '0'], [-1200, '-1,200'],
  ])('formatCount(%i) is %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });

  it('formatCount refuses a non-integer', () => {
    expect(() => formatCount(1.5)).toThrow('invalid count: 1.5');
  });

  it('formatRatio(73728 / 8768) is "8.4×" and formatRatio(2, 2) is "2.00×"', () => {
    expect(formatRatio(73728 / 8768)).toBe('8.4×');
    expect(formatRatio(2, 2)).toBe('2.00×');
    expect(formatRatio(1234.56)).toBe('1,234.6×');
  });

  it('formatDecimal(2.25) is "2.25", formatDecimal(1 / 3, 3) is "0.333"', () => {
    expect(formatDecimal(2.25)).toBe('2.25');
    expect(formatDecimal(1 / 3, 3)).toBe('0.333');
    expect(() => formatDecimal(Number.POSITIVE_INFINITY)).toThrow('invalid value: Infinity');
    expect(() => formatDecimal(1, -1)).toThrow('invalid fractionDigits: -1');
  });
});

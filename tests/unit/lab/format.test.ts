import { describe, expect, it } from 'vitest';
import { formatCount, formatDiff, formatMs, formatPercent, formatRate } from '../../../src/lib/lab';

describe('table number formats', () => {
  it('milliseconds keep 3 significant figures, whole numbers from 1000 ms', () => {
    expect(formatMs(0.012345)).toBe('0.0123');
    expect(formatMs(4.5678)).toBe('4.57');
    expect(formatMs(123.45)).toBe('123');
    expect(formatMs(1234.5)).toBe('1235');
    expect(formatMs(0)).toBe('0');
    expect(formatMs(Number.NaN)).toBe('–');
  });

  it('rates keep 3 significant figures', () => {
    expect(formatRate(12.345)).toBe('12.3');
    expect(formatRate(0.0004567)).toBe('0.000457');
  });

  it('CV as a percentage, differences in exponent notation, counts with separators', () => {
    expect(formatPercent(0.0321)).toBe('3.2 %');
    expect(formatDiff(2.44e-7)).toBe('2.4e-7');
    expect(formatDiff(0)).toBe('0');
    expect(formatDiff(Infinity)).toBe('∞');
    expect(formatCount(75497472)).toBe('75,497,472');
  });
});

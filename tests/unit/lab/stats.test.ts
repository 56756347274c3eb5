import { describe, expect, it } from 'vitest';
import { coefficientOfVariation, mean, median, percentile, summarize } from '../../../src/lib/lab';

const oneToTen = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6];

describe('statistics of timings', () => {
  it('median([3, 1, 2]) is 2 and median of 1..10 is 5.5', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median(oneToTen)).toBe(5.5);
  });

  it('percentiles interpolate between closest ranks: p10 of 1..10 is 1.9, p90 is 9.1', () => {
    // rank = p/100 · (n − 1): 0.9 → between 1 and 2; 8.1 → between 9 and 10.
    expect(percentile(oneToTen, 10)).toBeCloseTo(1.9, 12);
    expect(percentile(oneToTen, 90)).toBeCloseTo(9.1, 12);
    expect(percentile(oneToTen, 0)).toBe(1);
    expect(percentile(oneToTen, 100)).toBe(10);
  });

  it('CV of 2, 4, 4, 4, 5, 5, 7, 9 is √(32/7) / 5', () => {
    // mean 5, squared deviations sum to 32, sample variance 32/7.
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7) / 5, 12);
  });

  it('CV of one sample or of identical samples is 0', () => {
    expect(coefficientOfVariation([4])).toBe(0);
    expect(coefficientOfVariation([3, 3, 3])).toBe(0);
  });

  it('summarize gathers count, median, p10, p90, min, max, mean and CV', () => {
    const summary = summarize(oneToTen);
    expect(summary).toMatchObject({ count: 10, median: 5.5, min: 1, max: 10, mean: 5.5 });
    expect(summary.p10).toBeCloseTo(1.9, 12);
    expect(summary.p90).toBeCloseTo(9.1, 12);
    expect(summary.cv).toBeCloseTo(Math.sqrt(82.5 / 9) / 5.5, 12);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses empty input, non-finite timings and percentiles outside 0..100 by name', () => {
    expect(() => median([])).toThrow('invalid samples: empty');
    expect(() => summarize([1, Number.NaN])).toThrow('invalid samples[1]: NaN');
    expect(() => percentile([1], 101)).toThrow('invalid percentile: 101');
  });
});

import { describe, expect, it } from 'vitest';
import { trailingMean } from '../../../src/lib/train/moving-average';

describe('trailingMean', () => {
  it('averages each value with up to window − 1 values before it', () => {
    expect(trailingMean([2, 4, 6, 8, 10], 3)).toEqual([2, 3, 4, 6, 8]);
    expect(trailingMean([], 3)).toEqual([]);
    expect(trailingMean([5, 7], 1)).toEqual([5, 7]);
  });
  it('does not restart where an epoch would (a run of 1s then 0s slides smoothly)', () => {
    const means = trailingMean([1, 1, 1, 1, 0, 0, 0, 0], 4);
    expect(means).toEqual([1, 1, 1, 1, 0.75, 0.5, 0.25, 0]);
  });
  it('refuses a window that is not a whole number ≥ 1', () => {
    expect(() => trailingMean([1], 0)).toThrow('invalid window: 0 (a whole number ≥ 1)');
  });
});

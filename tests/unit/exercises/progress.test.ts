import { describe, expect, it } from 'vitest';
import { markSolved, parseProgress, solvedCount } from '../../../src/lib/exercises';

describe('exercise progress', () => {
  it('round-trips through JSON and counts the solved ids of a lesson', () => {
    const progress = markSolved(markSolved(parseProgress(null), 'dw-loops', 5), 'pw-as-matmul', 7);
    const again = parseProgress(JSON.stringify(progress));
    expect(again.solved).toEqual({ 'dw-loops': 5, 'pw-as-matmul': 7 });
    expect(solvedCount(again, ['dw-loops', 'dw-pick-multiplier'])).toBe(1);
  });
  it('keeps the first time an exercise passed', () => {
    const progress = markSolved(markSolved(parseProgress(null), 'dw-loops', 5), 'dw-loops', 9);
    expect(progress.solved['dw-loops']).toBe(5);
  });
  it.each(['{', '[]', '{"solved": [1]}', '{"solved": {"BAD ID": 1, "ok-id": "x"}}'])('an unreadable record %s is no progress, not an error', (text) => {
    expect(parseProgress(text)).toEqual({ solved: {} });
  });
});

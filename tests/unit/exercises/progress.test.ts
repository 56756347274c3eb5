import { describe, expect, it } from 'vitest';
import { exerciseStatus, markSolutionShown, markSolved, parseProgress, progressCounts, solvedCount } from '../../../src/lib/exercises';

const none = parseProgress(null);

describe('exercise progress', () => {
  it('round-trips through JSON and counts the solved ids of a lesson', () => {
    const progress = markSolved(markSolved(none, 'dw-loops', 5), 'pw-as-matmul', 7);
    const again = parseProgress(JSON.stringify(progress));
    expect(again.solved).toEqual({ 'dw-loops': 5, 'pw-as-matmul': 7 });
    expect(solvedCount(again, ['dw-loops', 'dw-pick-multiplier'])).toBe(1);
  });
  it('keeps the first time an exercise passed', () => {
    const progress = markSolved(markSolved(none, 'dw-loops', 5), 'dw-loops', 9);
    expect(progress.solved['dw-loops']).toBe(5);
  });
  it.each(['{', '[]', '{"solved": [1]}', '{"solved": {"BAD ID": 1, "ok-id": "x"}}'])('an unreadable record %s is no progress, not an error', (text) => {
    expect(parseProgress(text)).toEqual({ solved: {}, shown: {}, assisted: {} });
  });
  it('an older record (solved only) reads as it was', () => {
    expect(exerciseStatus(parseProgress('{"solved":{"dw-loops":5}}'), 'dw-loops')).toBe('solved');
  });
});

describe('solved with the solution shown', () => {
  it('Show solution, then Check: solved with the solution shown, not solved, and counted apart', () => {
    const progress = markSolved(markSolutionShown(none, 'dw-loops', 5), 'dw-loops', 6);
    expect(exerciseStatus(progress, 'dw-loops')).toBe('solved-with-solution');
    expect(progressCounts(progress, ['dw-loops', 'dw-pick-multiplier'])).toEqual({ solved: 0, withSolution: 1 });
    expect(solvedCount(progress, ['dw-loops'])).toBe(0);
    expect(exerciseStatus(parseProgress(JSON.stringify(progress)), 'dw-loops')).toBe('solved-with-solution');
  });
  it('solved unaided first, the solution shown later: still solved unaided', () => {
    const progress = markSolutionShown(markSolved(none, 'dw-loops', 5), 'dw-loops', 6);
    expect(exerciseStatus(markSolved(progress, 'dw-loops', 7), 'dw-loops')).toBe('solved');
  });
  it('the solution shown, then the student\'s own code passing: still with the solution shown (it was in view)', () => {
    const progress = markSolved(markSolutionShown(none, 'conv-output-size', 1), 'conv-output-size', 2);
    expect(exerciseStatus(markSolved(progress, 'conv-output-size', 3), 'conv-output-size')).toBe('solved-with-solution');
    expect(exerciseStatus(markSolutionShown(none, 'conv-output-size', 1), 'conv-output-size')).toBe('unsolved');
  });
});

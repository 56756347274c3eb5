// The verdict sentence, one test per branch, and the "±" that always says what it is.
import { describe, expect, it } from 'vitest';
import { gapVerdict, seedSummary } from '../../../src/lib/stats';
import { experimentStrings, formatPoints } from '../../../src/lib/strings/experiment';

const scope = { seeds: 5, trainCount: 7000, epochs: 15 };

describe('experimentStrings.verdict', () => {
  it('lower: "lower … by X points (95 % interval a to b)", with what it holds for', () => {
    const verdict = gapVerdict({ gap: -0.011, low: -0.019, high: -0.003, level: 0.95 }, scope);
    expect(experimentStrings.verdict(verdict, 'separable', 'standard')).toBe(
      'The depthwise-separable CNN is lower in test accuracy than the standard CNN by 1.1 points (95 % interval 0.3 to 1.9) — for these nets, 7,000 training digits, 15 epochs, 5 seeds.');
  });

  it('higher: "higher … by X points (95 % interval a to b)"', () => {
    const verdict = gapVerdict({ gap: 0.006, low: 0.002, high: 0.010, level: 0.95 }, { ...scope, epochs: 1 });
    expect(experimentStrings.verdict(verdict, 'separable', 'thin')).toBe(
      'The depthwise-separable CNN is higher in test accuracy than the thin standard CNN by 0.6 points (95 % interval 0.2 to 1.0) — for these nets, 7,000 training digits, 1 epoch, 5 seeds.');
  });

  it('not detectable: says the interval includes 0, with the gap\'s sign', () => {
    const verdict = gapVerdict({ gap: -0.003, low: -0.012, high: 0.006, level: 0.95 }, scope);
    expect(experimentStrings.verdict(verdict, 'separable', 'thin')).toBe(
      'Between the depthwise-separable CNN and the thin standard CNN, no difference in test accuracy this experiment can detect: the gap is −0.3 points and its 95 % interval, −1.2 to 0.6, includes 0 — for these nets, 7,000 training digits, 15 epochs, 5 seeds.');
  });
});

describe('formatPoints and accuracyWithSd', () => {
  it('one decimal with a real minus; two when one decimal would print a non-zero as 0.0', () => {
    expect([-1.234, 1.25, 0.03, -0.04, 0].map(formatPoints)).toEqual(['−1.2', '1.3', '0.03', '−0.04', '0.0']);
  });

  it('every ± says it is the SD over seeds; one seed has none', () => {
    expect(experimentStrings.accuracyWithSd(seedSummary([0.94, 0.95, 0.96]))).toBe('95.0 % ± 1.0 (SD over 3 seeds)');
    expect(experimentStrings.accuracyWithSd(seedSummary([0.94]))).toBe('94.0 % (one seed: no SD)');
  });
});

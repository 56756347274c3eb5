// Why fewer multiply-adds do not give proportionally less time, computed from two profiled steps: the ratios,
// the convolutions against everything else, and the parts most out of proportion.
import { describe, expect, it } from 'vitest';
import { networkCostOf, networkLayers } from '../../../src/lib/train/networks';
import { compareSteps } from '../../../src/lib/train/step-reading';
import type { StepPart, StepProfile, StepProfileRow } from '../../../src/lib/train/step-profile';
import { trainProfileStrings } from '../../../src/lib/strings/train-profile';

const row = (part: StepPart, totalMs: number, stepMs: number, multiplyAddShare: number | null): StepProfileRow => ({
  part, ms: { forward: totalMs / 2, backward: totalMs / 2, update: 0, other: 0 }, totalMs, timeShare: totalMs / stepMs, multiplyAddShare, kernelCalls: 1,
});
const step = (stepMs: number, rows: StepProfileRow[]): StepProfile => ({ kernelClock: 'wall', rows, stepMs, kernelMs: stepMs * 0.8, kernelCalls: rows.length, topLevelCalls: rows.length });

const standard = step(300, [row('standard', 200, 300, 0.99), row('batchNorm', 60, 300, 0), row('update', 10, 300, null), row('overhead', 30, 300, null)]);
const separable = step(250, [
  row('standard', 5, 250, 0.06), row('depthwise', 30, 250, 0.14), row('pointwise', 15, 250, 0.79),
  row('batchNorm', 120, 250, 0), row('update', 20, 250, null), row('overhead', 60, 250, null),
]);

describe('compareSteps', () => {
  const [comparison] = compareSteps([{ network: 'standard', profile: standard }, { network: 'separable', profile: separable }]);

  it('sets the measured step ratio beside the multiply-add ratio of the two /train/ nets (7.3× fewer)', () => {
    expect(comparison).toMatchObject({ network: 'separable', baseline: 'standard', stepRatio: 300 / 250, stepMs: { baseline: 300, network: 250 } });
    expect(comparison!.multiplyAddRatio).toBe(networkCostOf('standard').multiplyAdds / networkCostOf('separable').multiplyAdds);
    expect(comparison!.multiplyAddRatio.toFixed(1)).toBe('7.3');
  });

  it('splits each step into its convolutions and everything else, and counts the layers', () => {
    expect(comparison!.convolutionMs).toEqual({ baseline: 200, network: 50 });
    expect(comparison!.otherMs).toEqual({ baseline: 100, network: 200 });
    expect(comparison!.layers).toEqual({ baseline: networkLayers('standard').length, network: networkLayers('separable').length });
    expect(comparison!.layers.network).toBeGreaterThan(comparison!.layers.baseline);
  });

  it('names the parts most out of proportion both ways: batch norm and bookkeeping take time for no multiply-adds, pointwise the reverse', () => {
    expect(comparison!.overweight.map((part) => part.part)).toEqual(['batchNorm', 'overhead', 'update']);
    expect(comparison!.underweight.map((part) => part.part)).toEqual(['pointwise', 'standard']);
  });

  it('compares nothing without the baseline', () => {
    expect(compareSteps([{ network: 'separable', profile: separable }])).toEqual([]);
  });

  it('reads in plain words: promise against measurement', () => {
    expect(trainProfileStrings.readingPromise({ network: 'separable net', baseline: 'standard net', multiplyAddRatio: 7.31, stepRatio: 1.2, networkMs: 250, baselineMs: 300 }))
      .toBe('The separable net needs 7.3× fewer multiply-adds than the standard net, but its training step took 250 ms against 300 ms: 1.2× faster, not 7.3×.');
    expect(trainProfileStrings.readingPromise({ network: 'separable net', baseline: 'standard net', multiplyAddRatio: 7.31, stepRatio: 0.8, networkMs: 375, baselineMs: 300 }))
      .toContain('1.3× slower, not 7.3×');
  });
});

import { describe, expect, it } from 'vitest';
import { backendSummaries, isNoisy, layerLabel, NOISY_CV, opLayerLabel, PRESETS, type LayerShape } from '../../../src/lib/lab';
import { labStrings } from '../../../src/lib/strings/lab';
import { makeRun } from './make-run';

const quick = PRESETS.quick.layers as [LayerShape, LayerShape];

describe('opLayerLabel', () => {
  it('labels the pointwise op by its own input and a 1×1 kernel: "32×32×16 → 32, 1×1"', () => {
    expect(opLayerLabel('pointwise', quick[0])).toBe('32×32×16 → 32, 1×1');
    // Stride 2 with a 5×5 kernel: the pointwise op reads the 8×8 depthwise output.
    expect(opLayerLabel('pointwise', quick[1])).toBe('8×8×32 → 64, 1×1');
  });
  it('keeps the layer label for the spatial ops', () => {
    for (const kind of ['standard', 'depthwise', 'separable', 'separableFused'] as const) expect(opLayerLabel(kind, quick[0])).toBe(layerLabel(quick[0]));
  });
});

describe('isNoisy', () => {
  it(`flags a CV above ${NOISY_CV * 100} % and not one at or below it`, () => {
    const summary = { count: 5, median: 1, p10: 1, p90: 1, min: 1, max: 1, mean: 1 };
    expect(isNoisy({ summary: { ...summary, cv: 0.96 } })).toBe(true);
    expect(isNoisy({ summary: { ...summary, cv: NOISY_CV } })).toBe(false);
  });
});

describe('backendSummaries', () => {
  it('gives each backend one clause per layer with the measured speed-up and the MAC ratio, and says so in words', () => {
    const run = makeRun();
    const summaries = backendSummaries(run);
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) {
      for (const clause of summary.clauses) {
        const standard = run.results.find((r) => r.backend === summary.backend && r.kind === 'standard' && layerLabel(r.layer) === clause.layer)!;
        const separable = run.results.find((r) => r.backend === summary.backend && r.kind === 'separable' && layerLabel(r.layer) === clause.layer)!;
        expect(clause.speedup).toBeCloseTo(standard.summary.median / separable.summary.median, 12);
      }
    }
    expect(labStrings.summaryClause({ layer: 'L', speedup: 2.5, macRatio: 7.04 })).toBe('on L, separable ran 2.5× faster than standard for 7.0× fewer multiply-adds');
    expect(labStrings.summaryClause({ layer: 'L', speedup: 0.5, macRatio: 12.4 })).toBe('on L, separable ran 2.0× slower than standard for 12× fewer multiply-adds');
  });
});

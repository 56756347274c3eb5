// The statistics read off a results file: the numpy/scipy example (tests/fixtures/stats) as a format-2 file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRAIN_CONFIGS } from '../../../src/lib/train/config';
import { compareNets, netSummary } from '../../../src/lib/train/experiment-stats';
import type { ExperimentResults, ExperimentRun } from '../../../src/lib/train/experiment-format';
import { experimentStrings } from '../../../src/lib/strings/experiment';

const fixture = JSON.parse(readFileSync('tests/fixtures/stats/paired-gap.json', 'utf8')) as {
  labels: string; runs: { seed: number; first: string; second: string }[];
  expected: { gap: number; low: number; high: number; firstAccuracies: number[]; firstSd: number };
};
const { seed: _seed, ...full } = TRAIN_CONFIGS.full;
const run = (network: ExperimentRun['network'], seed: number, predictions: string, testAccuracy: number): ExperimentRun => ({
  configuration: 'full', network, seed, epochs: [], testAccuracy, testPredictions: predictions, msPerBatch: 1, wallSeconds: 1,
});
const file: Pick<ExperimentResults, 'runs' | 'testLabels' | 'configurations'> = {
  testLabels: fixture.labels,
  configurations: { full },
  runs: [
    ...fixture.runs.map((entry, index) => run('separable', entry.seed, entry.first, fixture.expected.firstAccuracies[index] ?? 0)),
    ...fixture.runs.map((entry) => run('standard', entry.seed, entry.second, 0)),
    // A seed only the standard net ran: left out of the pairs, and reported.
    run('standard', 9, fixture.runs[0]!.second, 0),
  ],
};

describe('compareNets and netSummary over a results file', () => {
  it('pairs runs by seed and gives the interval numpy/scipy computed (to the bootstrap\'s tolerance, 0.05 points)', () => {
    const comparison = compareNets(file, 'full', ['separable', 'standard']);
    expect(comparison.interval.seeds).toBe(5);
    expect(comparison.unpaired).toEqual([9]);
    expect(comparison.interval.gap).toBeCloseTo(fixture.expected.gap, 12);
    expect(comparison.interval.low).toBeCloseTo(fixture.expected.low, 3);
    expect(comparison.interval.high).toBeCloseTo(fixture.expected.high, 3);
    expect(comparison.verdict.kind).toBe('lower');
    expect(comparison.verdict.scope).toEqual({ seeds: 5, trainCount: full.trainCount, epochs: full.epochs });
    expect(experimentStrings.verdict(comparison.verdict, 'separable', 'standard')).toMatch(/^The depthwise-separable CNN is lower in test accuracy than the standard CNN by 1\.5 points \(95 % interval 0\.5 to 2\.4\) — for these nets, 7,000 training digits, \d+ epochs?, 5 seeds\.$/);
  });

  it('netSummary: the mean and SD of the stored test accuracies', () => {
    expect(netSummary(file, 'full', 'separable').sd).toBeCloseTo(fixture.expected.firstSd, 12);
    expect(() => netSummary(file, 'quick', 'thin')).toThrow('invalid results: no quick runs of thin');
  });

  it('refuses a configuration the file lacks, and fewer than 2 paired seeds', () => {
    expect(() => compareNets(file, 'class', ['separable', 'standard'])).toThrow('invalid results: no configuration "class"');
    expect(() => compareNets(file, 'full', ['separable', 'thin'])).toThrow('invalid runs: 0 seeds (an interval over seeds needs at least 2)');
  });
});

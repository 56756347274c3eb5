// The statistics of the training experiment, held against values computed independently: by hand,
// from printed t tables, and by numpy/scipy (tests/fixtures/stats/make-paired-gap.py → paired-gap.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accuracyOf, digitBootstrap, gapVerdict, pairedGap, satterthwaiteDf, seedSummary, tQuantile } from '../../../src/lib/stats';
import { decodeDigits } from '../../../src/lib/train/experiment-format';

interface Fixture {
  labels: string;
  runs: { seed: number; first: string; second: string }[];
  expected: Record<'gap' | 'seedVariance' | 'testVariance' | 'standardError' | 'df' | 'quantile' | 'low' | 'high' | 'firstSd', number> & Record<'seedGaps' | 'firstAccuracies', number[]>;
  tQuantiles: Record<string, number>;
}
const fixture = JSON.parse(readFileSync('tests/fixtures/stats/paired-gap.json', 'utf8')) as Fixture;
const labels = decodeDigits(fixture.labels);
const runs = fixture.runs.map((run) => ({ seed: run.seed, first: decodeDigits(run.first), second: decodeDigits(run.second) }));

// The bootstrap's Monte Carlo error: with 2,000 replicates the variance estimate's relative standard
// deviation is √(2 / 1,999) ≈ 3.2 %; 10 % is more than three of those. Bounds then move by at most ≈ 0.03 points.
const BOOTSTRAP_TOLERANCE = 0.1;

describe('tQuantile (@stdlib) against scipy.stats.t.ppf and printed tables', () => {
  it.each(Object.entries(fixture.tQuantiles))('t quantile %s (probability / df) matches scipy to 1e-9', (key, expected) => {
    const [probability, df] = key.split('/').map(Number) as [number, number];
    expect(tQuantile(probability, df)).toBeCloseTo(expected, 9);
  });

  it('the table values every statistics textbook prints: t(0.975; 4) = 2.776, t(0.975; 1) = 12.706, t(0.975; 29) = 2.045', () => {
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.776, 3);
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706, 3);
    expect(tQuantile(0.975, 29)).toBeCloseTo(2.045, 3);
  });

  it('refuses a probability outside (0, 1) and df ≤ 0 by name', () => {
    expect(() => tQuantile(1, 4)).toThrow('invalid probability: 1 (between 0 and 1)');
    expect(() => tQuantile(0.975, 0)).toThrow('invalid df: 0 (above 0)');
  });
});

describe('satterthwaiteDf', () => {
  it('by hand: variances 4 (df 4) and 1 (df 9) give 25 / (16/4 + 1/9) = 6.0811', () => {
    expect(satterthwaiteDf([{ variance: 4, df: 4 }, { variance: 1, df: 9 }])).toBeCloseTo(25 / (4 + 1 / 9), 12);
  });

  it('one component keeps its own df; a zero component drops out; none is an error', () => {
    expect(satterthwaiteDf([{ variance: 2, df: 4 }])).toBeCloseTo(4, 12);
    expect(satterthwaiteDf([{ variance: 2, df: 4 }, { variance: 0, df: 9 }])).toBeCloseTo(4, 12);
    expect(() => satterthwaiteDf([{ variance: 0, df: 4 }])).toThrow('invalid components: no variance above 0');
  });
});

describe('seedSummary and accuracyOf', () => {
  it('by hand: 94, 95, 96 % have mean 95 % and sample SD 1 point', () => {
    const summary = seedSummary([0.94, 0.95, 0.96]);
    expect(summary.mean).toBeCloseTo(0.95, 12);
    expect(summary.sd).toBeCloseTo(0.01, 12);
    expect(summary).toMatchObject({ seeds: 3, min: 0.94, max: 0.96 });
  });

  it('the fixture\'s first net: accuracies and SD as numpy computes them (ddof = 1)', () => {
    const accuracies = runs.map((run) => accuracyOf(run.first, labels));
    accuracies.forEach((accuracy, index) => expect(accuracy).toBeCloseTo(fixture.expected.firstAccuracies[index] ?? Number.NaN, 12));
    expect(seedSummary(accuracies).sd).toBeCloseTo(fixture.expected.firstSd, 12);
  });

  it('one seed has no SD; no seeds, a NaN and mismatched predictions are refused by name', () => {
    expect(seedSummary([0.9]).sd).toBeUndefined();
    expect(() => seedSummary([])).toThrow('invalid values: none');
    expect(() => seedSummary([0.9, Number.NaN])).toThrow('invalid value: NaN at seed 1');
    expect(() => accuracyOf([1, 2], [1])).toThrow('invalid predictions: 2 for 1 digits');
  });
});

describe('digitBootstrap: the paired bootstrap over test digits', () => {
  // By hand: eight digits where the nets agree (difference 0) and two where the first wins in one of two seeds (0.5).
  const perDigit = [0, 0, 0, 0, 0, 0, 0, 0.5, 0.5, 0];

  it('its variance is the plug-in variance over the digit count: (0.05 − 0.1²) / 10 = 0.004, within the Monte Carlo tolerance', () => {
    const { variance, means } = digitBootstrap(perDigit);
    expect(means).toHaveLength(2000);
    expect(Math.abs(variance / 0.004 - 1)).toBeLessThan(BOOTSTRAP_TOLERANCE);
  });

  it('is seeded: the same seed repeats every replicate, another seed does not', () => {
    expect(digitBootstrap(perDigit, { seed: 7 }).means).toEqual(digitBootstrap(perDigit, { seed: 7 }).means);
    expect(digitBootstrap(perDigit, { seed: 7 }).means).not.toEqual(digitBootstrap(perDigit, { seed: 8 }).means);
  });

  it('refuses no digits and fewer than 2 replicates by name', () => {
    expect(() => digitBootstrap([])).toThrow('invalid digits: none');
    expect(() => digitBootstrap(perDigit, { replicates: 1 })).toThrow('invalid replicates: 1');
  });
});

describe('pairedGap: t over seeds plus the bootstrap over the shared test digits', () => {
  it('by hand, 10 digits and 2 seeds: gaps 0.2 and 0 → mean 0.1, seed variance 0.02 / 2 = 0.01, test variance ≈ 0.004', () => {
    const truth = new Array(10).fill(0);
    const right = (count: number) => Array.from({ length: 10 }, (_, digit) => (digit < count ? 0 : 1));
    const interval = pairedGap(truth, [{ seed: 1, first: right(9), second: right(7) }, { seed: 2, first: right(8), second: right(8) }]);
    expect(interval.seedGaps.map((gap) => Number(gap.toFixed(12)))).toEqual([0.2, 0]);
    expect(interval.gap).toBeCloseTo(0.1, 12);
    expect(interval.seedVariance).toBeCloseTo(0.01, 12);
    expect(Math.abs(interval.testVariance / 0.004 - 1)).toBeLessThan(BOOTSTRAP_TOLERANCE);
  });

  it('the numpy/scipy example (5 seeds, 2,000 digits): gap −1.49 points, interval −2.44 to −0.54', () => {
    const interval = pairedGap(labels, runs);
    const { expected } = fixture;
    expect(interval.gap).toBeCloseTo(expected.gap, 12);
    interval.seedGaps.forEach((gap, index) => expect(gap).toBeCloseTo(expected.seedGaps[index] ?? Number.NaN, 12));
    expect(interval.seedVariance).toBeCloseTo(expected.seedVariance, 15);
    expect(Math.abs(interval.testVariance / expected.testVariance - 1)).toBeLessThan(BOOTSTRAP_TOLERANCE);
    expect(Math.abs(interval.standardError / expected.standardError - 1)).toBeLessThan(BOOTSTRAP_TOLERANCE / 2);
    expect(interval.df).toBeGreaterThan(expected.df * 0.8);
    expect(interval.df).toBeLessThan(expected.df * 1.2);
    expect(interval.low).toBeCloseTo(expected.low, 3);
    expect(interval.high).toBeCloseTo(expected.high, 3);
    expect(interval.quantile).toBeCloseTo(tQuantile(0.975, interval.df), 12);
  });

  it('wider than the t interval over seeds alone, which ignores the shared test set', () => {
    const interval = pairedGap(labels, runs);
    const seedsOnly = tQuantile(0.975, 4) * Math.sqrt(interval.seedVariance);
    expect(interval.high - interval.gap).toBeGreaterThan(seedsOnly * 0.9);
    expect(interval.standardError).toBeGreaterThan(Math.sqrt(interval.seedVariance));
  });

  it('identical nets: gap 0, an interval of width 0, seeds − 1 degrees of freedom', () => {
    const same = runs.map((run) => ({ ...run, second: run.first }));
    expect(pairedGap(labels, same)).toMatchObject({ gap: 0, low: 0, high: 0, df: 4 });
  });

  it('refuses one seed, predictions of the wrong length and a level outside (0, 1) by name', () => {
    expect(() => pairedGap(labels, runs.slice(0, 1))).toThrow('invalid runs: 1 seed (an interval over seeds needs at least 2)');
    expect(() => pairedGap(labels.slice(1), runs)).toThrow('invalid run: seed 1 has 2000 and 2000 predictions for 1999 digits');
    expect(() => pairedGap(labels, runs, { level: 95 })).toThrow('invalid level: 95 (between 0 and 1)');
  });
});

describe('gapVerdict: the branch comes from the interval', () => {
  const scope = { seeds: 5, trainCount: 7000, epochs: 15 };
  it('lower when the interval lies below 0, higher above, undetectable when it includes 0 (an end at 0 counts)', () => {
    expect(gapVerdict({ gap: -0.011, low: -0.019, high: -0.003, level: 0.95 }, scope).kind).toBe('lower');
    expect(gapVerdict({ gap: 0.011, low: 0.003, high: 0.019, level: 0.95 }, scope).kind).toBe('higher');
    expect(gapVerdict({ gap: -0.004, low: -0.012, high: 0.004, level: 0.95 }, scope).kind).toBe('undetectable');
    expect(gapVerdict({ gap: -0.004, low: -0.008, high: 0, level: 0.95 }, scope).kind).toBe('undetectable');
  });

  it('states the gap and ends in points, and the level in percent', () => {
    const verdict = gapVerdict({ gap: -0.011, low: -0.019, high: -0.003, level: 0.95 }, scope);
    expect(verdict.gapPoints).toBeCloseTo(-1.1, 12);
    expect(verdict.lowPoints).toBeCloseTo(-1.9, 12);
    expect(verdict.highPoints).toBeCloseTo(-0.3, 12);
    expect(verdict.levelPercent).toBe(95);
  });

  it('refuses an interval that does not hold its gap', () => {
    expect(() => gapVerdict({ gap: 0.02, low: -0.01, high: 0.01, level: 0.95 }, scope)).toThrow('invalid interval: -0.01 to 0.01 around 0.02');
  });
});

// The evidence read off runs: per-seed rows, curves over seeds, the same curves against seconds, and the same-time reading.
import { describe, expect, it } from 'vitest';
import { accuracyOverTime, levelMarginPoints, sameTimeReadings, seedRows, seedsOf, validationCurves, type EvidenceRun, type TimePoint } from '../../../src/lib/train/evidence';

const run = (network: EvidenceRun['network'], seed: number, testAccuracy: number, validation: number[]): EvidenceRun => ({
  network, seed, testAccuracy, epochs: validation.map((validationAccuracy, index) => ({ epoch: index + 1, validationAccuracy })),
});
const runs = [
  run('separable', 2, 0.95, [0.80, 0.90]),
  run('standard', 1, 0.97, [0.85, 0.95]),
  run('separable', 1, 0.93, [0.70, 0.88]),
  run('standard', 2, 0.96, [0.87, 0.93]),
  run('standard', 3, 0.98, [0.86, 0.94]),
];

describe('seedRows and seedsOf', () => {
  it('one row per net in the site\'s order (standard, separable, thin), runs in seed order, mean and SD over seeds', () => {
    const rows = seedRows(runs);
    expect(rows.map((row) => row.network)).toEqual(['standard', 'separable']);
    expect(rows[0]!.runs).toEqual([{ seed: 1, testAccuracy: 0.97 }, { seed: 2, testAccuracy: 0.96 }, { seed: 3, testAccuracy: 0.98 }]);
    // mean 0.97, deviations ±0.01 and 0: SD = √((1e-4 + 0 + 1e-4) / 2) = 0.01.
    expect(rows[0]!.summary.mean).toBeCloseTo(0.97, 12);
    expect(rows[0]!.summary.sd).toBeCloseTo(0.01, 12);
    expect(rows[1]!.summary.mean).toBeCloseTo(0.94, 12);
    expect(seedsOf(runs)).toEqual([1, 2, 3]);
  });
});

describe('validationCurves', () => {
  it('per net and epoch: the mean over seeds, the lowest and the highest seed', () => {
    const curves = validationCurves(runs);
    expect(curves.filter((point) => point.network === 'separable')).toEqual([
      { network: 'separable', epoch: 1, mean: expect.closeTo(0.75, 12), low: 0.70, high: 0.80, seeds: 2 },
      { network: 'separable', epoch: 2, mean: expect.closeTo(0.89, 12), low: 0.88, high: 0.90, seeds: 2 },
    ]);
    expect(curves.find((point) => point.network === 'standard' && point.epoch === 2)).toMatchObject({ mean: expect.closeTo(0.94, 12), low: 0.93, high: 0.95, seeds: 3 });
  });
});

describe('accuracyOverTime', () => {
  it('epoch e ends after e × ⌈trainCount / batchSize⌉ × ms per batch: 7,000 digits in batches of 64 are 110 batches', () => {
    const points = accuracyOverTime(validationCurves(runs), { trainCount: 7000, batchSize: 64 }, { standard: 400, separable: 300 });
    expect(points.find((point) => point.network === 'standard' && point.epoch === 2)!.seconds).toBeCloseTo((2 * 110 * 400) / 1000, 12);
    expect(points.find((point) => point.network === 'separable' && point.epoch === 1)).toMatchObject({ seconds: 33, accuracy: expect.closeTo(0.75, 12) });
  });

  it('refuses a net without a positive ms per batch, by name', () => {
    expect(() => accuracyOverTime(validationCurves(runs), { trainCount: 64, batchSize: 64 }, { standard: 400 })).toThrow('invalid msPerBatch: undefined for separable');
  });
});

describe('sameTimeReadings', () => {
  const time = (network: TimePoint['network'], seconds: number[], accuracies: number[]): TimePoint[] =>
    seconds.map((at, index) => ({ network, epoch: index + 1, seconds: at, accuracy: accuracies[index]! }));
  const points = [...time('thin', [10, 20, 30], [0.80, 0.86, 0.90]), ...time('standard', [25, 50, 75], [0.93, 0.96, 0.97]), ...time('separable', [15, 30, 45], [0.88, 0.92, 0.94])];

  it('reads every net each time one finishes (all but the last), counting only the epochs finished by then', () => {
    const readings = sameTimeReadings(points, 1.5);
    expect(readings.map((reading) => [reading.finished, reading.seconds])).toEqual([['thin', 30], ['separable', 45]]);
    expect(readings[0]!.standings).toEqual([
      { network: 'standard', epochs: 1, accuracy: 0.93 },
      { network: 'separable', epochs: 2, accuracy: 0.92 },
      { network: 'thin', epochs: 3, accuracy: 0.90 },
    ]);
    // At 30 s the standard net leads the separable one by 1 point: level under 1.5, a lead under 0.5.
    expect(readings[0]!.ahead).toBeUndefined();
    expect(readings[0]!.marginPoints).toBeCloseTo(1, 9);
    expect(sameTimeReadings(points, 0.5)[0]!.ahead).toBe('standard');
    // At 45 s: standard 0.93 (1 epoch), separable 0.94 (3), thin 0.90 (3): the separable net by 1 point.
    expect(readings[1]!.standings.map((standing) => standing.epochs)).toEqual([1, 3, 3]);
    expect(sameTimeReadings(points, 0.5)[1]!.ahead).toBe('separable');
  });

  it('a net with no finished epoch by then has no accuracy; the only net with one leads by Infinity', () => {
    const reading = sameTimeReadings([...time('thin', [10], [0.5]), ...time('standard', [25], [0.9])], 1)[0]!;
    expect(reading.standings.find((standing) => standing.network === 'standard')).toEqual({ network: 'standard', epochs: 0, accuracy: undefined });
    expect(reading.ahead).toBe('thin');
    expect(reading.marginPoints).toBe(Infinity);
  });

  it('one net alone has nothing to compare: no readings', () => {
    expect(sameTimeReadings(time('thin', [10], [0.5]), 1)).toEqual([]);
  });
});

describe('levelMarginPoints', () => {
  it('1.96 binomial standard errors in points: 96 % on 1,000 digits is 1.96 · √(0.96 · 0.04 / 1000) · 100 ≈ 1.21', () => {
    expect(levelMarginPoints(0.96, 1000)).toBeCloseTo(1.2146, 3);
    expect(levelMarginPoints(0.5, 100)).toBeCloseTo(9.8, 9);
    expect(() => levelMarginPoints(1.2, 1000)).toThrow('invalid accuracy or digits: 1.2 on 1000');
  });
});

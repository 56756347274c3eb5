import { describe, expect, it } from 'vitest';
import { plateauReadings, type PlateauRun } from '../../../src/lib/train/plateau';

/** A run whose validation loss follows `losses`, epoch by epoch (accuracy = 1 − loss, for simplicity). */
const run = (network: PlateauRun['network'], seed: number, losses: number[]): PlateauRun => ({
  network, seed, epochs: losses.map((loss) => ({ validationLoss: loss, validationAccuracy: 1 - loss })),
});

describe('plateauReadings', () => {
  it('pairs each seed\'s last epoch with the one `span` epochs earlier and gives the t interval of the mean change', () => {
    // Changes from epoch 2 to 5 (span 3): −0.03, −0.01, −0.02 → mean −0.02, sd 0.01, t(0.975, 2) = 4.302653.
    const runs = [run('thin', 1, [0.9, 0.2, 0.19, 0.18, 0.17]), run('thin', 2, [0.8, 0.3, 0.3, 0.3, 0.29]), run('thin', 3, [0.7, 0.25, 0.24, 0.24, 0.23])];
    const [reading] = plateauReadings(runs);
    const half = (4.302653 * 0.01) / Math.sqrt(3);
    expect(reading).toMatchObject({ network: 'thin', from: 2, to: 5, seeds: 3 });
    expect(reading!.change).toBeCloseTo(-0.02, 12);
    expect(reading!.low).toBeCloseTo(-0.02 - half, 5);
    expect(reading!.high).toBeCloseTo(-0.02 + half, 5);
    expect(reading!.accuracyPoints).toBeCloseTo(2, 10);
    // The interval (−0.0448, 0.0048) holds zero: no change this experiment can detect.
    expect(reading!.stillLearning).toBe(false);
  });

  it('calls a net still learning only when the whole interval lies below zero', () => {
    const falling = [run('separable', 1, [1, 0.5, 0.4, 0.3]), run('separable', 2, [1, 0.5, 0.41, 0.31]), run('separable', 3, [1, 0.5, 0.39, 0.29])];
    const [reading] = plateauReadings(falling, 2);
    expect(reading!.change).toBeCloseTo(-0.2, 12);
    expect(reading!.high).toBeLessThan(0);
    expect(reading!.stillLearning).toBe(true);
  });

  it('reads each net on its own, in the pages\' order, and leaves out a net with one seed or too few epochs', () => {
    const runs = [
      run('thin', 1, [1, 0.5, 0.5, 0.5, 0.5]), run('thin', 2, [1, 0.6, 0.6, 0.6, 0.6]),
      run('standard', 1, [1, 0.5, 0.4, 0.3, 0.2]), run('standard', 2, [1, 0.5, 0.4, 0.3, 0.25]),
      run('separable', 1, [1, 0.5, 0.4, 0.3, 0.2]),
    ];
    expect(plateauReadings(runs).map((reading) => reading.network)).toEqual(['standard', 'thin']);
    // Two seeds falling 0.5 and 0.4: t(0.975, 1) = 12.706 makes the interval (−1.085, 0.185) — too wide to say.
    expect(plateauReadings(runs.slice(0, 2), 4)).toEqual([{
      network: 'thin', from: 1, to: 5, seeds: 2, change: expect.closeTo(-0.45, 10), low: expect.closeTo(-1.0853, 3), high: expect.closeTo(0.1853, 3),
      accuracyPoints: expect.closeTo(45, 10), stillLearning: false,
    }]);
    expect(plateauReadings(runs.slice(0, 2), 5)).toEqual([]);
    expect(() => plateauReadings(runs, 0)).toThrow('invalid span: 0');
  });
});

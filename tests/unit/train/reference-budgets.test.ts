import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { trainRunStrings } from '../../../src/lib/strings/train-runs';
import { outsideByChance, readAgainstReference, ReferenceBudgetsSchema } from '../../../src/lib/train/reference-budgets';
import { referenceBudgets } from '../../../src/lib/train/reference-budgets-build';
import { makeResults, makeRun } from './make-results';

// Five seeds per net: quick far below the plateau, class with the standard net there and the separable net not, full at the plateau.
const accuracies = {
  quick: { standard: [0.86, 0.87, 0.88, 0.89, 0.875], separable: [0.68, 0.70, 0.72, 0.75, 0.71] },
  class: { standard: [0.975, 0.976, 0.978, 0.98, 0.977], separable: [0.95, 0.955, 0.96, 0.958, 0.952] },
  full: { standard: [0.975, 0.98, 0.982, 0.985, 0.981], separable: [0.97, 0.972, 0.975, 0.971, 0.973], thin: [0.96, 0.962, 0.965, 0.961, 0.963] },
};
const runs = Object.entries(accuracies).flatMap(([configuration, nets]) => Object.entries(nets).flatMap(([network, values]) =>
  values.map((value, seed) => makeRun(configuration as 'quick', network as 'standard', seed + 1, value))));
const reference = referenceBudgets(makeResults(runs));
const quick = reference.budgets.find((budget) => budget.configuration === 'quick')!;

describe('the reference, budget by budget', () => {
  it('gives each net’s range, mean and SD over seeds at every configuration the file ran, in the page’s order', () => {
    expect(reference.budgets.map((budget) => budget.configuration)).toEqual(['quick', 'class', 'full']);
    expect(quick).toMatchObject({ trainCount: 2000, epochs: 2 });
    expect(quick.nets.standard).toMatchObject({ seeds: 5, min: 0.86, max: 0.89, mean: 0.875 });
    expect(quick.nets.standard!.sd).toBeCloseTo(Math.sqrt((0.015 ** 2 + 0.005 ** 2 + 0.005 ** 2 + 0.015 ** 2 + 0) / 4), 12);
    expect(quick.nets.thin).toBeUndefined();
  });
  it('gives each pair’s per-seed gaps (first − second, paired by seed)', () => {
    const gap = quick.gaps.find((each) => each.second === 'standard')!;
    expect(gap).toMatchObject({ first: 'separable', seeds: 5 });
    expect(gap.min).toBeCloseTo(0.68 - 0.86, 12);
    expect(gap.max).toBeCloseTo(0.75 - 0.89, 12);
    expect(quick.gaps.find((each) => each.second === 'thin')).toBeUndefined();
    expect(reference.budgets[2]!.gaps.find((each) => each.second === 'thin')!.mean).toBeCloseTo(0.9722 - 0.9622, 12);
  });
  it('a net has converged at a budget when its mean there reaches its lowest run of the full budget', () => {
    expect(quick.converged).toEqual({ standard: false, separable: false });
    expect(reference.budgets[1]!.converged).toEqual({ standard: true, separable: false });
    expect(reference.budgets[2]!.converged).toEqual({ standard: true, separable: true, thin: true });
  });
  it('survives the trip into the page (JSON, then its schema)', () => {
    expect(z.parse(ReferenceBudgetsSchema, JSON.parse(JSON.stringify(reference)))).toEqual(reference);
  });
});

describe('a reader’s run against the reference at its budget', () => {
  it('places each net inside, below or above the range, and the pair’s gap against the per-seed gaps', () => {
    const reading = readAgainstReference(reference, 'quick', [{ network: 'standard', testAccuracy: 0.8785 }, { network: 'separable', testAccuracy: 0.6 }]);
    expect(reading.nets.map((each) => each.position)).toEqual(['inside', 'below']);
    expect(reading.gaps).toHaveLength(1);
    expect(reading.gaps[0]!.gap).toBeCloseTo(-0.2785, 12);
    expect(reading.gaps[0]!.position).toBe('below');
    expect(reading).toMatchObject({ notConverged: ['standard', 'separable'], tooShort: true });
    expect(trainRunStrings.reading(reading)).toEqual([
      'After this budget (Quick: 2,000 training digits, 2 epochs) the reference runs scored 86.0–89.0 % (standard CNN, 5 seeds) and 68.0–75.0 % (depthwise-separable CNN, 5 seeds).',
      'Your run: standard CNN 87.85 % (inside that range) and depthwise-separable CNN 60.00 % (below that range).',
      'Your gap, depthwise-separable CNN minus standard CNN: −27.8 points; the reference’s per-seed gaps at this budget: −18.0 to −14.0 points (5 seeds) — yours is below.',
      'Outside is not wrong: with 5 seeds behind a range, one run in 3 lands outside it by chance alone.',
      'This budget is too short to answer the question: at it, neither net has converged (the reference’s runs score higher after the full budget). A gap here says which net learns faster, not which one ends up better.',
    ]);
    expect(trainRunStrings.readingShort(reading)).toBe('standard CNN inside, depthwise-separable CNN below; too short to compare');
  });
  it('names the one net that has not converged when the other has', () => {
    const reading = readAgainstReference(reference, 'class', [{ network: 'standard', testAccuracy: 0.977 }, { network: 'separable', testAccuracy: 0.955 }]);
    expect(reading.tooShort).toBe(false);
    expect(trainRunStrings.reading(reading).at(-1)).toBe('At this budget the depthwise-separable CNN has not converged yet, so a gap involving it says which net learns faster, not which one ends up better.');
    expect(trainRunStrings.readingShort(reading)).toBe('inside the reference’s range');
  });
  it('says the full budget is the reference’s own, and gives the thin net’s range where the reference ran it', () => {
    const reading = readAgainstReference(reference, 'full', [{ network: 'thin', testAccuracy: 0.99 }]);
    expect(trainRunStrings.reading(reading)).toEqual([
      'After this budget (Full: 7,000 training digits, 20 epochs) the reference runs scored 96.0–96.5 % (thin standard CNN, 5 seeds).',
      'Your run: thin standard CNN 99.00 % (above that range).',
      'Outside is not wrong: with 5 seeds behind a range, one run in 3 lands outside it by chance alone.',
      'This is the reference’s own budget, the epochs the validation pilot chose; the lesson “Is it effective?” says, net by net, whether the reference’s runs had stopped learning by then.',
    ]);
  });
  it('one net alone at a short budget: too short, naming it', () => {
    const reading = readAgainstReference(reference, 'quick', [{ network: 'separable', testAccuracy: 0.7 }]);
    expect(trainRunStrings.reading(reading).at(-1)).toMatch(/^This budget is too short to answer the question: at it, the depthwise-separable CNN has not converged/);
  });
  it('a net or a configuration the reference did not run is said so, not compared', () => {
    const noThin = readAgainstReference(reference, 'quick', [{ network: 'thin', testAccuracy: 0.8 }]);
    expect(noThin.tooShort).toBe(false);
    expect(trainRunStrings.reading(noThin)).toEqual(['Your run: thin standard CNN 80.00 % (the reference has no runs of it at this budget).']);
    const none = readAgainstReference({ ...reference, budgets: [] }, 'class', [{ network: 'standard', testAccuracy: 0.9 }]);
    expect(trainRunStrings.reading(none)).toEqual([trainRunStrings.noReference]);
    expect(trainRunStrings.readingShort(none)).toBe('no reference runs');
  });
  it('the chance that one more run falls outside the range of n is 2 / (n + 1)', () => {
    expect(outsideByChance(5)).toBeCloseTo(1 / 3, 12);
    expect(outsideByChance(1)).toBe(1);
  });
});

describe('a reference still being trained (one seed, full runs of one net only)', () => {
  const partial = referenceBudgets(makeResults([
    makeRun('quick', 'standard', 1, 0.8525), makeRun('quick', 'separable', 1, 0.6205), makeRun('full', 'standard', 1, 0.9725),
  ]));
  it('a single seed is shown as one value, and whether a net without full runs converged is left unknown', () => {
    const quick = partial.budgets[0]!;
    expect(trainRunStrings.rangeCell(quick.nets.standard!)).toBe('85.3 % (1 seed)');
    expect(quick.converged).toEqual({ standard: false });
    const reading = readAgainstReference(partial, 'quick', [{ network: 'standard', testAccuracy: 0.86 }, { network: 'separable', testAccuracy: 0.6 }]);
    expect(reading).toMatchObject({ notConverged: ['standard'], unknownConvergence: ['separable'], tooShort: false });
    expect(trainRunStrings.reading(reading).slice(-3)).toEqual([
      'Outside is not wrong: the reference has a single seed here, so its “range” is one run, and a run of yours lands on one side of it by chance alone.',
      'At this budget the standard CNN has not converged yet, so a gap involving it says which net learns faster, not which one ends up better.',
      'The reference has no full-budget runs of the depthwise-separable CNN yet, so whether it has converged at this budget is not known.',
    ]);
  });
});

// A seeded, stratified train/test split: every digit keeps its share in both parts.
import { mulberry32, type Random } from '../conv';

/** Shuffles `items` in place with a seeded Fisher–Yates pass and returns them. */
function shuffleInPlace<T>(items: T[], random: Random): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

/** A permutation of 0 … count − 1 drawn from `seed` (the same seed always gives the same order). */
export function seededPermutation(count: number, seed: number): number[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`invalid count: ${count}`);
  return shuffleInPlace(Array.from({ length: count }, (_, index) => index), mulberry32(seed));
}

/**
 * How many test examples each class gets so that the total is exactly `testCount` and each class's
 * share matches its share of the data (largest-remainder rounding; ties go to the smaller label).
 */
export function testQuota(classCounts: readonly number[], testCount: number): number[] {
  const total = classCounts.reduce((sum, count) => sum + count, 0);
  if (!Number.isInteger(testCount) || testCount < 0 || testCount > total) throw new Error(`invalid testCount: ${testCount} (0 to ${total})`);
  const exact = classCounts.map((count) => (count * testCount) / total);
  const quota = exact.map(Math.floor);
  let missing = testCount - quota.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact.map((value, label) => ({ label, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.label - b.label);
  for (const { label } of byRemainder) {
    if (missing === 0) break;
    quota[label] = (quota[label] ?? 0) + 1;
    missing -= 1;
  }
  return quota;
}

/** Example indices of a split: each part in its own seeded order. */
export interface SplitIndices {
  train: number[];
  test: number[];
}

/**
 * Splits examples with labels 0 … classes − 1 into train and test, stratified by label: each class
 * sends its {@link testQuota} to test, chosen by a seeded shuffle; both parts are then shuffled.
 */
export function stratifiedSplit(labels: ArrayLike<number>, options: { testCount: number; seed: number; classes?: number }): SplitIndices {
  const classes = options.classes ?? 10;
  const byClass: number[][] = Array.from({ length: classes }, () => []);
  for (let index = 0; index < labels.length; index += 1) {
    const label = labels[index] ?? Number.NaN;
    if (!Number.isInteger(label) || label < 0 || label >= classes) throw new Error(`invalid label: ${label} at example ${index}`);
    byClass[label]?.push(index);
  }
  const random = mulberry32(options.seed);
  const quota = testQuota(byClass.map((members) => members.length), options.testCount);
  const train: number[] = [];
  const test: number[] = [];
  byClass.forEach((members, label) => {
    shuffleInPlace(members, random);
    test.push(...members.slice(0, quota[label]));
    train.push(...members.slice(quota[label]));
  });
  return { train: shuffleInPlace(train, random), test: shuffleInPlace(test, random) };
}

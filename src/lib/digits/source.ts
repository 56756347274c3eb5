// From the `mnist` package's JSON (grey levels 0–1 with three decimals) to a seeded, split pack.
import { stratifiedSplit } from './split';
import type { DigitPack, DigitSet } from './pack';

/** The split the site ships: 2,000 of the 10,000 digits for testing, chosen by this seed. */
export const DIGIT_SPLIT = { testCount: 2000, seed: 20_260_101 } as const;

/** MNIST's image side in pixels. */
const DIGIT_SIDE = 28;

/**
 * Grey levels as the `mnist` package stores them (v / 255 rounded to three decimals) back to the
 * 0–255 integers MNIST ships; throws if a value is not exactly such a rounding, so no pixel is guessed.
 */
export function greyLevelsToBytes(levels: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(levels.length);
  for (let index = 0; index < levels.length; index += 1) {
    const level = levels[index] ?? Number.NaN;
    const byte = Math.round(level * 255);
    if (!(byte >= 0 && byte <= 255) || Math.round((byte / 255) * 1000) / 1000 !== level) {
      throw new Error(`invalid grey level: ${level} at pixel ${index} (not a 0–255 value rounded to three decimals)`);
    }
    bytes[index] = byte;
  }
  return bytes;
}

function gather(indices: readonly number[], labels: Uint8Array, pixels: Uint8Array, size: number): DigitSet {
  const set = { count: indices.length, labels: new Uint8Array(indices.length), pixels: new Uint8Array(indices.length * size) };
  indices.forEach((source, at) => {
    set.labels[at] = labels[source] ?? 0;
    set.pixels.set(pixels.subarray(source * size, (source + 1) * size), at * size);
  });
  return set;
}

/**
 * Builds the pack from per-digit grey-level arrays (`perLabel[d]` holds every digit d, 784 values each,
 * as the `mnist` package's digits/d.json `data`), split by {@link stratifiedSplit}.
 */
export function packFromGreyLevels(perLabel: readonly ArrayLike<number>[], split: { testCount: number; seed: number } = DIGIT_SPLIT): DigitPack {
  const size = DIGIT_SIDE * DIGIT_SIDE;
  const counts = perLabel.map((levels, label) => {
    if (levels.length % size !== 0) throw new Error(`invalid digits for label ${label}: ${levels.length} values is not a multiple of ${size}`);
    return levels.length / size;
  });
  const total = counts.reduce((sum, count) => sum + count, 0);
  const labels = new Uint8Array(total);
  const pixels = new Uint8Array(total * size);
  let at = 0;
  perLabel.forEach((levels, label) => {
    const count = counts[label] ?? 0;
    labels.fill(label, at, at + count);
    pixels.set(greyLevelsToBytes(levels), at * size);
    at += count;
  });
  const indices = stratifiedSplit(labels, { ...split, classes: perLabel.length });
  return {
    rows: DIGIT_SIDE, cols: DIGIT_SIDE, splitSeed: split.seed,
    train: gather(indices.train, labels, pixels, size), test: gather(indices.test, labels, pixels, size),
  };
}

/** How many digits of each label 0–9 a set holds. */
export function labelCounts(set: Pick<DigitSet, 'labels'>): number[] {
  const counts = new Array<number>(10).fill(0);
  for (const label of set.labels) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}

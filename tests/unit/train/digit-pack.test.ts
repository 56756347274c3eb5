// The digit pack built from the real `mnist` package: every digit, every label, exact pixels, a stratified seeded split.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodePack, DIGIT_SPLIT, encodePack, greyLevelsToBytes, labelCounts, packFromGreyLevels, PACK_HEADER_BYTES,
  seededPermutation, stratifiedSplit, testQuota, type DigitPack,
} from '../../../src/lib/digits';

const require = createRequire(import.meta.url);
const perLabel = Array.from({ length: 10 }, (_, label) => (require(`mnist/src/digits/${label}.json`) as { data: number[] }).data);
const PACKAGE_COUNTS = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];

describe('the digit pack from the mnist package', () => {
  let bytes: Uint8Array;
  let pack: DigitPack;
  beforeAll(() => {
    bytes = encodePack(packFromGreyLevels(perLabel));
    pack = decodePack(bytes);
  }, 300_000);

  it('holds 10,000 digits of 28 × 28, 8,000 for training and 2,000 for testing, in 24 + 10,000 · 785 bytes', () => {
    expect([pack.rows, pack.cols, pack.train.count, pack.test.count]).toEqual([28, 28, 8000, 2000]);
    expect(bytes.length).toBe(PACK_HEADER_BYTES + 10_000 * 785);
    expect(pack.splitSeed).toBe(DIGIT_SPLIT.seed);
  });

  it('has every label 0–9 with exactly its package count', () => {
    const train = labelCounts(pack.train);
    const test = labelCounts(pack.test);
    expect(train.map((count, label) => count + test[label]!)).toEqual(PACKAGE_COUNTS);
    expect(perLabel.map((levels) => levels.length / 784)).toEqual(PACKAGE_COUNTS);
  });

  it('keeps the pixels exact: each packed digit is one of the package digits, 0–255 levels whose /255 is its value', () => {
    const digitKeys = (pixels: Uint8Array) => Array.from({ length: pixels.length / 784 }, (_, at) => String.fromCharCode(...pixels.subarray(at * 784, (at + 1) * 784))).sort();
    const fromPackage = digitKeys(Uint8Array.from(perLabel.flatMap((levels) => [...greyLevelsToBytes(levels)])));
    expect(digitKeys(Uint8Array.from([...pack.train.pixels, ...pack.test.pixels]))).toEqual(fromPackage);
    expect(pack.train.pixels.reduce((max, value) => Math.max(max, value), 0)).toBe(255);
    expect(pack.train.pixels.reduce((min, value) => Math.min(min, value), 255)).toBe(0);
    expect([...greyLevelsToBytes(perLabel[3]!.slice(150, 160))]).toEqual(perLabel[3]!.slice(150, 160).map((level) => Math.round(level * 255)));
  }, 180_000);

  it('splits stratified: each label sends its 20 % share (±1) to test', () => {
    const test = labelCounts(pack.test);
    PACKAGE_COUNTS.forEach((count, label) => expect(Math.abs(test[label]! - count * 0.2)).toBeLessThan(1));
  });

  it('is deterministic for a seed and differs for another seed (on 100 digits of each label, to stay quick)', () => {
    const few = perLabel.map((levels) => levels.slice(0, 100 * 784));
    const split = { testCount: 200, seed: DIGIT_SPLIT.seed };
    expect(encodePack(packFromGreyLevels(few, split))).toEqual(encodePack(packFromGreyLevels(few, split)));
    const other = packFromGreyLevels(few, { ...split, seed: 7 });
    expect(labelCounts(other.test)).toEqual(labelCounts(packFromGreyLevels(few, split).test));
    expect(other.test.labels).not.toEqual(packFromGreyLevels(few, split).test.labels);
  });

  it('rejects a damaged file with a message naming the fault', () => {
    expect(() => decodePack(bytes.subarray(0, 10))).toThrow('invalid digit pack: 10 bytes is shorter than its 24-byte header');
    expect(() => decodePack(bytes.subarray(0, bytes.length - 1))).toThrow(`invalid digit pack: ${bytes.length - 1} bytes, its header promises ${bytes.length}`);
    const renamed = bytes.slice(0, 100);
    renamed[0] = 'X'.charCodeAt(0);
    expect(() => decodePack(renamed)).toThrow('invalid digit pack: starts with "XWMN", expected "DWMN"');
  });
});

describe('split helpers', () => {
  it('testQuota([863, 1127], 400) sums to 400 with shares 173 and 227', () => {
    expect(testQuota([863, 1127], 400)).toEqual([173, 227]);
  });
  it('stratifiedSplit puts every index in exactly one part', () => {
    const labels = Array.from({ length: 50 }, (_, index) => index % 10);
    const { train, test } = stratifiedSplit(labels, { testCount: 10, seed: 1 });
    expect([...train, ...test].sort((a, b) => a - b)).toEqual(labels.map((_, index) => index));
    expect(test.map((index) => labels[index]).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('stratifiedSplit rejects a label outside 0–9 by position', () => {
    expect(() => stratifiedSplit([1, 12], { testCount: 1, seed: 1 })).toThrow('invalid label: 12 at example 1');
  });
  it('seededPermutation(5, seed) is a permutation, the same for the same seed', () => {
    expect([...seededPermutation(5, 3)].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(seededPermutation(100, 3)).toEqual(seededPermutation(100, 3));
    expect(seededPermutation(100, 3)).not.toEqual(seededPermutation(100, 4));
  });
  it('greyLevelsToBytes rejects a value that is no rounded 0–255 level', () => {
    expect(() => greyLevelsToBytes([0, 0.5004])).toThrow('invalid grey level: 0.5004 at pixel 1');
  });
});

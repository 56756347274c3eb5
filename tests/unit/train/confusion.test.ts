// The confusion matrix of /train/'s results and the seed a reader types.
import { describe, expect, it } from 'vitest';
import { confusionAccuracy, confusionMatrix, wrongIndices } from '../../../src/lib/train/confusion';
import { parseSeed } from '../../../src/lib/train/config';

describe('confusion matrix', () => {
  it('counts rows as true digits and columns as predictions', () => {
    const counts = confusionMatrix([0, 0, 1, 2], [0, 1, 1, 2], 3);
    expect(counts).toEqual([1, 1, 0, 0, 1, 0, 0, 0, 1]);
    expect(confusionAccuracy(counts, 3)).toBe(0.75);
    expect(wrongIndices([0, 0, 1, 2], [0, 1, 1, 0])).toEqual([1, 3]);
    expect(() => confusionMatrix([1], [])).toThrow('invalid predictions: 0 for 1 digits');
  });
});

describe('training configurations', () => {
  it('parseSeed takes " 42 " and 2147483647, refuses -1, 1.5, 2147483648, 1e3 and text', () => {
    expect([' 42 ', '2147483647', '0'].map(parseSeed)).toEqual([42, 2147483647, 0]);
    expect(['-1', '1.5', '2147483648', '1e3', 'seven', ''].map(parseSeed)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

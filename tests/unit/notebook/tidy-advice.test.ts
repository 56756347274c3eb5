import { describe, expect, it } from 'vitest';
import { addTidyAdvice, TIDY_DATA_LIMIT, tidySearchSize } from '../../../src/lib/notebook/tidy-advice';
import { cellStrings } from '../../../src/lib/strings/cells';

class FakeTensor {}
const isTensor = (value: unknown) => value instanceof FakeTensor;

describe('tidySearchSize', () => {
  it('counts a typed array from dataSync() by its length, named by its type', () => {
    expect(tidySearchSize(new Float32Array(56 * 56 * 128), isTensor)).toEqual({ values: 401_408, container: 'Float32Array' });
    expect(tidySearchSize(new Int32Array(3), isTensor)).toEqual({ values: 3, container: 'Int32Array' });
  });
  it('counts every entry tidy visits in nested arrays from arraySync(): the rows and the numbers in them', () => {
    const rows = Array.from({ length: 100 }, () => Array.from({ length: 200 }, () => 0));
    expect(tidySearchSize(rows, isTensor)).toEqual({ values: 100 + 100 * 200, container: 'array' });
  });
  it('looks inside objects, visits a shared array once and never looks inside a tensor', () => {
    const shared = new Float64Array(5000);
    expect(tidySearchSize({ a: shared, b: shared, t: new FakeTensor() }, isTensor)).toEqual({ values: 3 + 5000, container: 'object' });
  });
  it('has nothing to say about a tensor, a number or nothing (tidy does not walk them)', () => {
    expect(tidySearchSize(new FakeTensor(), isTensor)).toBeUndefined();
    expect(tidySearchSize(42, isTensor)).toBeUndefined();
    expect(tidySearchSize(undefined, isTensor)).toBeUndefined();
  });
  it('a cyclic object ends the count', () => {
    const cyclic: Record<string, unknown> = { n: 1 };
    cyclic.self = cyclic;
    expect(tidySearchSize(cyclic, isTensor)).toEqual({ values: 2, container: 'object' });
  });
});

describe('addTidyAdvice', () => {
  const call = { line: 3, values: 401_408, container: 'Float32Array', searchMs: 220 };
  it('adds one piece of advice per line of code, merging calls from a loop with their total time', () => {
    let advice = addTidyAdvice([], call);
    advice = addTidyAdvice(advice, { ...call, searchMs: 230 });
    advice = addTidyAdvice(advice, { ...call, line: 7, values: TIDY_DATA_LIMIT, searchMs: 6 });
    expect(advice).toEqual([
      { kind: 'tidy-data', line: 3, calls: 2, values: 401_408, container: 'Float32Array', searchMs: 450 },
      { kind: 'tidy-data', line: 7, calls: 1, values: TIDY_DATA_LIMIT, container: 'Float32Array', searchMs: 6 },
    ]);
  });
  it('keeps a call from a function another cell defined apart from the same line here', () => {
    const advice = addTidyAdvice(addTidyAdvice([], call), { ...call, inCell: 'helpers' });
    expect(advice.map((each) => each.inCell)).toEqual([undefined, 'helpers']);
  });
});

describe('the advice as the reader reads it', () => {
  it('names the line, what tidy got, the time it lost and the fix', () => {
    const text = cellStrings.tidyData({ line: 2, calls: 1, values: 401_408, container: 'Float32Array', searchMs: 229.4 });
    expect(text).toBe('Slow tf.tidy on line 2: it returned a Float32Array holding 401,408 values and then spent 229 ms looking through every one of them for tensors to keep. Return the tensor from the tidy and read it afterwards — const y = tf.tidy(() => …); const values = y.dataSync(); y.dispose(); — the same values, without the search.');
  });
  it('says how often and how long in all for a tidy in a loop', () => {
    expect(cellStrings.tidyData({ line: 4, inCell: 'helpers', calls: 10, values: 20_000, container: 'array', searchMs: 1500 }))
      .toMatch(/^Slow tf\.tidy on cell “helpers”, line 4: it returned an array holding 20,000 values, 10 times, and then spent 1\.5 s in all looking/);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { watchTidy, type TidyDataSeen } from '../../../src/workers/cells/tidy-watch';
import type { Tf } from '../../../src/workers/tf-backend';

const tfjs = Object.freeze({ ...tf }) as unknown as Tf;

beforeAll(async () => {
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
});

function watched(): { cellTf: Tf; seen: TidyDataSeen[] } {
  const seen: TidyDataSeen[] = [];
  return { cellTf: watchTidy(tfjs, (each) => seen.push(each)), seen };
}

describe('watchTidy', () => {
  it('reports a tidy that returns dataSync() of a 56×56×128 map, with the time tidy spent after the function returned', () => {
    const { cellTf, seen } = watched();
    const values = cellTf.tidy(() => cellTf.ones([56, 56, 128]).mul(2).dataSync());
    expect(values).toHaveLength(401_408);
    expect(values[0]).toBe(2);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ values: 401_408, container: 'Float32Array' });
    expect(seen[0]!.searchMs).toBeGreaterThanOrEqual(0);
    expect(seen[0]!.callSite.stack).toContain('tidy-watch.test.ts');
  });
  it('stays quiet for a returned tensor or a small array, and keeps tidy’s disposal', () => {
    const { cellTf, seen } = watched();
    const before = tf.memory().numTensors;
    const kept = cellTf.tidy(() => cellTf.ones([56, 56, 128]).mul(2));
    const small = cellTf.tidy('named', () => cellTf.ones([10]).dataSync());
    expect(tf.memory().numTensors).toBe(before + 1);
    expect(small).toHaveLength(10);
    expect(seen).toEqual([]);
    kept.dispose();
  });
  it('leaves TF.js to refuse what it refuses', () => {
    const { cellTf } = watched();
    expect(() => cellTf.tidy('no function' as never)).toThrow(/function/);
  });
  it('leaves the rest of TF.js as it is', () => {
    const { cellTf } = watched();
    expect(cellTf.ones).toBe(tfjs.ones);
    expect(Object.isFrozen(cellTf)).toBe(true);
  });
});

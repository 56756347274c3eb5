import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { NotebookRuntime } from '../../../src/lib/notebook/runtime';
import { invalidate, NameOwners } from '../../../src/workers/cells/invalidate';
import type { Tf } from '../../../src/workers/tf-backend';

const tfjs = tf as unknown as Tf;

beforeAll(async () => {
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
});

/** A notebook whose cells rerun as the worker runs them: previous bindings invalidated once the code compiles. */
function notebook() {
  const runtime = new NotebookRuntime();
  const owners = new NameOwners();
  let runId = 0;
  return {
    runtime,
    async run(cellId: string, code: string) {
      const outcome = await runtime.run({
        cellId, runId: ++runId, code, globals: { tf, show: () => undefined },
        onCompiled: (declared) => {
          invalidate(tfjs, runtime.store, owners.namesOf(cellId));
          owners.claim(cellId, declared);
        },
      });
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    },
  };
}

describe('invalidate (a cell rerun frees what its previous run bound)', () => {
  it('rerunning a cell that binds tensors any number of times keeps the tensor count constant', async () => {
    const cells = notebook();
    const start = tf.memory().numTensors;
    for (let round = 0; round < 3; round++) await cells.run('a', 'const x = tf.ones([2, 2]);\nconst pair = [tf.zeros([1]), { inner: tf.ones([3]) }];');
    expect(tf.memory().numTensors - start).toBe(3);
  });

  it('a model built in a cell is disposed with its weights when the cell reruns', async () => {
    const cells = notebook();
    const start = tf.memory().numTensors;
    const code = 'const model = tf.sequential({ layers: [tf.layers.dense({ units: 4, inputShape: [3] })] });';
    await cells.run('m', code);
    const once = tf.memory().numTensors - start;
    await cells.run('m', code);
    await cells.run('m', code);
    expect(once).toBe(2);
    expect(tf.memory().numTensors - start).toBe(once);
  });

  it('a tensor another cell still holds is kept, and freed once that cell lets go of it too', async () => {
    const cells = notebook();
    await cells.run('a', 'const x = tf.ones([2]);');
    await cells.run('b', 'const alias = x;');
    const first = cells.runtime.store.x as tf.Tensor;
    await cells.run('a', 'const x = tf.ones([2]);');
    expect(first.isDisposed).toBe(false);
    await cells.run('b', 'const alias = x;');
    expect(first.isDisposed).toBe(true);
    expect((cells.runtime.store.alias as tf.Tensor).isDisposed).toBe(false);
  });

  it('a name declared later by another cell belongs to that cell: the first cell\'s rerun leaves it alone', async () => {
    const cells = notebook();
    await cells.run('a', 'let shared = tf.ones([1]);');
    await cells.run('b', 'let shared = tf.zeros([1]);');
    const fromB = cells.runtime.store.shared as tf.Tensor;
    await cells.run('a', 'const other = 1;');
    expect(fromB.isDisposed).toBe(false);
  });

  it('a cell that fails to compile frees nothing', async () => {
    const cells = notebook();
    await cells.run('a', 'const x = tf.ones([2]);');
    const x = cells.runtime.store.x as tf.Tensor;
    const outcome = await cells.runtime.run({ cellId: 'a', runId: 99, code: 'const x = ;', globals: { tf, show: () => undefined }, onCompiled: () => invalidate(tfjs, cells.runtime.store, ['x']) });
    expect(outcome.ok).toBe(false);
    expect(x.isDisposed).toBe(false);
  });
});

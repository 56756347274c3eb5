import { describe, expect, test } from 'vitest';
import { NotebookRuntime } from '../../../src/lib/notebook/runtime';

const globals = { tf: { name: 'tf' }, show: () => undefined };

async function run(code: string) {
  return new NotebookRuntime().run({ cellId: 'a', runId: 1, code, globals });
}

describe('cells readers really type', () => {
  test.each([
    ['(1)', 1],
    ['(1);', 1],
    ['(1) /* one */ ;', 1],
    ['const a = 2;\n(a * 3)', 6],
    ['((2))', 2],
  ])('a parenthesised last expression %j shows its value %j', async (code, value) => {
    expect(await run(code)).toMatchObject({ ok: true, value, returnsValue: true });
  });

  test('({ a: 1 }) is an object value, not a block', async () => {
    expect(await run('({ a: 1 })')).toMatchObject({ ok: true, value: { a: 1 } });
  });

  test('(() => 1) is a function value', async () => {
    const outcome = await run('(() => 1)');
    expect(outcome.ok && typeof outcome.value === 'function' && (outcome.value as () => number)()).toBe(1);
  });

  test('({ get x() { return 1 } }) keeps its getter', async () => {
    expect(await run('({ get x() { return 1 } })')).toMatchObject({ ok: true, value: { x: 1 } });
  });

  test.each(['', '   ', '\n\n', '// only a comment', '/* a block\n comment */', ';'])('the empty or comment-only cell %j is a no-op that ends done', async (code) => {
    expect(await run(code)).toMatchObject({ ok: true, value: undefined });
  });
});

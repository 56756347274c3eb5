import { describe, expect, test } from 'vitest';
import { NotebookRuntime, describeThrown } from '../../../src/lib/notebook/runtime';
import { hintFor } from '../../../src/lib/notebook/hints';
import { cellStrings } from '../../../src/lib/strings/cells';

const globals = { tf: { name: 'tf' }, show: () => undefined };

async function run(runtime: NotebookRuntime, code: string, cellId = 'a', runId = 1) {
  return runtime.run({ cellId, runId, code, globals });
}

describe('NotebookRuntime', () => {
  test('top-level declarations of one cell are visible to a later cell', async () => {
    const runtime = new NotebookRuntime();
    await run(runtime, 'const size = 3;\nfunction square(x) { return x * x; }\nclass Box { constructor(v) { this.v = v } }', 'first');
    const outcome = await run(runtime, 'square(size) + new Box(1).v', 'second', 2);
    expect(outcome).toMatchObject({ ok: true, value: 10, returnsValue: true });
  });

  test('re-running a cell that declares const does not fail on redeclaration', async () => {
    const runtime = new NotebookRuntime();
    await run(runtime, 'const a = 1;');
    expect(await run(runtime, 'const a = 2;\na', 'a', 2)).toMatchObject({ ok: true, value: 2 });
  });

  test('a function defined earlier sees a later reassignment of a shared variable', async () => {
    const runtime = new NotebookRuntime();
    await run(runtime, 'let rate = 0.1;\nfunction current() { return rate; }', 'setup');
    expect(await run(runtime, 'rate = 0.01;\ncurrent()', 'tune', 2)).toMatchObject({ ok: true, value: 0.01 });
  });

  test('a cell that is only a string literal shows that string (the directive prologue means nothing in a cell)', async () => {
    const runtime = new NotebookRuntime();
    expect(await run(runtime, '"done"')).toMatchObject({ ok: true, value: 'done', returnsValue: true });
    expect(await run(runtime, "'use strict';\n'second'", 'a', 2)).toMatchObject({ ok: true, value: 'second', returnsValue: true });
  });

  test('top-level await resolves before the value is returned', async () => {
    const runtime = new NotebookRuntime();
    expect(await run(runtime, 'const x = await new Promise((r) => setTimeout(() => r(21), 1));\nx * 2')).toMatchObject({ ok: true, value: 42 });
  });

  test('tf and show are in scope', async () => {
    expect(await run(new NotebookRuntime(), 'tf.name')).toMatchObject({ ok: true, value: 'tf' });
  });

  test('a runtime error reports the reader\'s line and column and cell frames only', async () => {
    const outcome = await run(new NotebookRuntime(), 'const a = 1;\nfunction inner() {\n  return null.x;\n}\ninner();');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ kind: 'runtime', name: 'TypeError', line: 3 });
    expect(outcome.error.frames).toEqual(['at inner (line 3)', 'at top level (line 5)']);
  });

  test('an error in a function from another cell names that cell', async () => {
    const runtime = new NotebookRuntime();
    await run(runtime, '\nfunction explode() { throw new Error("boom"); }', 'lib');
    const outcome = await run(runtime, 'explode()', 'use', 2);
    expect(outcome).toMatchObject({ ok: false, error: { message: 'boom', line: 2, inCell: 'lib' } });
  });

  test('a thrown number is located by its throw statement', async () => {
    const outcome = await run(new NotebookRuntime(), '1;\nthrow 42;');
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'thrown', line: 2 } });
    if (!outcome.ok) expect(outcome.error.message).toContain('42 (a number was thrown, not an Error');
  });

  test('an awaited rejection with a non-Error is located by its await', async () => {
    const outcome = await run(new NotebookRuntime(), '\n\nawait Promise.reject("nope");');
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'thrown', line: 3 } });
  });

  test('stack overflow is reported with a line and a hint', async () => {
    const outcome = await run(new NotebookRuntime(), 'function down(n) {\n  return down(n + 1);\n}\ndown(0)');
    expect(outcome).toMatchObject({ ok: false, error: { name: 'RangeError', line: 2 } });
    if (!outcome.ok) expect(outcome.error.hint).toMatch(/base case/);
    if (!outcome.ok) expect(outcome.error.frames[0]).toMatch(/^at down \(line 2\) ×\d+$/);
  });

  test('a huge allocation is reported with its line', async () => {
    const outcome = await run(new NotebookRuntime(), '\nconst big = new Array(2 ** 40);');
    expect(outcome).toMatchObject({ ok: false, error: { name: 'RangeError', line: 2 } });
  });

  test('a syntax error never reaches the store', async () => {
    const runtime = new NotebookRuntime();
    const outcome = await run(runtime, 'const ok = 1;\nconst = 2;');
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'syntax', line: 2 } });
    expect(Object.keys(runtime.store)).toEqual([]);
  });

  test('describeThrown says what kind of value was thrown', () => {
    expect(describeThrown({ code: 7 })).toMatch(/^\{"code":7\} \(an object was thrown/);
    expect(describeThrown(null)).toMatch(/^null \(null was thrown/);
  });
});

describe('a fetch the site’s policy refuses', () => {
  const failing = { tf: {}, show: () => undefined, locals: { fetch: () => Promise.reject(new TypeError('Failed to fetch')) } };
  test('names the other site on the failing line and says the site keeps everything on its own origin', async () => {
    const runtime = new NotebookRuntime({ origin: 'https://depthwise.example' });
    const outcome = await runtime.run({ cellId: 'a', runId: 1, code: 'const page = 1;\nawait fetch("https://example.com/data.json");', globals: failing });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.line).toBe(2);
    expect(outcome.error.hint).toBe(cellStrings.fetchHints.foreign('https://example.com'));
    expect(outcome.error.hint).toMatch(/keeps everything on its own origin/);
  });
  test('a failed fetch of the site’s own file, or of an address the code computes, gets the general hint', async () => {
    const runtime = new NotebookRuntime({ origin: 'https://depthwise.example' });
    for (const code of ['await fetch("https://depthwise.example/data/mnist-digits.bin");', 'const where = "https://" + "example.com";\nawait fetch(where);']) {
      const outcome = await runtime.run({ cellId: 'b', runId: 2, code, globals: failing });
      expect(outcome.ok ? undefined : outcome.error.hint, code).toBe(cellStrings.fetchHints.failed);
    }
  });
  test('the hint follows each browser’s wording of a failed fetch', () => {
    const context = { line: 'await fetch("http://evil.example:8080/x")', origin: 'https://depthwise.example' };
    for (const message of ['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed']) {
      expect(hintFor(message, context), message).toBe(cellStrings.fetchHints.foreign('http://evil.example:8080'));
    }
    expect(hintFor('Failed to fetch dynamically imported module', context)).toBeUndefined();
  });
});

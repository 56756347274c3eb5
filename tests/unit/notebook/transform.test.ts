import { describe, expect, test } from 'vitest';
import { transformCell } from '../../../src/lib/notebook/transform';
import { originalPosition } from '../../../src/lib/notebook/edits';

function ok(source: string) {
  const program = transformCell(source, 'cell-t.js');
  if (!program.ok) throw new Error(`unexpected syntax error: ${program.message}`);
  return program;
}

describe('transformCell', () => {
  test('keeps the line count: body has the cell lines plus the closing and sourceURL lines', () => {
    const source = 'const a = 1;\nlet b;\nfunction f() {\n  return a;\n}\nf()';
    expect(ok(source).body.split('\n')).toHaveLength(source.split('\n').length + 2);
  });

  test('collects top-level names from const, let, var, destructuring, functions and classes', () => {
    const program = ok('const a = 1, { b, c: [d, ...e] } = o;\nlet f;\nvar g = 2;\nfunction h() {}\nclass K {}\n{ const inner = 1 }');
    expect(program.declared).toEqual(['a', 'b', 'd', 'e', 'f', 'g', 'h', 'K']);
  });

  test('returns the value of a final expression statement, not of a final declaration', () => {
    expect(ok('const a = 1;\na + 1').returnsValue).toBe(true);
    expect(ok('const a = 1;').returnsValue).toBe(false);
    expect(ok('if (true) { 1 }').returnsValue).toBe(false);
  });

  test('a trailing line comment after the last expression stays a comment', () => {
    expect(ok('1 + 1 // two').body).toContain('return (1 + 1) // two');
  });

  test('accepts top-level await', () => {
    expect(ok('const x = await Promise.resolve(3);\nx').returnsValue).toBe(true);
  });

  test('reports a syntax error at the reader\'s line and column', () => {
    expect(transformCell('const a = 1;\nconst = 2;')).toMatchObject({ ok: false, line: 2, column: 7 });
  });

  test('rejects import with a message naming what is in scope, at its line', () => {
    expect(transformCell('1;\nimport x from "y";')).toMatchObject({
      ok: false,
      line: 2,
      message: 'import and export are not available in cells (tf and show are already in scope)',
    });
  });

  test('nested awaits and throws are instrumented innermost-closing-first', () => {
    const body = ok('await (await f())').body;
    expect(body).toContain('return (await ($$cell.awaited((await $$cell.awaited((f()), 1)), 1)))');
  });

  test('originalPosition maps a column after a rewritten `const` back to the reader\'s column', () => {
    const program = ok('const value = missing();');
    const line = program.body.split('\n')[0] ?? '';
    const generatedColumn = line.indexOf('missing') + 1;
    expect(originalPosition(program, 1, generatedColumn)).toEqual({ line: 1, column: 15 });
  });

  test('originalPosition maps a position on a later line unchanged', () => {
    const program = ok('const a = 1;\n  boom(a)');
    const line = program.body.split('\n')[1] ?? '';
    expect(originalPosition(program, 2, line.indexOf('boom') + 1)).toEqual({ line: 2, column: 3 });
  });
});

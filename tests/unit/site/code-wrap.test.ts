import { describe, expect, it } from 'vitest';
import { leadingColumns, WRAP_INDENT, wrapIndentTransformer } from '../../../src/lib/site/code-wrap';

describe('leadingColumns', () => {
  it('counts spaces, and tabs to the next tab stop', () => {
    expect(leadingColumns('const x = 1;')).toBe(0);
    expect(leadingColumns('    return y;')).toBe(4);
    expect(leadingColumns('\t x', 2)).toBe(3);
    expect(leadingColumns(' \tx', 4)).toBe(4);
    expect(leadingColumns('   ')).toBe(3);
  });
});

describe('wrapIndentTransformer', () => {
  it('gives each line its own indentation plus the wrap indent, keeping Shiki\'s own style', () => {
    const context = { source: 'function f() {\n    return 1;\n}' };
    const plain = { properties: {} as Record<string, unknown> };
    const styled = { properties: { style: '--shiki-light:#000' } as Record<string, unknown> };
    wrapIndentTransformer.line.call(context, plain, 2);
    wrapIndentTransformer.line.call(context, styled, 1);
    expect(plain.properties.style).toBe(`--wrap-indent:${4 + WRAP_INDENT}ch`);
    expect(styled.properties.style).toBe(`--shiki-light:#000;--wrap-indent:${WRAP_INDENT}ch`);
  });
});

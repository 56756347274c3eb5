import { describe, expect, it } from 'vitest';
import rehypeScrollableTables, { TABLE_SCROLL_CLASS, UNCAPTIONED_TABLE_LABEL } from '../../../src/lib/markdown/rehype-scrollable-tables';

describe('rehypeScrollableTables', () => {
  it('wraps a Markdown table in a focusable region named by its caption', () => {
    const caption = { type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: 'Costs' }] };
    const table = { type: 'element', tagName: 'table', properties: {}, children: [caption] };
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', children: [] }, table] };
    rehypeScrollableTables()(tree);
    expect(tree.children[1]).toEqual({
      type: 'element', tagName: 'div',
      properties: { className: [TABLE_SCROLL_CLASS], role: 'region', tabIndex: 0, ariaLabelledBy: 'table-caption-1' },
      children: [table],
    });
    expect(caption.properties).toEqual({ id: 'table-caption-1' });
  });
  it('names a table without a caption generically', () => {
    const table = { type: 'element', tagName: 'table', children: [] };
    const tree = { type: 'root', children: [table] };
    rehypeScrollableTables()(tree);
    expect((tree.children[0] as unknown as { properties: object }).properties).toMatchObject({ ariaLabel: UNCAPTIONED_TABLE_LABEL });
  });
  it('wraps a JSX <table> in MDX, keeping an existing caption id', () => {
    const caption = { type: 'mdxJsxFlowElement', name: 'caption', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'mobilenet' }], children: [] };
    const table = { type: 'mdxJsxFlowElement', name: 'table', attributes: [], children: [caption] };
    const tree = { type: 'root', children: [table] };
    rehypeScrollableTables()(tree);
    const box = tree.children[0] as { name: string; attributes: Array<{ name: string; value: string }>; children: unknown[] };
    expect(box.name).toBe('div');
    expect(Object.fromEntries(box.attributes.map((a) => [a.name, a.value]))).toEqual({
      class: TABLE_SCROLL_CLASS, role: 'region', tabindex: '0', 'aria-labelledby': 'mobilenet',
    });
    expect(box.children).toEqual([table]);
  });
  it('numbers the captions of several tables in one lesson apart and never wraps a table twice', () => {
    const make = () => ({ type: 'mdxJsxFlowElement', name: 'table', attributes: [], children: [{ type: 'mdxJsxFlowElement', name: 'caption', attributes: [], children: [] }] });
    const tree = { type: 'root', children: [make(), make()] };
    rehypeScrollableTables()(tree);
    rehypeScrollableTables()(tree);
    const labels = tree.children.map((box) => (box as unknown as { attributes: Array<{ name: string; value: string }> }).attributes.at(-1)?.value);
    expect(labels).toEqual(['table-caption-1', 'table-caption-2']);
    const box = tree.children[0] as unknown as { name: string; children: Array<{ name: string }> };
    expect(box.name).toBe('div');
    expect(box.children.map((child) => child.name)).toEqual(['table']);
  });
});

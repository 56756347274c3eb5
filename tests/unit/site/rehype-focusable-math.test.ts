import { describe, expect, it } from 'vitest';
import rehypeFocusableMath from '../../../src/lib/markdown/rehype-focusable-math';

describe('rehypeFocusableMath', () => {
  it('makes every .katex-display focusable and named, and leaves other elements alone', () => {
    const display = { type: 'element', tagName: 'span', properties: { className: ['katex-display'] }, children: [] };
    const inline = { type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [] };
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', children: [display, inline] }] };
    rehypeFocusableMath()(tree);
    expect(display.properties).toMatchObject({ tabIndex: 0, role: 'group', ariaLabel: expect.stringContaining('Formula') });
    expect(inline.properties).toEqual({ className: ['katex'] });
  });
});

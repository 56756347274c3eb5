import { describe, expect, it } from 'vitest';
import { promptRuns } from '../../../src/lib/quiz';
import { promptHtml } from '../../../src/notebook/prompt-html';

describe('prompts', () => {
  it('promptRuns splits text, `code` and $math$, collapsing whitespace in text', () => {
    expect(promptRuns('A $3 \\times 3$ layer reads\n `[1, 28, 28, 3]`.')).toEqual([
      { kind: 'text', text: 'A ' }, { kind: 'math', text: '3 \\times 3' }, { kind: 'text', text: ' layer reads ' },
      { kind: 'code', text: '[1, 28, 28, 3]' }, { kind: 'text', text: '.' },
    ]);
  });
  it('promptHtml escapes text and code, typesets math, and keeps KaTeX’s MathML out of the search index', () => {
    const html = promptHtml('Is `a<b` & $k^2$ right?', { mathml: true });
    expect(html).toContain('Is <code>a&lt;b</code> &amp; ');
    expect(html).toContain('<span class="katex-mathml" data-pagefind-ignore="">');
    expect(html).toContain('<math');
    expect(promptHtml('$k^2$', { mathml: false })).not.toContain('<math');
  });
  it('promptHtml refuses TeX it cannot typeset, so a broken prompt fails the build', () => {
    expect(() => promptHtml('$\\frac{1$', { mathml: true })).toThrow();
  });
});

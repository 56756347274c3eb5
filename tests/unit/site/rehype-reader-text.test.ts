import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import rehypeReaderText from '../../../src/lib/markdown/rehype-reader-text';
import { readableHeadings } from '../../../src/lib/site/lessons';

async function render(markdown: string): Promise<{ html: string; headingTexts: string[] }> {
  const file = await unified().use(remarkParse).use(remarkMath).use(remarkRehype)
    .use(rehypeKatex, { output: 'htmlAndMathml' }).use(rehypeReaderText).use(rehypeStringify).process(markdown);
  const data = file.data as { astro?: { frontmatter?: { headingTexts?: string[] } } };
  return { html: String(file), headingTexts: data.astro?.frontmatter?.headingTexts ?? [] };
}

describe('rehypeReaderText', () => {
  it('gives "## The ratio $1/N + 1/k^2$" the contents text "The ratio 1/N + 1/k²", each formula once', async () => {
    const { headingTexts } = await render('# Cost\n\n## The ratio $1/N + 1/k^2$\n\n### Output $H_\\text{out} \\times W_\\text{out}$, $x_1$\n');
    expect(headingTexts).toEqual(['Cost', 'The ratio 1/N + 1/k²', 'Output H_out × W_out, x₁']);
  });
  it('writes fractions as a/b and keeps exponents it cannot raise readable', async () => {
    const { headingTexts } = await render('## $\\frac{1}{N} + k^{ab}$\n');
    expect(headingTexts).toEqual(['1/N + k^(ab)']);
  });
  it('keeps KaTeX\'s MathML copy out of the search index and leaves the visible HTML in it', async () => {
    const { html } = await render('Text with $M$ inside.\n');
    expect(html).toMatch(/<span class="katex-mathml" data-pagefind-ignore="">/);
    expect(html).not.toMatch(/class="katex-html"[^>]*data-pagefind-ignore/);
  });
});

describe('readableHeadings', () => {
  const headings = [{ depth: 2, slug: 'a', text: 'The ratio 1/N+1/k21/N + 1/k^21/N+1/k2' }];
  it('replaces each text by the readable one when the lists line up, and keeps the headings otherwise', () => {
    expect(readableHeadings(headings, ['The ratio 1/N + 1/k²'])).toEqual([{ depth: 2, slug: 'a', text: 'The ratio 1/N + 1/k²' }]);
    expect(readableHeadings(headings, [])).toEqual(headings);
    expect(readableHeadings(headings, undefined)).toEqual(headings);
  });
});

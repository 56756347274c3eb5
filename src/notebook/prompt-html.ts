// Quiz and exercise prompts as HTML, at build time: text escaped, `code` as <code>, $math$ typeset by KaTeX.
import katex from 'katex';
import { promptRuns } from '../lib/quiz/prompt';
import { escapeHtml } from '../lib/viz/stepper-markup';

/**
 * `prompt` (Markdown with `code` and $math$ spans) as HTML. On a lesson page the formula carries MathML for screen
 * readers, kept out of the search index as the lessons' own formulas are (src/lib/markdown/rehype-reader-text.ts);
 * on paper (`mathml: false`) only the visible HTML is written.
 */
export function promptHtml(prompt: string, options: { mathml: boolean }): string {
  return promptRuns(prompt).map((run) => {
    if (run.kind === 'code') return `<code>${escapeHtml(run.text)}</code>`;
    if (run.kind === 'text') return escapeHtml(run.text);
    const html = katex.renderToString(run.text, { throwOnError: true, output: options.mathml ? 'htmlAndMathml' : 'html' });
    return html.replaceAll('<span class="katex-mathml">', '<span class="katex-mathml" data-pagefind-ignore="">');
  }).join('');
}

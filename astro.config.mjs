// Astro configuration: a static site; lessons are MDX with KaTeX typeset at build time.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { tfjsWasmThreads } from './src/integrations/tfjs-wasm-threads.mjs';
import { testFixtures } from './src/integrations/test-fixtures.mjs';
import { lessonNotebooks } from './src/integrations/notebooks.mjs';
import { watModules } from './src/integrations/wat.mjs';
import rehypeFocusableMath from './src/lib/markdown/rehype-focusable-math.ts';
import rehypeReaderText from './src/lib/markdown/rehype-reader-text.ts';
import rehypeScrollableTables from './src/lib/markdown/rehype-scrollable-tables.ts';
import { CODE_THEMES } from './src/lib/site/code-themes.ts';
import { ASTRO_CSP } from './scripts/lib/csp.mjs';
import { wrapIndentTransformer } from './src/lib/site/code-wrap.ts';

// Astro 7's default (native) Markdown processor ignores remark/rehype plugins, so the unified
// processor is named explicitly; MDX files go through it too (@astrojs/markdown-remark ≥ 7.3).
const markdownProcessor = unified({
  remarkPlugins: [remarkMath],
  rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', throwOnError: true }], rehypeFocusableMath, rehypeReaderText, rehypeScrollableTables],
});

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx(), testFixtures(), lessonNotebooks()],
  // Every page carries the site's Content Security Policy in a <meta>, with the hashes of its inline
  // scripts (Astro's own, and those InlineScript.astro adds); the server and dist/_headers send the
  // same policy as a header, with what only a header can say (scripts/lib/csp.mjs).
  security: { csp: ASTRO_CSP },
  markdown: {
    processor: markdownProcessor,
    syntaxHighlight: 'shiki',
    shikiConfig: { themes: CODE_THEMES, defaultColor: false, transformers: [wrapIndentTransformer] },
  },
  build: { format: 'directory', inlineStylesheets: 'auto' },
  server: { port: 4321 },
  vite: {
    plugins: [tfjsWasmThreads(), watModules()],
    // Worker bundles hold TF.js: drop its hundreds of repeated licence headers (credited on the About page).
    worker: { format: 'es', plugins: () => [tfjsWasmThreads(), watModules()], rolldownOptions: { output: { comments: { legal: false } } } },
    build: { target: 'es2022' },
  },
});

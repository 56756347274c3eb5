// Lint rules, including the one-way import flow of CONTRIBUTING.md ("Layout"):
// pages → layouts → components/notebook → client → lib, and workers → lib.
// (tests/unit/site/architecture.test.ts checks the same flow for .astro and .mdx files.)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const TFJS = { group: ['@tensorflow/*'], message: 'TF.js runs only inside src/workers/.' };
const FOLDERS = ['lib', 'client', 'workers', 'notebook', 'components', 'layouts', 'pages'];
const MAX_DEPTH = 4;

/**
 * Config blocks forbidding `folder`'s files to import the src/ folders in `banned`. Relative
 * imports leave src/<folder> by one `../` per level of nesting, so each depth gets its own pattern
 * (a nested `lib/notebook/` must not be mistaken for the top-level `notebook/`).
 */
function boundary(folder, banned, { allowTfjs, why }) {
  return Array.from({ length: MAX_DEPTH }, (_, depth) => {
    const up = '../'.repeat(depth + 1);
    const files = [`src/${folder}/${'*/'.repeat(depth)}*.ts`];
    const group = banned.flatMap((name) => [`${up}${name}`, `${up}${name}/**`]);
    const patterns = [{ group, message: why }, ...(allowTfjs ? [] : [TFJS])];
    return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
  });
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-test/', '.astro/', '.cache/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [TFJS] }],
    },
  },
  ...boundary('lib', FOLDERS.filter((name) => name !== 'lib'), {
    why: 'src/lib is pure: it imports nothing from the other folders of src/.',
  }),
  ...boundary('client', ['workers', 'notebook', 'components', 'layouts', 'pages'], {
    why: 'src/client imports only src/lib (workers are started by URL, not imported).',
  }),
  ...boundary('workers', ['client', 'notebook', 'components', 'layouts', 'pages'], {
    allowTfjs: true,
    why: 'Workers import only src/lib and TF.js.',
  }),
  {
    files: ['tests/**/*.ts', 'scripts/**/*.mjs', 'scripts/**/*.ts', 'bench/**/*.mjs'],
    rules: { 'no-restricted-imports': 'off' },
  },
);

// Lint rules, including the one-way import flow of STYLE.md:
// pages → layouts → components/notebook → client → lib, and workers → lib.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const TFJS = { group: ['@tensorflow/*'], message: 'TF.js runs only inside src/workers/.' };
const upward = (names, why) => ({
  group: names.flatMap((name) => [`**/${name}/**`, `**/${name}`]),
  message: why,
});

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [TFJS] }],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [TFJS, upward(['client', 'workers', 'notebook', 'components', 'layouts', 'pages'], 'src/lib is pure: it imports nothing from the other folders.')],
      }],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [TFJS, upward(['workers', 'notebook', 'components', 'layouts', 'pages'], 'src/client imports only src/lib (workers are started by URL).')],
      }],
    },
  },
  {
    files: ['src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [upward(['client', 'notebook', 'components', 'layouts', 'pages'], 'Workers import only src/lib and TF.js.')],
      }],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.mjs'],
    rules: { 'no-restricted-imports': 'off' },
  },
);

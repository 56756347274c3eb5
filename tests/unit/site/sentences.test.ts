/**
 * Every reader-facing sentence lives in src/lib/strings (CONTRIBUTING.md, "Small habits"), so a wording fix or a
 * translation touches one folder. This test reads every source file of src/ — components, notebook blocks, client
 * modules, pages, layouts, workers and src/lib — and fails on each sentence (defined in ./sentences.ts) found outside
 * src/lib/strings, naming its file, line and text. Lesson MDX is content and is not read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSentence, sentencesIn } from './sentences';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

/**
 * Where text is content or data rather than the interface. Each entry is a folder (ending in /) or a file of src/.
 * Keep it short: a new entry needs a reason a reviewer accepts.
 */
export const CONTENT: readonly { path: string; why: string }[] = [
  { path: 'lib/strings/', why: 'the strings themselves' },
  { path: 'content/', why: 'lessons and page prose, as MDX: content, translated as documents' },
  { path: 'lib/exercises/catalog/', why: 'the lessons’ exercises: prompt, hints and solution are lesson content, written and translated with the lesson' },
  { path: 'lib/quiz/catalog/', why: 'the lessons’ quiz questions: each prompt is lesson content, written and translated with the lesson' },
  { path: 'lib/class/objectives.ts', why: 'what each lesson teaches, in the lesson’s words: lesson content' },
  { path: 'lib/sources/', why: 'bibliographic records (authors, titles, tables and pages cited) as the works publish them' },
  { path: 'lib/notebooks/expected.ts', why: 'what the lessons’ Python programs print, compared character for character with Jupyter’s output' },
  { path: 'integrations/', why: 'build plugins: their text is the build log and generated code, read by developers' },
];

/** Single strings that read like sentences but are not the interface's text: program text in another language, stored data, titles as published. */
export const ALLOWED: readonly { path: string; text: RegExp; why: string }[] = [
  { path: 'workers/probes/webgpu.ts', text: /^struct Params/, why: 'WGSL source of the WebGPU probe' },
  { path: 'lib/notebooks/lesson-notebook.ts', text: /import tensorflow as tf/, why: 'Python source of a notebook’s first cell' },
  { path: 'components/ThemeInit.astro', text: /^\(function \(\) \{/, why: 'JavaScript source of the inline script that sets the theme before first paint' },
  { path: 'components/ClassModeInit.astro', text: /^\(function \(\) \{/, why: 'JavaScript source of the inline script that sets class mode before first paint' },
  { path: 'lib/lab/class-link-format.ts', text: /^device not recorded$/, why: 'the value pools kept by earlier pages hold where a device is missing: data to recognise, not text to show' },
  { path: 'lib/viz/photos.ts', text: /^(Boats in River, Nagasaki|Airplane Viewed from Above Looking Down)$/, why: 'titles of the photographs as the Getty Museum publishes them' },
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const isContent = (path: string) => CONTENT.some((entry) => (entry.path.endsWith('/') ? path.startsWith(entry.path) : path === entry.path));
const sources = files(SRC)
  .map((file) => relative(SRC, file))
  .filter((path) => /\.(ts|mts|mjs|js|astro)$/.test(path) && !path.endsWith('.d.ts'));
const found = sources.filter((path) => !isContent(path)).flatMap((path) =>
  sentencesIn(readFileSync(join(SRC, path), 'utf8'), path.endsWith('.astro') ? 'astro' : 'ts').map((sentence) => ({ path, ...sentence })));
const allowedBy = (sentence: { path: string; text: string }) => ALLOWED.find((entry) => entry.path === sentence.path && entry.text.test(sentence.text));

describe('reader-facing sentences live in src/lib/strings', () => {
  it('reads the source files of every folder', () => {
    for (const folder of ['components/', 'notebook/', 'client/', 'pages/', 'layouts/', 'workers/', 'lib/']) {
      expect(sources.filter((path) => path.startsWith(folder) && !isContent(path)).length, folder).toBeGreaterThan(0);
    }
  });

  it('no component, notebook block, client module, page, layout, worker or lib module holds a sentence of its own', () => {
    const offenders = found.filter((sentence) => !allowedBy(sentence)).map(({ path, line, text }) => `src/${path}:${line}: “${text}”`);
    expect(offenders, 'move each sentence to src/lib/strings (see tests/unit/site/sentences.ts for what counts)').toEqual([]);
  });

  it('every allowance still matches a string in its file', () => {
    expect(ALLOWED.filter((entry) => !found.some((sentence) => allowedBy(sentence) === entry)).map((entry) => `${entry.path} ${entry.text}`)).toEqual([]);
  });
});

describe('what counts as a sentence', () => {
  it('three or more words, two of them of letters; an interpolation counts as a word', () => {
    expect(isSentence('Run all above')).toBe(true);
    expect(isSentence('Step \u0000 of \u0000')).toBe(true);
    expect(isSentence('“Ce n’est pas” là')).toBe(true);
    expect(isSentence('Run all')).toBe(false);
    expect(isSentence('\u0000 of \u0000')).toBe(false);
    expect(isSentence('3×3 conv 64 → 128')).toBe(false);
    expect(isSentence('M0 0 L 10 10 x y')).toBe(false);
    expect(isSentence('.cell .output .error')).toBe(false);
    expect(isSentence('<strong>Run</strong> <em>all</em> above')).toBe(true);
  });

  it('finds string literals, templates, attribute values and element text, with their lines', () => {
    const ts = "const a = 'one';\nconst b = `Ran ${n} times here`;\nel.textContent = 'Nothing to show yet';\n";
    expect(sentencesIn(ts, 'ts')).toEqual([{ line: 2, text: 'Ran ${…} times here' }, { line: 3, text: 'Nothing to show yet' }]);
    const astro = '---\nconst x = 1;\n---\n<p title="Open the whole lesson">Ran {x} times\n on this machine</p>\n';
    expect(sentencesIn(astro, 'astro')).toEqual([{ line: 4, text: 'Open the whole lesson' }, { line: 4, text: 'Ran ${…} times on this machine' }]);
  });

  it('skips comments, imports, types, class names, CSS, selectors, media queries, the console and errors for the programmer', () => {
    const ts = [
      "// A comment with many words in it",
      "import { a } from './some where else';",
      "type Mode = 'one two three';",
      "el.className = 'cell cell-output is-hidden';",
      "el.classList.add('one', 'two three four');",
      "el.style.cssText = 'display: none; color: red';",
      "document.querySelectorAll('input, select, textarea');",
      "matchMedia('(hover: hover) and (pointer: fine)');",
      "console.warn('the worker is slow today');",
      "throw new Error(`invalid count: ${count} (must be positive)`);",
      "throw new Error(`Error in conv2d: filter must be rank 4, but got ${rank}`);",
    ].join('\n');
    expect(sentencesIn(ts, 'ts')).toEqual([]);
    const astro = '<div class="one two three" style="color: red; font-weight: bold"><!-- a comment of words --></div>\n<style>.a .b .c { color: red }</style>\n';
    expect(sentencesIn(astro, 'astro')).toEqual([]);
  });

  it('an error a reader reads is a sentence', () => {
    expect(sentencesIn("throw new Error('The digits could not be downloaded');", 'ts')).toEqual([{ line: 1, text: 'The digits could not be downloaded' }]);
  });
});

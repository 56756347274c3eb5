// The lessons' Jupyter notebooks: built from a lesson page, valid against the official nbformat 4 schema (vendored with
// its licence in tests/fixtures/nbformat/), never shipping outputs, and carrying the outputs the site computed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import {
  cellId, codeCell, EXPECTED_OUTPUTS, expectedOutput, lessonNotebook, NOTEBOOK_PACKAGES, pipIndexArgs, pythonShape, sourceLines,
} from '../../../src/lib/notebooks';
import { notebookFileName, notebookHref } from '../../../src/lib/site/routes';
import { lessonFiles, lessonSource } from '../lessons/mdx';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const schema = JSON.parse(readFileSync(join(FIXTURES, 'nbformat/nbformat.v4.5.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const fixture = readFileSync(join(FIXTURES, 'notebooks/lesson.html'), 'utf8');
const source = (cell: { source: string[] }) => cell.source.join('');

describe('the vendored nbformat 4.5 schema', () => {
  it('is JSON Schema draft-04 and comes with its licence', () => {
    expect(schema).toMatchObject({ $schema: 'http://json-schema.org/draft-04/schema#', description: 'Jupyter Notebook v4.5 JSON schema.' });
    expect(readFileSync(join(FIXTURES, 'nbformat/LICENSE'), 'utf8')).toContain('BSD 3-Clause License');
  });
  it('refuses a notebook with a cell that has no id, or a code cell without outputs', () => {
    const notebook = lessonNotebook(fixture, 'depthwise', '/depthwise/');
    const withoutId = { ...notebook, cells: notebook.cells.map(({ id: _id, ...cell }) => cell) };
    expect(validate(withoutId)).toBe(false);
    const code = notebook.cells.find((cell) => cell.cell_type === 'code')!;
    expect(validate({ ...notebook, cells: [{ ...code, outputs: undefined }] })).toBe(false);
  });
});

describe('lessonNotebook', () => {
  const notebook = lessonNotebook(fixture, 'depthwise', '/depthwise/');
  const markdown = notebook.cells.filter((cell) => cell.cell_type === 'markdown').map(source).join('\n\n');
  const code = notebook.cells.filter((cell) => cell.cell_type === 'code');

  it('is a valid nbformat 4.5 notebook with unique cell ids and a Python 3 kernel', () => {
    expect(validate(notebook), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(notebook.cells.map((cell) => cell.id)).size).toBe(notebook.cells.length);
    expect(notebook.metadata.kernelspec.name).toBe('python3');
  });
  it('has no output cells pretending to have run', () => {
    for (const cell of code) expect(cell).toMatchObject({ outputs: [], execution_count: null });
  });
  it('opens with the title, the summary, what it is and the objectives, then a setup cell naming the pinned versions', () => {
    expect(source(notebook.cells[0]!)).toMatch(/^# Depthwise convolution\n\n\*One kernel per channel, and \*why\* it matters\.\*/);
    expect(source(notebook.cells[0]!)).toContain(`TensorFlow ${NOTEBOOK_PACKAGES.tensorflow}`);
    expect(source(notebook.cells[0]!)).toContain('- read `[1, 28, 28, 3]`');
    expect(source(code[0]!)).toContain(`Keras ${NOTEBOOK_PACKAGES.keras}`);
  });
  it('keeps prose, formulas, lists and tables as Markdown, escaping what Jupyter would misread', () => {
    expect(markdown).toContain('## One kernel per channel');
    expect(markdown).toContain('A **depthwise** layer with $k \\times k$ kernels costs \\$5 in \\*stars\\*');
    expect(markdown).toContain('$$P = k^2 C$$');
    expect(markdown).toContain('- first point\n   - nested point\n- second point');
    expect(markdown).toContain('**Counts**\n\n| Layer | Parameters |\n| --- | --- |\n| depthwise \\\\| 3×3 | 27 |');
  });
  it('names the site\'s own links as routes and keeps external links', () => {
    expect(markdown).toContain("cost lesson (the site's `/cost/` page)");
    expect(markdown).toContain('[MobileNet](https://arxiv.org/abs/1704.04861)');
  });
  it('turns a Keras example into a code cell ending in the output the site computed, in its metadata too', () => {
    const pair = code.find((cell) => cell.metadata.depthwise_lab?.pair === 'dw-seed')!;
    expect(source(pair)).toMatch(/^import tensorflow as tf\nprint\(f"Number of parameters: \{27\}"\)\n\n# Expected output/);
    for (const line of expectedOutput('dw-seed')) expect(source(pair)).toContain(`# ${line}`);
    expect(pair.metadata.depthwise_lab?.expected_output).toEqual(expectedOutput('dw-seed'));
    expect(markdown).toContain('the next example is the cell “The seed\'s depthwise layer, in TF.js”');
  });
  it('names TF.js-only cells, exercises, quizzes and figures as such, with the cells\' code for reading', () => {
    expect(markdown).toContain('**TF.js-only cell on the site: “Only in the browser”.**');
    expect(markdown).toContain('````js\nconst fence = "```";\nconsole.log(tf.getBackend());\n````');
    expect(markdown).toContain('**Exercise on the site (TF.js): Write the loops.**');
    expect(markdown).toContain('**Predict, then check on the site:** How many parameters has a $3 \\times 3$ depthwise layer on 3 channels?');
    expect(markdown).toContain('**Figure on the site:** A block diagram.');
    expect(markdown).toContain('**Interactive on the site:** a step-by-step animation of the sliding window (Current step: input windows).');
  });
  it('leaves out scripts, buttons, hidden text and navigation', () => {
    for (const text of ['not in the notebook', 'Projector mode', 'hidden text', 'Next lesson', 'Printable worksheet', 'Solved', 'Not run yet']) {
      expect(markdown).not.toContain(text);
    }
  });
  it('refuses a page that is not a lesson', () => {
    expect(() => lessonNotebook('<p>no article</p>', 'depthwise', '/depthwise/')).toThrow('invalid lesson page: /depthwise/ has no <article class="lesson">');
  });
});

describe('expected outputs', () => {
  const pairs = lessonFiles().flatMap((file) => [...lessonSource(file).matchAll(/<CodePair id="([^"]+)">[\s\S]*?```python\n([\s\S]*?)```/g)].map((match) => ({ id: match[1]!, python: match[2]! })));
  it('exist for every Keras example of every lesson, and for nothing else', () => {
    expect(pairs.map((pair) => pair.id).sort()).toEqual(Object.keys(EXPECTED_OUTPUTS).sort());
  });
  it('are lines each Keras example can print: each label appears in its code', () => {
    for (const pair of pairs) for (const line of expectedOutput(pair.id)) expect(pair.python, `${pair.id}: ${line}`).toContain(line.split(/[:={(]/)[0]!.trim());
  });
  it('hold the seed\'s 27, 48 and 8,768 and the grouped kernels', () => {
    expect(expectedOutput('dw-seed')).toContain('Number of parameters: 27');
    expect(expectedOutput('pw-seed')).toContain('Pointwise Params: 48');
    expect(expectedOutput('sep-block')).toContain('Total Parameters in the Block: 8768');
    expect(expectedOutput('sep-groups')[1]).toBe('groups=2: kernel (3, 3, 2, 8), 144 parameters, output (1, 8, 8, 8)');
    expect(pythonShape([1, 28, 28, 3])).toBe('(1, 28, 28, 3)');
    expect(() => expectedOutput('nope')).toThrow('invalid code pair: nope');
  });
});

describe('notebook building blocks', () => {
  it('split sources into Jupyter lines and refuse an empty cell', () => {
    expect(sourceLines('a\nb\n\n')).toEqual(['a\n', 'b']);
    expect(() => sourceLines('  \n')).toThrow('invalid cell source: empty');
    expect(codeCell('x-000', 'print(1)')).toMatchObject({ outputs: [], execution_count: null, metadata: {} });
  });
  it('give stable, schema-safe cell ids and refuse bad ones', () => {
    expect(cellId('depthwise', 7)).toBe('depthwise-007');
    expect(() => cellId('Bad id', 0)).toThrow('invalid lesson id: Bad id');
    expect(() => cellId('depthwise', -1)).toThrow('invalid cell index: -1');
  });
  it('live at /notebooks/<lesson>.ipynb and download as depthwise-lab-<lesson>.ipynb', () => {
    expect(notebookHref('separable')).toBe('/notebooks/separable.ipynb');
    expect(notebookFileName('separable')).toBe('depthwise-lab-separable.ipynb');
    expect(() => notebookHref('../etc')).toThrow('invalid lesson id: ../etc');
  });
});

describe('packages and the pip index', () => {
  it('the TensorFlow and Keras the notebooks name are the ones requirements.txt pins', () => {
    const requirements = readFileSync(join(import.meta.dirname, '../../../scripts/notebooks/requirements.txt'), 'utf8');
    expect(requirements).toMatch(new RegExp(`^tensorflow_cpu==${NOTEBOOK_PACKAGES.tensorflow.replace(/\./g, '\\.')}$`, 'm'));
    expect(requirements).toMatch(new RegExp(`^keras==${NOTEBOOK_PACKAGES.keras.replace(/\./g, '\\.')}$`, 'm'));
    for (const name of ['nbclient', 'ipykernel', 'nbformat']) expect(requirements).toMatch(new RegExp(`^${name}==\\d`, 'm'));
    for (const line of requirements.split('\n').filter((entry) => entry && !entry.startsWith('#'))) expect(line).toMatch(/^[A-Za-z0-9_.-]+==[\w.]+$/);
  });
  it('reads the configured indexes from `pip config list`: the first becomes --index-url', () => {
    const listing = ":env:.find-links='/opt/wheels'\nglobal.cert='/etc/ssl/certs/ca.crt'\nglobal.extra-index-url='file:///opt/pypi/simple file:///opt/pypi-more/simple'\n";
    expect(pipIndexArgs(listing)).toEqual({
      indexes: ['file:///opt/pypi/simple', 'file:///opt/pypi-more/simple'],
      args: ['--index-url', 'file:///opt/pypi/simple', '--extra-index-url', 'file:///opt/pypi-more/simple', '--find-links', '/opt/wheels'],
    });
    expect(pipIndexArgs("global.index-url='https://mirror.example/simple'\nuser.extra-index-url='https://other.example/simple'").args)
      .toEqual(['--index-url', 'https://mirror.example/simple', '--extra-index-url', 'https://other.example/simple']);
    expect(pipIndexArgs('')).toEqual({ indexes: [], args: [] });
  });
});

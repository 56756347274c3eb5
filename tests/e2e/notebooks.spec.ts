/**
 * Taking a lesson home: every lesson links its Jupyter notebook, and what downloads is a valid nbformat 4.5 notebook
 * (checked against the vendored official schema) holding the lesson's prose and its Keras examples, without outputs.
 * And the grouped convolution of /separable/: its figure's numbers, and the cell that checks it against both ends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { cell, run } from './cells-steps';
import { LESSON_ROUTES } from './routes';
import { formatCount, groupedParameters, parameterCount } from '../../src/lib/cost';
import { expectedOutput } from '../../src/lib/notebooks';
import { jupyterStrings } from '../../src/lib/strings/jupyter';
import { notebookFileName } from '../../src/lib/site/routes';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/nbformat/nbformat.v4.5.schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false }).compile(schema);

interface Cell { cell_type: string; source: string[]; outputs?: unknown[] }

test('every lesson links its notebook, and each downloads as a valid notebook with the lesson\'s title and no outputs', async ({ page }) => {
  for (const route of LESSON_ROUTES) {
    await page.goto(route);
    const link = page.getByRole('link', { name: jupyterStrings.downloadLink });
    const lesson = route.replaceAll('/', '');
    await expect(link).toHaveAttribute('download', notebookFileName(lesson));
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(notebookFileName(lesson));
    const notebook = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { cells: Cell[] };
    expect(validate(notebook), `${route}: ${JSON.stringify(validate.errors)}`).toBe(true);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    expect(notebook.cells[0]!.source.join('')).toContain(`# ${title!.trim()}`);
    for (const entry of notebook.cells) if (entry.cell_type === 'code') expect(entry.outputs).toEqual([]);
  }
});

test('the /separable/ notebook carries the seed\'s block and the grouped convolution as Python, with the expected outputs', async ({ page }) => {
  await page.goto('/separable/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: jupyterStrings.downloadLink }).click()]);
  const notebook = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { cells: Cell[] };
  const code = notebook.cells.filter((entry) => entry.cell_type === 'code').map((entry) => entry.source.join(''));
  expect(code.find((text) => text.includes('class DepthwiseSeparableConvBlock'))).toContain(`# ${expectedOutput('sep-block').at(-1)}`);
  expect(code.find((text) => text.includes('groups=groups'))).toContain(`# ${expectedOutput('sep-groups')[0]}`);
  const prose = notebook.cells.filter((entry) => entry.cell_type === 'markdown').map((entry) => entry.source.join('')).join('\n');
  expect(prose).toContain('**TF.js-only cell on the site: “Freeze the block, then save it and load it back”.**');
});

test('/separable/ shows the grouped-convolution spectrum with its numbers, and the grouped cell passes its check', async ({ page }) => {
  await page.goto('/separable/');
  const table = page.getByRole('table', { name: 'The same numbers: each group count, what it is, and what it costs' });
  const block = { inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, bias: false } as const;
  await expect(table.getByRole('row', { name: /^1 standard/ }).getByRole('cell').nth(2)).toHaveText(formatCount(groupedParameters({ ...block, groups: 1 })));
  await expect(table.getByRole('row', { name: /^64 depthwise/ }).getByRole('cell').nth(2)).toHaveText(formatCount(groupedParameters({ ...block, groups: 64 })));
  await expect(table.getByRole('row', { name: /separable block/ }).getByRole('cell').nth(2)).toHaveText(formatCount(parameterCount({ ...block, kind: 'separable' })));
  const figure = page.getByRole('img', { name: /Grouped convolution, 64 → 128 channels/ });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('svg')).toBeVisible();
  await expectNoA11yViolations(page, 'group-spectrum');
  const grouped = cell(page, 'A grouped convolution from split, conv2d and concat, checked against both ends');
  const log = await run(grouped);
  await expect(log).toContainText('Check passed: all three agree to within 1e-4.');
  await expect(grouped.getByRole('table')).toContainText('tf.depthwiseConv2d, m = 2');
});

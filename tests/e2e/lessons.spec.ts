/**
 * The six lessons in real Chromium against the built site: every route answers and is axe-clean, every cell
 * runs to "done" and prints the seed's numbers, the calculator and the shape widget recompute from the same
 * libraries the test imports (no hard-coded results), and the quizzes accept a right answer and explain a wrong one.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { builtRoutes, LESSON_ROUTES } from './routes';
import { compareSeparable, formatCount, formatDecimal, parameterCount } from '../../src/lib/cost';
import { calculateCosts, PLOT_KERNELS, savingText } from '../../src/lib/lessons';
import { formatExactCount } from '../../src/lib/cost/exact';
import { explainDepthwiseShape, formatExpected, formatShapeAnswer, shapeQuestion } from '../../src/lib/quiz';
import { lessonStrings, quizStrings } from '../../src/lib/strings';

/** The seed's numbers, computed by the cost library, and the cell whose output must show each. */
const versus = compareSeparable({ inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false });
const SEED_OUTPUTS: Record<string, [cell: string, text: string][]> = {
  '/convolution/': [['conv-count', `Number of parameters: ${formatCount(parameterCount({ kind: 'standard', kernelSize: 3, inChannels: 3, outChannels: 16, bias: true }))}`]],
  '/depthwise/': [['dw-seed', `Number of parameters: ${formatCount(parameterCount({ kind: 'depthwise', kernelSize: 3, inChannels: 3, bias: false }))}`]],
  '/pointwise/': [['pw-seed', `Pointwise Params: ${formatCount(parameterCount({ kind: 'pointwise', inChannels: 3, outChannels: 16, bias: false }))}`]],
  '/separable/': [
    ['sep-block', `Total Parameters in the Block: ${formatCount(versus.separableParameters)}`],
    ['sep-standard', `${formatCount(versus.standardParameters)} parameters`],
    ['sep-save', 'frozen: 0 trainable, 2 non-trainable weight tensors'],
    ['sep-save', `reloaded layer: DepthwiseSeparableConvBlock, ${formatCount(versus.separableParameters)} parameters`],
    ['sep-save', 'max |reloaded − original|: 0'],
  ],
  '/cost/': [
    ['cost-macs', `standard:  ${formatCount(versus.standardMultiplyAdds)} multiply-adds`],
    ['cost-macs', `separable: ${formatCount(versus.separableMultiplyAdds)} multiply-adds`],
  ],
};

async function runAll(page: Page): Promise<number> {
  const cells = page.locator('[data-cell]');
  const count = await cells.count();
  if (count === 0) return 0;
  await page.getByRole('button', { name: 'Run all', exact: true }).click();
  for (let index = 0; index < count; index++) {
    await expect(cells.nth(index), `cell ${await cells.nth(index).getAttribute('data-cell')}`).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  }
  return count;
}

for (const route of LESSON_ROUTES) {
  test(`${route} answers, has its questions and is axe-clean`, async ({ page }) => {
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const quizzes = page.getByRole('group').filter({ has: page.getByRole('button', { name: quizStrings.check }) });
    expect(await quizzes.count()).toBeGreaterThanOrEqual(2);
    await expectNoA11yViolations(page);
    const pair = page.locator('code-pair').first();
    if ((await pair.count()) === 0) return;
    await pair.getByRole('tab', { name: 'Keras (Python)' }).click();
    await expectNoA11yViolations(page, 'code-pair');
  });
}

// Every public page, not only the lessons: a cell added anywhere is run here.
for (const route of builtRoutes()) {
  test(`${route}: every cell runs to done with no console error, three times over with no leak`, async ({ page }) => {
    test.setTimeout(480_000);
    await page.goto(route);
    const count = await runAll(page);
    if (LESSON_ROUTES.includes(route)) expect(count).toBeGreaterThan(0);
    if (count === 0) return;
    // Lesson cells model good habits: none leaves tensors behind (the leak warning names it) — and a reader may
    // Run all again and again: every round ends with no warning and the same number of tensors in use.
    const inUse: number[] = [];
    for (let round = 1; round <= 3; round++) {
      if (round > 1) await runAll(page);
      await expect(page.locator('[data-cell]').getByText(/Leak warning/), `round ${round}`).toHaveCount(0);
      const memory = await page.locator('[data-cell]').last().locator('.cell-memory').innerText();
      inUse.push(Number(/(\d+) tensors? in use/.exec(memory)?.[1]));
    }
    expect(inUse[0]).toBeGreaterThanOrEqual(0);
    expect(inUse, 'tensors in use after each Run all').toEqual([inUse[0], inUse[0], inUse[0]]);
    for (const [cell, text] of SEED_OUTPUTS[route] ?? []) {
      await expect(page.locator(`[data-cell="${cell}"]`).getByRole('log')).toContainText(text);
    }
  });
}

test('the cost calculator recomputes every count from the cost library as inputs change', async ({ page }) => {
  await page.goto('/cost/');
  const labels = lessonStrings.calculatorFields;
  const fields = { inHeight: '56', inWidth: '40', inChannels: '32', outChannels: '96', kernelSize: '5', chMul: '2', stride: '2' };
  for (const key of Object.keys(labels) as (keyof typeof labels)[]) {
    await page.getByLabel(labels[key], { exact: true }).fill(fields[key]);
  }
  const result = calculateCosts(fields, labels);
  if (!result.ok) throw new Error(result.message);
  const table = page.getByRole('table', { name: /Exact counts/ });
  for (const row of result.rows) {
    const cells = table.locator(`tr[data-kind="${row.kind}"] td`);
    await expect(cells.nth(0)).toHaveText(formatExactCount(row.parameters));
    await expect(cells.nth(1)).toHaveText(formatExactCount(row.multiplyAdds));
    await expect(cells.nth(2)).toHaveText(formatExactCount(row.bytes));
    await expect(cells.nth(3)).toHaveText(formatDecimal(row.intensity, 2));
    await expect(cells.nth(4)).toHaveText(formatShapeAnswer(row.outputShape));
  }
  const ratio = page.locator('[data-ratio]');
  await expect(ratio).toContainText(formatDecimal(result.macRatio, 4));
  await expect(ratio).toContainText(formatDecimal(result.closedForm, 4));
  await expect(ratio).toContainText(savingText(result.multiplyAddFactor, 'multiply-adds'));
  await expect(ratio).toContainText(savingText(result.parameterFactor, 'parameters'));
  // A depth multiplier large enough makes the block dearer than the standard convolution; the sentence says so.
  await page.getByLabel(labels.chMul, { exact: true }).fill('40');
  const dear = calculateCosts({ ...fields, chMul: '40' }, labels);
  if (!dear.ok || dear.multiplyAddFactor >= 1) throw new Error('expected a dearer separable block');
  await expect(ratio).toContainText(savingText(dear.multiplyAddFactor, 'multiply-adds'));
  await page.getByLabel(labels.chMul, { exact: true }).fill(fields.chMul);

  await page.getByLabel('Kernel size', { exact: true }).fill('0');
  await expect(page.locator('cost-calculator [data-error]')).toHaveText('Kernel size must be a whole number from 1 to 100,000 (got “0”).');
  await expect(page.getByLabel('Height', { exact: true })).toHaveValue('56');
});

test('an invalid field is marked invalid with its reason, and the counts left on screen are captioned out of date', async ({ page }) => {
  await page.goto('/cost/');
  const kernel = page.getByLabel('Kernel size', { exact: true });
  const table = page.locator('cost-calculator table.counts');
  const before = await table.locator('tr[data-kind="standard"] td').first().textContent();
  for (const bad of ['0', '-3', '3.5']) {
    await kernel.fill(bad);
    await expect(kernel).toHaveAttribute('aria-invalid', 'true');
    await expect(kernel).toHaveAccessibleDescription(`Kernel size must be a whole number from 1 to 100,000 (got “${bad}”).`);
    await expect(table.locator('caption')).toHaveText(/^Out of date/);
    await expect(page.locator('[data-ratio]')).toHaveText(lessonStrings.calculatorStale);
    await expect(table.locator('tr[data-kind="standard"] td').first()).toHaveText(before ?? '');
  }
  await kernel.fill('5');
  await expect(kernel).not.toHaveAttribute('aria-invalid', /.*/);
  await expect(table.locator('caption')).toHaveText(/^Exact counts/);
  await expect(page.locator('[data-ratio]')).toContainText('Separable ÷ standard');
  await expectNoA11yViolations(page, 'cost-calculator');
});

test('a huge layer (every size 100,000) is counted exactly, with no internal message', async ({ page }) => {
  await page.goto('/cost/');
  for (const label of ['Height', 'Width', 'Input channels', 'Output channels']) await page.getByLabel(label, { exact: true }).fill('100000');
  const table = page.locator('cost-calculator table.counts');
  await expect(table.locator('tr[data-kind="standard"] td').nth(1)).toHaveText('900,000,000,000,000,000,000');
  await expect(page.locator('cost-calculator [data-error]')).toHaveText('');
  await expect(page.locator('cost-calculator')).not.toContainText('invalid');
  await expect(page.locator('[data-ratio]')).toContainText('Separable ÷ standard multiply-adds = 0.1111');
});

test('the ratio plot draws once scrolled into view, with its table beside it', async ({ page }) => {
  await page.goto('/cost/');
  const figure = page.locator('[data-plot-figure]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('svg').first()).toBeVisible();
  await expect(figure.locator('figcaption')).toHaveText(lessonStrings.plotCaption(PLOT_KERNELS));
  await expect(figure.locator('figcaption')).toContainText(`${PLOT_KERNELS.at(-1)} (depth multiplier 1)`);
  // The calculator's current N and k are marked from the start, before any input changes (one large ring).
  await expect(figure.locator('svg circle[r="6"]')).toHaveCount(1);
  await expect(page.getByRole('table', { name: lessonStrings.plotTableCaption })).toContainText(formatDecimal(1 / 128 + 1 / 9, 4));
});

test('the shape widget shows the output shape and its formula, and names bad input', async ({ page }) => {
  await page.goto('/depthwise/');
  const labels = lessonStrings.shapeFields;
  await page.getByLabel(labels.stride, { exact: true }).fill('2');
  await page.getByLabel(labels.chMul, { exact: true }).fill('3');
  const fields = { inHeight: '28', inWidth: '28', inChannels: '3', kernelSize: '3', stride: '2', dilation: '1', pad: 'same', chMul: '3' };
  const expected = explainDepthwiseShape(fields, labels);
  if (!expected.ok) throw new Error(expected.message);
  const widget = page.locator('shape-widget');
  await expect(widget.locator('[data-shape]')).toHaveText(formatShapeAnswer(expected.shape));
  for (const line of expected.lines) await expect(widget.getByText(line)).toBeVisible();
  await page.getByLabel(labels.dilation, { exact: true }).fill('2');
  await expect(widget.locator('[data-error]')).toContainText('Either strides or dilations must be 1');
});

test('a quiz explains a wrong answer kindly and accepts the right one in any notation', async ({ page }) => {
  await page.goto('/depthwise/');
  const question = shapeQuestion({ kind: 'depthwise', inHeight: 28, inChannels: 3, kernelSize: 3, pad: 'same', chMul: 2 });
  if (question.kind !== 'shape') throw new Error('expected a shape question');
  const quiz = page.getByRole('group').filter({ hasText: 'depth_multiplier=2' });
  const input = quiz.getByLabel(quizStrings.yourAnswer);
  const feedback = quiz.getByRole('status');

  await input.fill('(1, 28, 28, 3)');
  await quiz.getByRole('button', { name: quizStrings.check }).click();
  await expect(feedback).toContainText('C_in × depth multiplier');
  await expect(input).toHaveValue('(1, 28, 28, 3)');

  await input.fill('twenty');
  await quiz.getByRole('button', { name: quizStrings.check }).click();
  await expect(feedback).toContainText('is not a whole number');
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  await input.fill(question.expected.join('×'));
  await input.press('Enter');
  await expect(feedback).toHaveText(`Right. ${question.explanation}`);
  await expect(quiz.getByText(quizStrings.answerIs(formatExpected(question)))).toBeAttached();
});

test('a parameter quiz names the bias mistake', async ({ page }) => {
  await page.goto('/pointwise/');
  const quiz = page.getByRole('group').filter({ hasText: 'Without looking back' });
  const withBias = parameterCount({ kind: 'pointwise', inChannels: 3, outChannels: 16, bias: true });
  await quiz.getByLabel(quizStrings.yourAnswer).fill(String(withBias));
  await quiz.getByRole('button', { name: quizStrings.check }).click();
  await expect(quiz.getByRole('status')).toContainText('use_bias=False');
});

test('the Keras original sits beside its TF.js port as tabs', async ({ page }) => {
  await page.goto('/separable/');
  const pair = page.locator('code-pair').first();
  await pair.getByRole('tab', { name: 'Keras (Python)' }).click();
  await expect(pair.getByRole('tabpanel')).toContainText('class DepthwiseSeparableConvBlock(tf.keras.layers.Layer)');
  await pair.getByRole('tab', { name: 'TF.js' }).click();
  await expect(pair.getByRole('tabpanel')).toContainText('tf.serialization.registerClass(DepthwiseSeparableConvBlock)');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the lesson blocks (quiz, shape widget, calculator, plot) are axe-clean in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/depthwise/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await page.getByLabel(lessonStrings.shapeFields.stride, { exact: true }).fill('0');
    await expectNoA11yViolations(page, 'shape-widget');
    const quiz = page.locator('quiz-question').first();
    await quiz.getByLabel(quizStrings.yourAnswer).fill('[1, 1]');
    await quiz.getByRole('button', { name: quizStrings.check }).click();
    await expectNoA11yViolations(page, 'quiz-question');
    await page.goto('/cost/');
    await page.locator('[data-plot-figure]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-plot-figure] svg').first()).toBeVisible();
    await expectNoA11yViolations(page, 'cost-calculator');
  });
}

// Classroom use: a teacher projects a lesson at 1920×1080 with the browser at 200 % (960×540 CSS pixels) or prints it as a handout.
test('at 1920×1080 and 200 % zoom no lesson scrolls sideways, and the calculator caption stays readable', async ({ page }) => {
  await page.setViewportSize({ width: 960, height: 540 });
  for (const route of LESSON_ROUTES) {
    await page.goto(route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
  await page.goto('/cost/');
  const caption = page.locator('cost-calculator .counts caption');
  const box = await caption.boundingBox();
  const frame = await caption.locator('xpath=ancestor::div[contains(@class, "scroll")]').boundingBox();
  if (!box || !frame) throw new Error('calculator caption or its scroll box is missing');
  expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
});

test('a printed lesson keeps its prose, code and questions, and leaves out navigation and the answers', async ({ page }) => {
  await page.goto('/depthwise/');
  const cell = page.locator('[data-cell="dw-seed"]');
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(cell).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await page.emulateMedia({ media: 'print' });
  await expect(cell.getByRole('log')).toBeVisible();
  await expect(cell.getByRole('log')).toContainText(SEED_OUTPUTS['/depthwise/']![0]![1]);
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(page.locator('aside').first()).toBeHidden();
  await expect(cell.locator('pre[data-language="js"]')).toBeVisible();
  await expect(cell.locator('pre[data-language="js"]')).toContainText('tf.layers.depthwiseConv2d');
  const quiz = page.locator('quiz-question').first();
  await expect(quiz.getByText('depth_multiplier=2')).toBeVisible();
  await expect(quiz.getByLabel(quizStrings.yourAnswer)).toBeVisible();
  await expect(quiz.getByRole('button', { name: quizStrings.check })).toBeHidden();
  await expect(quiz.getByText(quizStrings.showAnswer)).toBeHidden();
  await expect(quiz.getByText(quizStrings.answerIs(formatExpected(shapeQuestion({ kind: 'depthwise', inHeight: 28, inChannels: 3, kernelSize: 3, pad: 'same', chMul: 2 }))))).toBeHidden();
});

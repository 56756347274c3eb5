/** /train/ as a reader uses it: train with Pause, Resume and Stop, draw digits, check the shipped weights, leave mid-run. */
import { readFileSync } from 'node:fs';
import { test, expect, expectNoA11yViolations } from './fixtures';
import type { Page } from '@playwright/test';
import { trainStrings } from '../../src/lib/strings/train';
import { trainPageStrings } from '../../src/lib/strings/train-page';
import { readExperimentFile } from '../../src/lib/train/experiment-format';

const REFERENCE = 'src/data/experiment-reference.json';
const reference = readExperimentFile(JSON.parse(readFileSync(REFERENCE, 'utf8')), REFERENCE);
/** The test accuracy the reference records for the run whose weights ship as network `id`. */
const shippedAccuracy = (id: 'standard' | 'separable') => {
  const shipped = reference.shipped[id];
  const run = shipped && reference.runs.find((each) => each.configuration === shipped.configuration && each.network === id && each.seed === shipped.seed);
  if (!run) throw new Error(`${REFERENCE} ships no run for ${id}`);
  return run.testAccuracy;
};

/** Records every main-thread long task (PerformanceObserver), from the first script on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const scope = window as unknown as { longTasks: number[] };
    scope.longTasks = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) scope.longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: true });
  });
}

const longestTask = (page: Page) => page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));

/** Draws a stroke through `points` (fractions of the canvas) with the mouse. */
async function stroke(page: Page, points: [number, number][]): Promise<void> {
  const canvas = page.getByRole('img', { name: 'Draw a digit' });
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const at = ([x, y]: [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(points[0]!));
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...at(point), { steps: 4 });
  await page.mouse.up();
}

test.describe('/train/', () => {
  test.describe.configure({ timeout: 300_000 });

  test('Train shows progress; Pause freezes the batch counter, Resume continues from it, Stop ends and keeps the results; the page stays responsive', async ({ page }) => {
    await watchLongTasks(page);
    await page.goto('/train/');
    const status = page.locator('[data-train-status]');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(status).toHaveText(/epoch 1 of 2, batch [3-9] of 32/, { timeout: 180_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Resume' })).toBeEnabled({ timeout: 60_000 });
    const frozen = (await status.textContent())!.replace(' (paused)', '');
    const batch = Number(/batch (\d+)/.exec(frozen)![1]);
    await page.waitForTimeout(2000);
    await expect(status).toHaveText(`${frozen} (paused)`);
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(status).toHaveText(new RegExp(`batch (${batch + 1}|${batch + 2}|${batch + 3}) of 32`), { timeout: 60_000 });
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(status).toContainText('Stopped', { timeout: 120_000 });
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
    const results = page.getByRole('table', { name: trainStrings.resultsCaption });
    await expect(results.getByRole('row')).toHaveCount(4);
    // Stopped mid-epoch: the accuracy says so, no whole epoch gives seconds per epoch, the epoch row is a part-epoch.
    await expect(results.getByRole('row', { name: /^Standard CNN/ })).toContainText(/\d+\.\d\d % \(stopped early\)/);
    await expect(results.getByRole('row', { name: /^Standard CNN/ })).toContainText(trainStrings.noWholeEpoch);
    await expect(results.getByRole('row', { name: /^Depthwise-separable CNN/ })).toContainText(trainStrings.notTrained);
    await expect(results.getByRole('row', { name: /^Thin standard CNN/ })).toContainText(trainStrings.notInRun);
    await expect(page.getByRole('table', { name: /^Per epoch/ }).getByRole('row', { name: /Standard CNN/ })).toContainText(/1 \(part: \d+ of 32 batches\)/);
    await expect(page.getByRole('table', { name: /Standard CNN: confusion matrix/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /a handwritten \d, read as \d/ }).first()).toBeVisible();
    // Read before axe runs: axe-core analyses the page in its main thread, in tasks of its own of 200 ms and
    // more (over 1 s on a loaded machine), which are the test's work, not the page's.
    expect(await longestTask(page)).toBeLessThanOrEqual(200);
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expectNoA11yViolations(page);
  });

  test('drawing a 1 and then a 0 gets both networks to answer 1, then 0; Clear resets them', async ({ page }) => {
    await watchLongTasks(page);
    await page.goto('/train/');
    const standard = page.locator('[data-prediction="standard"]');
    const separable = page.locator('[data-prediction="separable"]');
    await stroke(page, [[0.5, 0.15], [0.5, 0.5], [0.5, 0.85]]);
    await expect(standard).toHaveText(/^1 \(/, { timeout: 120_000 });
    await expect(separable).toHaveText(/^1 \(/);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(standard).toHaveText('draw or pick a digit');
    const ring = Array.from({ length: 25 }, (_, step) => [0.5 + 0.22 * Math.sin((step / 24) * 2 * Math.PI), 0.5 - 0.32 * Math.cos((step / 24) * 2 * Math.PI)] as [number, number]);
    await stroke(page, ring);
    await expect(standard).toHaveText(/^0 \(/, { timeout: 60_000 });
    await expect(separable).toHaveText(/^0 \(/);
    await expect(page.getByRole('table', { name: 'Probability of each digit, per network' })).toBeVisible();
    expect(await longestTask(page)).toBeLessThanOrEqual(200);
  });

  test('keyboard readers pick a test digit instead of drawing, and see kernels and feature maps', async ({ page }) => {
    await page.goto('/train/');
    await page.getByLabel('Test digit number (0–1999)').first().fill('7');
    await page.getByRole('button', { name: 'Use this test digit' }).press('Enter');
    await expect(page.locator('[data-train-picked]')).toHaveText(/Test digit 7, a \d\./, { timeout: 120_000 });
    await expect(page.locator('[data-prediction="standard"]')).toHaveText(/^\d \(/);
    await page.getByRole('button', { name: 'Show kernels and feature maps' }).click();
    await expect(page.locator('[data-train-kernels] [data-viz="kernels"]')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('[data-train-maps] [data-viz="feature-maps"]')).toHaveCount(3);
  });

  test('leaving the page during training asks first; staying keeps training, leaving ends its worker', async ({ page }) => {
    await page.goto('/train/');
    const started = page.waitForEvent('worker');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    const worker = await started;
    const closed = new Promise<void>((resolve) => worker.on('close', () => resolve()));
    const status = page.locator('[data-train-status]');
    await expect(status).toHaveText(/batch \d+ of 32/, { timeout: 180_000 });
    await expect(page.getByText(trainPageStrings.leaveNote)).toBeVisible();
    const asked: string[] = [];
    page.once('dialog', (dialog) => { asked.push(dialog.type()); void dialog.dismiss(); });
    await page.getByRole('link', { name: 'About & credits' }).first().click();
    await expect.poll(() => asked).toEqual(['beforeunload']);
    await expect(page).toHaveURL(/\/train\/$/);
    const before = await status.textContent();
    await expect(status).not.toHaveText(before!, { timeout: 60_000 });
    page.once('dialog', (dialog) => { asked.push(dialog.type()); void dialog.accept(); });
    await page.getByRole('link', { name: 'About & credits' }).first().click();
    await expect(page).toHaveURL(/\/about\/$/);
    expect(asked).toEqual(['beforeunload', 'beforeunload']);
    await closed;
  });

  test('the shipped weights, run here, reproduce the shipped test accuracy within 0.5 points', async ({ page }) => {
    await page.goto('/train/');
    await page.getByRole('button', { name: 'Check the shipped weights here' }).click();
    const result = page.locator('[data-train-check-result]');
    await expect(result).toHaveText(/^Computed in your browser/, { timeout: 180_000 });
    for (const id of ['standard', 'separable'] as const) {
      const here = Number(await result.getAttribute(`data-${id}`));
      expect(Math.abs(here - shippedAccuracy(id)) * 100).toBeLessThanOrEqual(0.5);
    }
  });
});

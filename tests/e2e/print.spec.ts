/**
 * Printing a lesson without scrolling first keeps every figure: the kernel heatmaps, the feature maps
 * of a photo and /cost/'s ratio plot exist before any script draws them, and code cells that never
 * ran say so on paper.
 */
import { expect, test } from './fixtures';
import { LESSON_ROUTES } from './routes';
import { emptySlots } from './print-steps';
import { presentStrings } from '../../src/lib/strings/present';

for (const route of LESSON_ROUTES) {
  test(`${route} prints with every figure drawn, without scrolling first`, async ({ page }) => {
    await page.goto(route);
    await page.emulateMedia({ media: 'print' });
    expect(await emptySlots(page)).toEqual([]);
    const cells = page.locator('dw-cell[data-state="idle"]');
    if ((await cells.count()) > 0) await expect(cells.first().getByText(presentStrings.runToSee(presentStrings.runToSeeDefault))).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
}

test('the feature maps of a photo and the ratio plot are pictures in the HTML itself', async ({ page }) => {
  await page.goto('/depthwise/');
  const maps = page.locator('viz-feature-maps').first();
  await expect(maps.getByRole('img', { name: /Depthwise outputs|Input/ }).first()).toBeAttached();
  expect(await maps.locator('img.viz-static').count()).toBeGreaterThan(3);
  await page.goto('/cost/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-plot-target] svg polyline')).toHaveCount(3);
});

test('a cell that has run prints its output and no "run this cell" line', async ({ page }) => {
  await page.goto('/depthwise/');
  const cell = page.locator('dw-cell').first();
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(cell).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await page.emulateMedia({ media: 'print' });
  await expect(cell.getByRole('log')).not.toBeEmpty();
  await expect(cell.getByText(presentStrings.runToSee(presentStrings.runToSeeDefault))).toBeHidden();
});

/**
 * The worker job runtime on the fixture page /test/jobs/: a job streaming 10,000 progress updates to
 * one in-place display costs the page nothing (one element, batched updates, no long task), and
 * pause → resume continues from where it paused.
 */
import { expect, test } from './fixtures';

interface JobRecord {
  received: number;
  last: number;
  pausedAt: number;
  firstAfterResume: number;
  backwards: boolean;
  elements: number;
}

test('10,000 progress updates reach one in-place display; pause → resume continues where it paused', async ({ page }) => {
  // Seconds of worker time on an idle machine; far more on a loaded 2-core one. Nothing here is timed.
  test.setTimeout(300_000);
  await page.goto('/test/jobs/');
  await page.evaluate(() => {
    const store: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = store;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => store.push(entry.duration))).observe({ type: 'longtask' });
  });
  const state = page.getByRole('status', { name: 'Job state' });
  const record = async () => JSON.parse(await page.getByLabel('Job record').innerText()) as JobRecord;
  const progress = page.getByRole('log', { name: 'Job output' }).getByRole('progressbar');

  await page.getByRole('button', { name: 'Start' }).click();
  await expect(progress).toHaveCount(1);
  await expect.poll(async () => (await record()).last, { timeout: 60_000 }).toBeGreaterThan(500);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(state).toHaveText('paused');
  const paused = await record();
  expect(paused.pausedAt).toBeGreaterThan(500);
  expect(paused.pausedAt).toBeLessThan(10_000);
  // While paused nothing moves.
  await expect(progress).toHaveAttribute('value', String(paused.pausedAt));

  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(state).toHaveText('done', { timeout: 240_000 });
  const final = await record();
  expect(final.firstAfterResume).toBeGreaterThan(paused.pausedAt);
  expect(final.firstAfterResume).toBeLessThan(paused.pausedAt + 1000);
  expect(final.backwards).toBe(false);
  expect(final.last).toBe(10_000);
  expect(final.elements).toBe(1);
  await expect(progress).toHaveAttribute('value', '10000');
  // Batched in the worker: far fewer messages than updates reach the page.
  expect(final.received).toBeLessThan(1000);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(longTasks.filter((duration) => duration > 200)).toEqual([]);
});

test('Cancel ends a streaming job cleanly at its next checkpoint', async ({ page }) => {
  await page.goto('/test/jobs/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(async () => JSON.parse(await page.getByLabel('Job record').innerText()).last as number).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status', { name: 'Job state' })).toHaveText('cancelled');
});

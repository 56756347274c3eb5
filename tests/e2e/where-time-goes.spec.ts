/**
 * Where the time goes (issue 19 items 3 and 6): on /train/, one training step of each network profiled on wasm,
 * shown per layer kind and phase beside the multiply-add shares, with the reading of why fewer multiply-adds did not
 * give proportionally less time; on /cost/, "Why isn't the separable net 7× faster?" measures the reader's own roofs
 * only when asked (nothing heavy loads before), and places the /train/ nets' convolutions under them.
 */
import { test, expect, expectNoA11yViolations } from './fixtures';

test('/train/: profiling one training step of each network on wasm shows a chart and a table per network, and the reading', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/train/');
  const section = page.getByRole('region', { name: 'Where the time goes' });
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('combobox', { name: 'Backend for the profile' }).selectOption('wasm');
  await section.getByRole('button', { name: 'Profile one training step of each network' }).click();
  // While it runs, the same button stops it.
  await expect(section.getByRole('button', { name: 'Stop profiling' })).toBeVisible();
  await expect(section.getByRole('status')).toHaveText('Done: one training step of each network profiled on wasm.', { timeout: 200_000 });
  await expect(section.getByText('Profiling on wasm.')).toBeVisible();

  for (const network of ['Standard CNN', 'Depthwise-separable CNN']) {
    await expect(section.getByRole('heading', { name: `The ${network}` })).toBeVisible();
    await expect(section.getByRole('img', { name: `Where one training step of the ${network} goes: share of the step's time per part, by phase, beside its share of the multiply-adds` })).toBeVisible();
    const table = section.getByRole('region', { name: `Where the ${network}'s step goes, as a table` }).getByRole('table');
    await expect(table.getByRole('columnheader', { name: 'Share of multiply-adds' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Batch normalization' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Optimizer update (Adam)' })).toBeVisible();
  }
  const separableTable = section.getByRole('region', { name: "Where the Depthwise-separable CNN's step goes, as a table" });
  await expect(separableTable.getByRole('rowheader', { name: 'Depthwise convolution' })).toBeVisible();
  await expect(separableTable.getByRole('rowheader', { name: 'Pointwise (1×1) convolution' })).toBeVisible();

  const reading = section.getByRole('region', { name: 'Why fewer multiply-adds do not mean proportionally less time' });
  await expect(reading.getByRole('paragraph').first()).toHaveText(/^The Depthwise-separable CNN needs 7\.3× fewer multiply-adds than the Standard CNN, but its training step took [\d.]+ ms against [\d.]+ ms: [\d.]+× (faster|slower), not 7\.3×\./);
  await expect(reading).toContainText(/Everything else in the step .* took [\d.]+ ms against [\d.]+ ms/);
  await expect(reading).toContainText('the Depthwise-separable CNN has 23 layers to the Standard CNN’s 14');
  // Which parts are most out of proportion depends on the machine; that each is named with both shares does not.
  await expect(reading).toContainText(/Most out of proportion in its step: [^,]+, \d+ % of the time for \d+ % of the multiply-adds/);
  await expectNoA11yViolations(page);
});

test('/cost/: "Why isn\'t the separable net 7× faster?" loads nothing heavy until asked, then places both nets\' convolutions under this machine\'s roofs', async ({ page }) => {
  test.setTimeout(120_000);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/cost/');
  const heading = page.getByRole('heading', { name: /^Why isn.t the separable net 7× faster\?$/ });
  await heading.scrollIntoViewIfNeeded();
  const button = page.getByRole('button', { name: 'Measure this machine’s roofs' });
  await expect(button).toBeVisible();
  await expect(page.getByRole('button', { name: 'Profile one training step of each network' })).toBeVisible();
  // Scrolling there defined the elements; no worker, probe or TF.js started before the reader asked.
  expect(workers).toEqual([]);
  await button.click();
  const status = page.getByRole('status').filter({ hasText: /^(Measuring|Measured|Not measured|The probes)/ });
  await expect(status).toHaveText('Measured on this machine just now.', { timeout: 100_000 });
  expect(workers.some((url) => /probes\.worker/.test(url))).toBe(true);
  const figure = page.locator('#cost-machine-roofs');
  await expect(figure.getByRole('img', { name: /^This machine’s roofline \(wasm SIMD, measured here\)/ })).toBeVisible();
  const rows = figure.getByRole('region', { name: /^The \/train\/ networks’ convolutions under this machine’s one-thread roof/ }).getByRole('row');
  // A header row, then the separable net's three depthwise and three pointwise layers and the standard net's four.
  await expect(rows).toHaveCount(11);
  const words = figure.getByRole('listitem');
  await expect(words.first()).toHaveText(/^The wasm SIMD peak, one thread moves [\d.]+ GB\/s and computes [\d.]+ GFLOP\/s: its ridge is at [\d.]+ FLOP per byte\.$/);
  await expect(words.filter({ hasText: /^The depthwise 3×3 layers \(0\.868 to 2\.2 FLOP per byte\) are (all memory-bound|all compute-bound|on both sides of the ridge): perfect kernels could reach/ })).toHaveCount(1);
  await expectNoA11yViolations(page, '#cost-machine-roofs');
});

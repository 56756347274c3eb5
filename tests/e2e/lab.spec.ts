/** The benchmark lab as a reader uses it: run Quick on cpu + wasm, cancel, export and re-import, refuse a bad file. */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, expectNoA11yViolations } from './fixtures';

async function chooseQuickOnCpuAndWasm(page: Page, options: { machineProbes: boolean } = { machineProbes: true }): Promise<void> {
  await page.goto('/lab/');
  await expect(page.locator('form[data-ready]')).toBeAttached();
  for (const name of ['cpu', 'wasm']) await page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).check();
  for (const name of ['webgl', 'webgpu']) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
    if (await box.isEnabled()) await box.uncheck();
  }
  await page.getByRole('radio', { name: 'Quick' }).check();
  await page.getByRole('checkbox', { name: /^Measure this machine’s own limits first/ }).setChecked(options.machineProbes);
}

/** The results table as rows of cells keyed by column header. */
async function resultRows(page: Page): Promise<Record<string, string>[]> {
  return page.locator('table[data-lab-results]').evaluate((table) => {
    const headers = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent ?? '');
    return [...table.querySelectorAll('tbody tr')].map((row) => Object.fromEntries(
      [...row.children].map((cell, index) => [headers[index] ?? String(index), cell.textContent ?? '']),
    ));
  });
}

async function runQuick(page: Page, options = { machineProbes: true }): Promise<void> {
  await chooseQuickOnCpuAndWasm(page, options);
  await page.getByRole('button', { name: 'Run benchmark' }).click();
  await expect(page.getByRole('progressbar', { name: 'Benchmark progress' })).toBeVisible();
  await expect(page.locator('[data-lab-status]')).toHaveText(/complete/, { timeout: 80_000 });
}

test('backends are checkboxes named by backend; unavailable ones are disabled with a reason', async ({ page }) => {
  await page.goto('/lab/');
  await expect(page.locator('form[data-ready]')).toBeAttached();
  for (const name of ['cpu', 'wasm', 'webgl', 'webgpu']) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
    await expect(box).toHaveCount(1);
    if (await box.isDisabled()) await expect(page.locator(`[data-lab-reason="${name}"]`)).toContainText('unavailable:');
  }
  for (const preset of ['Quick', 'MobileNet v1 layers', "The seed's examples"]) await expect(page.getByRole('radio', { name: preset, exact: true })).toHaveCount(1);
  await expectNoA11yViolations(page);
});

test('Quick on cpu + wasm completes with a row per op and backend, medians, throughput and correctness below 1e-4', async ({ page }) => {
  await runQuick(page);
  // No item failed, no backend was skipped, no tensor leaked.
  await expect(page.locator('[data-lab-message]')).toHaveText('');
  const rows = await resultRows(page);
  // 2 layers × 5 ops × 2 backends.
  expect(rows).toHaveLength(20);
  for (const backend of ['cpu', 'wasm']) expect(rows.filter((row) => row.Backend === backend)).toHaveLength(10);
  for (const row of rows) {
    expect(Number(row.Median)).toBeGreaterThan(0);
    expect(Number(row['GMAC/s'])).toBeGreaterThan(0);
    expect(Number(row['GB/s'])).toBeGreaterThan(0);
    expect(Number(row['First run'])).toBeGreaterThan(0);
    const diff = row['Max abs diff vs cpu'];
    if (row.Backend === 'cpu') expect(diff).toBe('reference');
    else expect(Number(diff)).toBeLessThan(1e-4);
  }
  await expect(page.locator('[data-lab-speedup] table tbody tr')).toHaveCount(4);
  await expect(page.getByRole('img', { name: /^Roofline: .* the machine’s roofs and what TF.js reaches$/ })).toBeVisible();
  await expect(page.locator('[data-lab-environment]')).toContainText('Logical cores');

  // The machine's own roofs beside what TF.js reaches (issue 19), every op placed against both, in a table and in plain words.
  const roofline = page.getByRole('region', { name: /^Roofline: the machine’s limits.*: the same numbers as a table$/ });
  const roofRows = await roofline.locator('tbody tr').allInnerTexts();
  expect(roofRows.filter((row) => row.startsWith('wasm SIMD peak, one thread · machine'))).toHaveLength(1);
  expect(roofRows.filter((row) => row.startsWith('what TF.js reaches on '))).toHaveLength(2);
  const opRows = roofRows.filter((row) => /^(standard|depthwise|pointwise|separable|tf\.separableConv2d)/.test(row));
  expect(opRows).toHaveLength(20);
  for (const row of opRows) expect(row).toMatch(/\t[\d.]+ %\t[\d.]+ %\twasm SIMD peak, (one thread|\d+ threads)$/);
  const words = page.getByRole('region', { name: 'How far each op sits from the machine’s limit' }).getByRole('listitem');
  await expect(words.filter({ hasText: /^depthwise conv2d · 32×32×16 → 32, 3×3, stride 1 on wasm: At [\d.]+ FLOP per byte the limit is (memory bandwidth|compute): the wasm SIMD peak, one thread allows [\d.]+ GFLOP\/s there\. It reaches [\d.]+ GFLOP\/s, [\d.]+ % of that/ })).toHaveCount(1);
  await expect(words.filter({ hasText: /^Every op here moves less than 8 MiB per run/ })).toHaveCount(1);
  await expect(page.locator('[data-lab-environment]')).toContainText(/wasm SIMD peak, one thread: [\d.]+ GB\/s, [\d.]+ GFLOP\/s/);
  await expectNoA11yViolations(page);

  // The run is kept in this browser: after a reload, "Show …" brings the same table back.
  const before = await page.locator('table[data-lab-results]').innerText();
  await page.reload();
  await expect(page.locator('table[data-lab-results]')).toHaveCount(0);
  await page.getByRole('button', { name: /^Show This machine, quick/ }).click();
  expect(await page.locator('table[data-lab-results]').innerText()).toBe(before);
  await page.getByRole('button', { name: 'Clear history' }).click();
  await expect(page.getByRole('button', { name: /^Show / })).toHaveCount(0);
});

test('Cancel mid-run keeps the results measured so far', async ({ page }) => {
  await chooseQuickOnCpuAndWasm(page, { machineProbes: false });
  await page.getByRole('radio', { name: 'MobileNet v1 layers' }).check();
  await page.getByRole('button', { name: 'Run benchmark' }).click();
  await expect(page.locator('table[data-lab-results] tbody tr').first()).toBeVisible({ timeout: 60_000 });
  // Mid-run the bar says how far, which op and about how long is left.
  await expect(page.getByRole('progressbar', { name: 'Benchmark progress' }))
    .toHaveAttribute('aria-valuetext', /^\d+ of \d+ — .+ — about \d+ (min \d+ )?s left$/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('[data-lab-status]')).toHaveAttribute('data-lab-status', 'cancelled');
  const rows = await resultRows(page);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(50);
  expect(Number(rows[0]?.Median)).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Run benchmark' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Export JSON' })).toBeEnabled();
});

test('the timing fields show what each preset uses and apply to it; export JSON → import reproduces the table; a broken import is refused', async ({ page }, testInfo) => {
  // Issue 22 item 16: the timed runs and budget show each preset's own, and what the reader sets applies to the run.
  await chooseQuickOnCpuAndWasm(page);
  const runs = page.getByLabel('Timed runs (N)');
  const budget = page.getByLabel('Time budget per op (ms)');
  await expect(runs).toHaveValue('30');
  await expect(budget).toHaveValue('400');
  await page.getByRole('radio', { name: 'MobileNet v1 layers' }).check();
  await expect(budget).toHaveValue('1000');
  await page.getByRole('radio', { name: 'Quick' }).check();
  await expect(budget).toHaveValue('400');
  await runs.fill('0');
  await page.getByRole('button', { name: 'Run benchmark' }).click();
  await expect(page.locator('[data-lab-message]')).toHaveText('Timing not accepted: invalid Timed runs (N): 0 (1 to 1000).');
  await runs.fill('12');
  await page.getByRole('button', { name: 'Run benchmark' }).click();
  await expect(page.locator('[data-lab-status]')).toHaveText(/complete/, { timeout: 80_000 });
  await expect(page.locator('[data-lab-environment]')).toContainText('3 warmups, up to 12 timed runs or 400 ms per op');
  for (const row of await resultRows(page)) expect(Number(row.Runs)).toBeLessThanOrEqual(12);
  const before = await page.locator('table[data-lab-results]').innerText();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const download = await downloadPromise;
  const path = testInfo.outputPath('results.json');
  await download.saveAs(path);
  const exported = await readFile(path, 'utf8');
  // Version 2 (issue 19): the export carries the timing loop's own figures and the machine's probes.
  const run = JSON.parse(exported) as { version: number; settings: unknown; results: { backend: string; backToBackMs: number | null; loopOverheadMs: number | null }[]; backends: { name: string; loopOverhead: unknown }[]; machineProbes: { probe: string; threads: number }[] | null };
  expect(run).toMatchObject({ schema: 'depthwise-lab-results', version: 2, status: 'complete', settings: { runs: 12, timeBudgetMs: 400 } });
  for (const result of run.results) {
    expect(result.backToBackMs).toBeGreaterThan(0);
    expect(result.loopOverheadMs).toBeGreaterThanOrEqual(0);
  }
  for (const name of ['cpu', 'wasm']) expect(run.backends.find((backend) => backend.name === name)?.loopOverhead).toMatchObject({ perRunMs: expect.any(Number), perRegionMs: expect.any(Number) });
  expect(run.machineProbes?.map((probe) => probe.probe)).toEqual(expect.arrayContaining(['wasm-copy', 'wasm-triad', 'js-set', 'wasm-madd']));

  const csvPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await csvPromise).path(), 'utf8');
  expect(csv.trimEnd().split('\r\n')).toHaveLength(21);

  await page.reload();
  await expect(page.locator('table[data-lab-results]')).toHaveCount(0);
  await page.getByLabel('Import results').setInputFiles(path);
  await expect(page.locator('[data-lab-message]')).toHaveText('Imported 1 file.');
  expect(await page.locator('table[data-lab-results]').innerText()).toBe(before);

  const truncated = { name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from(exported.slice(0, exported.length / 2)) };
  await page.getByLabel('Import results').setInputFiles(truncated);
  await expect(page.locator('[data-lab-message]')).toContainText('truncated.json was not imported: it is not valid JSON');
  expect(await page.locator('table[data-lab-results]').innerText()).toBe(before);

  const future = { name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...JSON.parse(exported), version: 99 })) };
  await page.getByLabel('Import results').setInputFiles(future);
  await expect(page.locator('[data-lab-message]')).toContainText('future.json was not imported: it was written by a newer lab (format version 99)');
  expect(await page.locator('table[data-lab-results]').innerText()).toBe(before);
  await expectNoA11yViolations(page);
});

test('importing several machines at once draws them side by side in one chart; a foreign file among them is refused', async ({ page }) => {
  await runQuick(page, { machineProbes: false });
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const exported = JSON.parse(await readFile(await (await downloadPromise).path(), 'utf8'));
  const json = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
  // Several files in one pick: the good ones are pooled, a foreign one is named and refused.
  await page.getByLabel('Import results').setInputFiles([
    json('room4.json', { ...exported, id: 'room-4', machine: 'Room 4 laptop' }),
    json('foreign.json', { ...exported, schema: 'someone-elses-results' }),
    json('room5.json', { ...exported, id: 'room-5', machine: 'Room 5 laptop' }),
  ]);
  await expect(page.locator('[data-lab-message]')).toContainText('Imported 2 files.');
  await expect(page.locator('[data-lab-message]')).toContainText('foreign.json was not imported');
  await expect(page.locator('[data-lab-compare] figure svg').first()).toBeVisible();
  const machines = await page.locator('[data-lab-compare] table tbody tr td:nth-child(2)').allInnerTexts();
  expect(new Set(machines)).toEqual(new Set(['This machine', 'Room 4 laptop', 'Room 5 laptop']));
});

test('a custom size outside the limits is refused by its label, and nothing starts', async ({ page }) => {
  await chooseQuickOnCpuAndWasm(page);
  await page.getByRole('radio', { name: 'Custom size' }).check();
  await page.getByLabel('Height', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Run benchmark' }).click();
  await expect(page.locator('[data-lab-message]')).toHaveText('Custom size not accepted: invalid Height: 0.');
  await expect(page.locator('[data-lab-status]')).toHaveAttribute('data-lab-status', 'idle');
  await page.getByLabel('Height', { exact: true }).fill('5');
  await page.getByLabel('Kernel size').selectOption('7');
  await page.getByRole('combobox', { name: 'Padding' }).selectOption('valid');
  await page.getByRole('button', { name: 'Run benchmark' }).click();
  await expect(page.locator('[data-lab-message]')).toHaveText("Custom size not accepted: invalid Kernel size: 7 (larger than the 5×56 input with pad 'valid').");
  await expect(page.locator('[data-lab-status]')).toHaveAttribute('data-lab-status', 'idle');
});

/** The committed sample results (Quick on cpu, wasm and webgl), imported without running anything. */
async function importSample(page: Page, copies: { id: string; machine: string }[] = []): Promise<Record<string, unknown>> {
  const sample = JSON.parse(await readFile(new URL('../../docs/lab-results-sample.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  await page.goto('/lab/');
  await expect(page.locator('form[data-ready]')).toBeAttached();
  const files = [sample, ...copies.map((copy) => ({ ...sample, ...copy }))].map((value, index) => ({
    name: `sample-${index}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)),
  }));
  await page.getByLabel('Import results').setInputFiles(files);
  await expect(page.locator('table[data-lab-results]')).toBeVisible();
  return sample;
}

test('results: noisy rows are flagged with advice, the pointwise row says 1×1, and a per-backend summary says what the saving bought', async ({ page }) => {
  const sample = await importSample(page);
  const rows = await resultRows(page);
  const noisy = (sample.results as { summary: { cv: number } }[]).filter((result) => result.summary.cv > 0.2).length;
  expect(noisy).toBeGreaterThan(0);
  expect(rows.filter((row) => row.CV?.endsWith('noisy'))).toHaveLength(noisy);
  await expect(page.locator('[data-lab-noisy]')).toContainText(`${noisy} rows marked “noisy”`);
  await expect(page.locator('[data-lab-noisy]')).toContainText('Close other tabs');
  for (const row of rows.filter((entry) => entry.Op === 'pointwise 1×1 conv2d')) expect(row.Layer).toMatch(/, 1×1$/);
  expect(rows.find((row) => row.Op === 'pointwise 1×1 conv2d')?.Layer).toBe('32×32×16 → 32, 1×1');
  const summary = page.getByRole('region', { name: 'In plain words' }).getByRole('listitem');
  // The sample's WebGL ran on SwiftShader: the summary says so (issue 22 item 17) instead of calling it a GPU.
  const names = { cpu: 'cpu', wasm: 'wasm', webgl: 'webgl \\(on a software adapter \\(ANGLE .*SwiftShader.*\\): the CPU emulates the GPU here, so its times say nothing about a real GPU\\)' };
  for (const name of Object.values(names)) {
    await expect(summary.filter({ hasText: new RegExp(`^${name}: on 32×32×16 → 32, 3×3, stride 1, separable ran [\\d.]+× (faster|slower) than standard for [\\d.]+× fewer multiply-adds`) })).toHaveCount(1);
  }
  await expectNoA11yViolations(page);
});

test('at 1280 px the results table scrolls inside a labelled box with the key columns in view, and chart labels are not clipped', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await importSample(page, [{ id: 'room-4', machine: 'Room 4 laptop' }]);
  const box = page.getByRole('region', { name: /^Timings per op and backend/ });
  await expect(box).toBeVisible();
  const boxRect = (await box.boundingBox())!;
  for (const column of ['Op', 'Layer', 'Backend', 'Median', 'CV', 'Max abs diff vs cpu']) {
    const header = (await box.getByRole('columnheader', { name: column, exact: true }).boundingBox())!;
    expect(header.x + header.width, `${column} is in view without scrolling`).toBeLessThanOrEqual(boxRect.x + boxRect.width + 1);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
  // Every y tick label of the comparison chart lies inside the chart.
  const chart = page.locator('[data-lab-compare] figure svg[role="img"]');
  await expect(chart).toBeVisible();
  const clipped = await chart.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
      .filter((text) => text.getBoundingClientRect().left < frame.left - 0.5).map((text) => text.textContent);
  });
  expect(clipped).toEqual([]);
  expect(await chart.locator('text').filter({ hasText: 'separable (depthwise → pointwise) · ' }).count()).toBeGreaterThan(0);
});

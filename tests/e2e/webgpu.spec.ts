/**
 * WebGPU, run for real (issue 19 item 5; issue 22 item 17): the `webgpu` project of playwright.config.ts starts
 * Chromium with a WebGPU adapter on an http://127.0.0.1 origin — on machines without a GPU, SwiftShader's software
 * adapter. The lab's Quick preset, a notebook cell and a few training batches run on webgpu, each checked against
 * cpu; the software adapter is named as one wherever the backend is shown. Small on purpose: SwiftShader is slow.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, expectNoA11yViolations } from './fixtures';
import { cell, edit, openCleanNotebook, run } from './cells-steps';

/** The adapter Chromium offers here, as the page sees it (null: the project's flags gave none, so nothing below can run). */
async function adapter(page: Page): Promise<{ fallback: boolean; name: string } | null> {
  return page.evaluate(async () => {
    const found = await navigator.gpu?.requestAdapter();
    if (!found) return null;
    const { vendor, architecture, device, description, isFallbackAdapter } = found.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
    return { fallback: isFallbackAdapter === true, name: [vendor, architecture, device, description].join(' ') };
  });
}

/** A software adapter is what this project gets on a machine without a GPU (CI); on a real GPU the software wording must not appear. */
const software = (found: { fallback: boolean; name: string }) => found.fallback || /swiftshader/i.test(found.name);

test('the lab runs Quick on webgpu, checked against cpu, and names a software adapter as one in its summary and its results', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await page.goto('/lab/');
  const found = await adapter(page);
  expect(found, 'the webgpu project must offer a WebGPU adapter').not.toBeNull();
  await expect(page.locator('form[data-ready]')).toBeAttached();
  for (const name of ['cpu', 'wasm', 'webgl']) await page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).setChecked(false);
  await page.getByRole('checkbox', { name: /^webgpu\b/ }).check();
  if (software(found!)) await expect(page.locator('[data-lab-reason="webgpu"]')).toContainText('a software adapter');
  await page.getByRole('radio', { name: 'Quick' }).check();
  await page.getByRole('button', { name: 'Run benchmark' }).click();
  await expect(page.locator('[data-lab-status]')).toHaveText(/complete/, { timeout: 200_000 });
  await expect(page.locator('[data-lab-message]')).toHaveText('');

  const rows = await page.locator('table[data-lab-results] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
  expect(rows).toHaveLength(10);
  // Every op's output was compared with cpu's on the same seeded inputs (the column "Max abs diff vs cpu").
  for (const row of rows) expect(Number(row[5])).toBeLessThan(1e-4);

  const summary = page.getByRole('region', { name: 'In plain words' }).getByRole('listitem');
  if (software(found!)) await expect(summary.first()).toHaveText(/^webgpu \(on a software adapter \(.+\): the CPU emulates the GPU here, so its times say nothing about a real GPU\): on 32×32×16/);
  else await expect(summary.first()).toHaveText(/^webgpu: on 32×32×16/);
  // The GPU's own roof (WebGPU copy and multiply-add shader) is measured and drawn beside the CPU's.
  const roofline = page.getByRole('region', { name: /^Roofline: the machine’s limits.*: the same numbers as a table$/ });
  await expect(roofline.locator('tbody tr').filter({ hasText: /^WebGPU peak · machine/ })).toHaveCount(1);
  await expect(page.locator('[data-lab-environment]')).toContainText(software(found!) ? 'a software adapter (' : 'GPU: ');
  await expectNoA11yViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const path = testInfo.outputPath('webgpu.json');
  await (await download).saveAs(path);
  const exported = JSON.parse(await readFile(path, 'utf8')) as { backends: { name: string; gpu: { software: boolean } | null }[]; machineProbes: { threads: number }[] };
  expect(exported.backends.find((backend) => backend.name === 'webgpu')?.gpu?.software).toBe(software(found!));
  expect(exported.machineProbes.some((probe) => probe.threads === 0)).toBe(true);
});

test('a cell run after switching the cells to webgpu gives cpu\'s numbers, and says what it ran on', async ({ page }) => {
  await openCleanNotebook(page);
  const found = await adapter(page);
  expect(found).not.toBeNull();
  const target = cell(page, 'Empty cell');
  await edit(page, target, [
    'const x = tf.range(0, 256).reshape([1, 8, 8, 4]).div(256);',
    'const w = tf.range(0, 36).reshape([3, 3, 4, 1]).div(36);',
    'const y = tf.depthwiseConv2d(x, w, 1, "same");',
    'console.log(JSON.stringify({ backend: tf.getBackend(), values: Array.from(await y.data()) }));',
  ].join(' '));
  const outputs: Record<string, number[]> = {};
  for (const backend of ['webgpu', 'cpu']) {
    await page.getByRole('combobox', { name: 'Backend' }).selectOption(backend);
    const log = await run(target);
    const line = (await log.innerText()).split('\n').find((text) => text.startsWith('{')) ?? '{}';
    const printed = JSON.parse(line) as { backend: string; values: number[] };
    expect(printed.backend).toBe(backend);
    expect(printed.values).toHaveLength(256);
    outputs[backend] = printed.values;
    if (backend === 'webgpu') {
      await expect(page.getByRole('status').filter({ hasText: 'Running on webgpu.' })).toBeVisible();
      if (software(found!)) await expect(page.getByRole('status').filter({ hasText: 'It runs on a software adapter' })).toBeVisible();
    }
  }
  const worst = Math.max(...outputs.webgpu!.map((value, index) => Math.abs(value - outputs.cpu![index]!)));
  expect(worst).toBeLessThan(1e-5);
});

test('a few training batches of the separable net on webgpu (all four convolution gradients) follow cpu\'s', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/test/train-check/');
  await page.waitForFunction(() => typeof (window as unknown as { trainBatches?: unknown }).trainBatches === 'function');
  type Outcome = { backend: { backend: string; gpu?: { software: boolean } | null } | null; batches: { loss: number; accuracy: number }[]; error?: string };
  const train = (backend: string) => page.evaluate((name) => (window as unknown as { trainBatches: (b: string, n: string) => Promise<Outcome> }).trainBatches(name, 'separable'), backend);
  const gpu = await train('webgpu');
  const cpu = await train('cpu');
  expect(gpu.error).toBeUndefined();
  expect(cpu.error).toBeUndefined();
  expect(gpu.backend?.backend).toBe('webgpu');
  expect(cpu.backend?.backend).toBe('cpu');
  expect(gpu.batches).toHaveLength(3);
  expect(cpu.batches).toHaveLength(3);
  gpu.batches.forEach((batch, index) => {
    const reference = cpu.batches[index]!;
    // Float32 on two backends, three Adam steps apart at most: the running loss agrees to well under 1 %.
    expect(Math.abs(batch.loss - reference.loss)).toBeLessThan(1e-3 * reference.loss + 1e-4);
    expect(batch.accuracy).toBe(reference.accuracy);
  });
});

// `npm run bench:train-page -- --config=class --networks=standard,separable`: trains on /train/ as a reader
// does (headless Chromium, the page's own worker, wasm) and reports the wall time from pressing Train to
// "Training complete", each net's wall seconds and median ms per batch (read from the run the page kept,
// a format-2 results file), the machine's cores and its load average before and after. This is how the
// class configuration's "a few minutes on a laptop" is measured; one run, reported, never asserted.
import { availableParallelism, loadavg } from 'node:os';
import { openSite, writeResults } from './lib/browser.mjs';

const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const config = option('config', 'class');
const networks = option('networks', 'standard,separable').split(',');
const backend = option('backend', 'wasm');

const site = await openSite();
const load = { before: loadavg() };
try {
  const page = await site.browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${site.origin}/train/`);
  await page.locator('[data-train-backend]').selectOption(backend);
  for (const box of await page.locator('[data-train-network]').all()) {
    await box.setChecked(networks.includes(await box.getAttribute('value')));
  }
  await page.locator(`[data-train-config][value="${config}"]`).check();
  const started = Date.now();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await page.locator('[data-train-status]').filter({ hasText: /^Training complete/ }).waitFor({ timeout: 3_600_000 });
  const wallSeconds = (Date.now() - started) / 1000;
  load.after = loadavg();
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('dwlab:train-history') ?? '[]')[0]);
  const runs = kept.runs.map((run) => ({ network: run.network, wallSeconds: Number(run.wallSeconds.toFixed(1)), msPerBatch: Number(run.msPerBatch.toFixed(1)), testAccuracy: run.testAccuracy }));
  const result = { config, networks, backend: kept.backend, threads: kept.threads, device: kept.device, cores: availableParallelism(), wallSeconds, runs, loadAverage: load };
  console.log(JSON.stringify(result, null, 2));
  console.log(`\n${config} on ${kept.backend}${kept.threads ? ' (threads)' : ''}, ${networks.join(' + ')}: ${(wallSeconds / 60).toFixed(1)} min from Train to complete (load average ${load.before.map((value) => value.toFixed(1)).join(' ')} before, ${load.after.map((value) => value.toFixed(1)).join(' ')} after, ${availableParallelism()} cores).`);
  console.log(`Written to ${writeResults('train-page', result)}`);
} finally {
  await site.close();
}

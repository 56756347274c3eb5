// `npm run bench:lab`: runs the lab's Quick and MobileNet presets in headless Chromium on cpu, wasm and
// webgl (SwiftShader, a software GPU), through the real /lab/ page with the machine's own probes, writes
// every run's results JSON under bench/results/ and prints the medians, the machine's roofs beside what
// TF.js reaches, and each op's share of both. `--repeat 3` runs everything three times and reports the
// spread (coefficient of variation) of each op's median across the repeats. `LAB_BACKENDS=wasm,webgpu`
// picks backends (webgpu adds this script's own --enable-unsafe-webgpu).
//
// The loop check (issue 19): the lab worker times plain back-to-back runs of each op beside its own timed
// regions on cpu and wasm, and the results file carries both (`backToBackMs` beside the median); this
// script prints, for the 32×32×16 and 56×56×128 depthwise layers on wasm, the lab's median over the plain
// back-to-back median, which must be within 1.2×, and each backend's loop cost (`backends[].loopOverhead`).
import { openSite, printTable, writeResults } from './lib/browser.mjs';
import { runTypeScript } from '../scripts/lib/run-ts.mjs';

const { machineRoofs, runRoofline } = await runTypeScript('src/lib/lab/index.ts');
const { rooflineStrings } = await runTypeScript('src/lib/strings/roofline.ts');
const SWIFTSHADER = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const PRESETS = [{ id: 'quick', label: 'Quick' }, { id: 'mobilenet', label: 'MobileNet v1 layers' }];
const BACKENDS = (process.env.LAB_BACKENDS ?? 'cpu,wasm,webgl').split(',');
const repeatArg = process.argv.indexOf('--repeat');
const REPEAT = repeatArg > 0 ? Number(process.argv[repeatArg + 1]) : 1;
if (!Number.isInteger(REPEAT) || REPEAT < 1) throw new Error(`invalid --repeat: ${process.argv[repeatArg + 1]}`);
const presetArg = process.argv.indexOf('--preset');
const CHOSEN = presetArg > 0 ? PRESETS.filter((preset) => preset.id === process.argv[presetArg + 1]) : PRESETS;
if (CHOSEN.length === 0) throw new Error(`invalid --preset: ${process.argv[presetArg + 1]} (quick or mobilenet)`);

/** The layers of the loop check, as `${inHeight}×${inWidth}×${inChannels}`, and the ratio they must stay within. */
const LOOP_CHECK = { layers: ['32×32×16', '56×56×128'], kind: 'depthwise', backend: 'wasm', within: 1.2 };

/** Runs one preset through the page (the machine's probes first) and returns the exported results (the page's own JSON). */
async function runPreset(site, preset) {
  const page = await site.browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${site.origin}/lab/`);
  await page.locator('form[data-ready]').waitFor({ state: 'attached' });
  for (const name of ['cpu', 'wasm', 'webgl', 'webgpu']) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
    if (!(await box.isEnabled())) {
      if (BACKENDS.includes(name)) console.error(`${name} is unavailable here: ${await page.locator(`[data-lab-reason="${name}"]`).innerText()}`);
      continue;
    }
    await box.setChecked(BACKENDS.includes(name));
  }
  await page.getByRole('radio', { name: preset.label, exact: true }).check();
  await page.getByRole('checkbox', { name: /^Measure this machine’s own limits first/ }).check();
  await page.getByLabel(/^Machine name/).fill('bench: headless Chromium, SwiftShader WebGL');
  const started = Date.now();
  await page.getByRole('button', { name: 'Run benchmark' }).click();
  const status = page.locator('[data-lab-status]');
  // The page sets "running" after an await or two: under load the loop below would otherwise see "idle" and stop at once.
  await page.locator('[data-lab-status]:not([data-lab-status="idle"])').waitFor({ timeout: 60_000 });
  while ((await status.getAttribute('data-lab-status')) === 'running') {
    process.stderr.write(`\r${preset.id}: ${((Date.now() - started) / 1000).toFixed(0)} s — ${(await page.locator('[data-lab-progress-text]').innerText()).slice(0, 110).padEnd(110)}`);
    await page.waitForTimeout(2000);
  }
  process.stderr.write('\n');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const chunks = [];
  for await (const chunk of await (await downloading).createReadStream()) chunks.push(chunk);
  await page.close();
  const run = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  if (run.status !== 'complete') throw new Error(`${preset.id} ended ${run.status}: ${run.error ?? ''}`);
  return { ...run, wallSeconds: (Date.now() - started) / 1000 };
}

const cv = (values) => {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  if (values.length < 2 || mean === 0) return 0;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1)) / mean;
};
const fmt = (value) => (value >= 100 ? value.toFixed(0) : Number(value.toPrecision(3)).toString());
const layerText = (layer) => `${layer.inHeight}×${layer.inWidth}×${layer.inChannels}→${layer.outChannels} k${layer.filterSize} s${layer.stride}`;

const site = await openSite({ extraArgs: [...SWIFTSHADER, ...(BACKENDS.includes('webgpu') ? ['--enable-unsafe-webgpu'] : [])] });
const runs = [];
try {
  for (let round = 1; round <= REPEAT; round += 1) {
    for (const preset of CHOSEN) {
      const run = await runPreset(site, preset);
      runs.push({ round, ...run });
      console.error(`${preset.id} round ${round}: ${run.results.length} results in ${run.wallSeconds.toFixed(0)} s`);
    }
  }
} finally {
  await site.close();
}

const rows = [];
for (const preset of CHOSEN) {
  const mine = runs.filter((run) => run.preset === preset.id);
  const [first] = mine;
  const placed = runRoofline(first).ops;
  for (const [index, result] of first.results.entries()) {
    const op = placed[index];
    const medians = mine.map((run) => run.results.find((other) => other.opId === result.opId && other.backend === result.backend)?.summary.median).filter((value) => value !== undefined);
    rows.push({
      preset: preset.id, op: result.kind, layer: layerText(result.layer), backend: result.backend,
      'median ms': medians.map(fmt).join(' / '), 'p10–p90 ms': `${fmt(result.summary.p10)}–${fmt(result.summary.p90)}`,
      'GMAC/s': fmt(result.gmacPerSecond), 'max abs diff': result.maxAbsDiff === null ? 'ref' : result.maxAbsDiff.toExponential(1),
      'of machine roof': op?.machine ? `${fmt(100 * op.machine.placement.fraction)} %` : '–', 'of TF.js roof': op?.tfjs ? `${fmt(100 * op.tfjs.placement.fraction)} %` : '–',
      ...(REPEAT > 1 ? { 'CV of medians': `${(100 * cv(medians)).toFixed(1)} %` } : {}),
    });
  }
}
printTable(rows);
const spreads = rows.filter((row) => row['CV of medians']).map((row) => Number.parseFloat(row['CV of medians']));
if (spreads.length > 0) {
  const sorted = [...spreads].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
  console.log(`\nCV of medians over ${REPEAT} rounds, across ${spreads.length} op/backend pairs: median ${at(0.5).toFixed(1)} %, p90 ${at(0.9).toFixed(1)} %, max ${sorted.at(-1).toFixed(1)} %`);
}

console.log('\nThe machine\'s own roofs (its probes, run before the ops) beside what TF.js reaches (tf.add and tf.matMul):');
printTable(runs.flatMap((run) => [
  ...machineRoofs(run.machineProbes ?? []).map((roof) => ({
    preset: run.preset, round: run.round, roof: rooflineStrings.roof(roof.id, roof.threads),
    'GB/s': fmt(roof.bandwidth), 'GFLOP/s': fmt(roof.peak), 'ridge FLOP/B': fmt(roof.peak / roof.bandwidth),
    from: `${roof.bandwidthProbe.probe}/${roof.bandwidthProbe.threads}, ${roof.peakProbe.probe}/${roof.peakProbe.threads}`,
  })),
  ...runRoofline(run).tfjs.map((roof) => ({
    preset: run.preset, round: run.round, roof: rooflineStrings.tfjsRoofOn(roof.backend),
    'GB/s': fmt(roof.bandwidth), 'GFLOP/s': fmt(roof.peak), 'ridge FLOP/B': fmt(roof.ridge), from: 'tf.add, tf.matMul',
  })),
]));
console.log('\nEvery probe of the machine (best and median of its passes):');
printTable(runs.flatMap((run) => (run.machineProbes ?? []).map((probe) => ({
  preset: run.preset, round: run.round, probe: probe.probe, threads: probe.threads === 0 ? 'GPU' : probe.threads,
  best: `${fmt(probe.best)} ${probe.unit}`, median: `${fmt(probe.median)} ${probe.unit}`, passes: probe.passes,
}))));

const checks = [];
for (const run of runs) {
  for (const result of run.results) {
    const shape = `${result.layer.inHeight}×${result.layer.inWidth}×${result.layer.inChannels}`;
    if (result.kind !== LOOP_CHECK.kind || result.backend !== LOOP_CHECK.backend || !LOOP_CHECK.layers.includes(shape)) continue;
    if (result.backToBackMs === null) throw new Error(`no plain back-to-back time in the results for ${shape} ${result.kind} on ${result.backend}`);
    const ratio = result.summary.median / result.backToBackMs;
    checks.push({
      preset: run.preset, round: run.round, layer: `${shape} ${result.kind}`, backend: result.backend,
      'lab median ms': fmt(result.summary.median), 'plain back-to-back ms': fmt(result.backToBackMs),
      'tf.time ms': result.kernelMs === null ? '–' : fmt(result.kernelMs), 'loop cost per run ms': fmt(result.loopOverheadMs), 'runs per region': result.reps,
      ratio: `${ratio.toFixed(2)}×`, [`within ${LOOP_CHECK.within}×`]: ratio <= LOOP_CHECK.within && ratio >= 1 / LOOP_CHECK.within ? 'yes' : 'NO',
    });
  }
}
const overheads = runs.flatMap((run) => run.backends.filter((backend) => backend.loopOverhead).map((backend) => ({ preset: run.preset, round: run.round, backend: backend.name, ...backend.loopOverhead })));
if (overheads.length > 0) {
  console.log('\nThe timing loop\'s own cost per backend (a one-element add, 1 and 32 runs per region):');
  printTable(overheads.map((row) => ({ preset: row.preset, round: row.round, backend: row.backend, 'per run µs': fmt(1000 * row.perRunMs), 'per region µs': fmt(1000 * row.perRegionMs) })));
}
if (checks.length > 0) {
  console.log(`\nLoop check: the lab's median against plain back-to-back runs of the same op, in the same worker and run (within ${LOOP_CHECK.within}× wanted):`);
  printTable(checks);
} else if (BACKENDS.includes(LOOP_CHECK.backend)) {
  console.log(`\nLoop check: no ${LOOP_CHECK.layers.join(' or ')} ${LOOP_CHECK.kind} layer on ${LOOP_CHECK.backend} in this run.`);
}
for (const run of runs) console.log(`${run.preset} round ${run.round}: ${run.wallSeconds.toFixed(0)} s wall`);
const path = writeResults('lab', { repeat: REPEAT, backends: BACKENDS, runs });
console.log(`\nWritten to ${path}`);

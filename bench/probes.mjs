// `npm run bench:probes`: the machine's own roofline probes (issue 19) in headless Chromium, in the
// built site's probes worker: STREAM copy and triad in wasm SIMD and the Float32Array.set copy (GB/s,
// read + write bytes counted as STREAM does), the wasm SIMD peak on one thread and on every thread
// (GFLOP/s), and WebGPU's buffer copy and multiply-add shader where Chromium offers an adapter
// (here SwiftShader, a software GPU: `--enable-unsafe-webgpu` is this script's own flag).
import { openSite, printTable, writeResults } from './lib/browser.mjs';

const site = await openSite({ extraArgs: ['--enable-unsafe-webgpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'] });
let results;
let environment;
try {
  const page = await site.browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${site.origin}/test/probes-bench/`);
  await page.waitForFunction(() => typeof window.benchProbes === 'function');
  environment = await page.evaluate(() => ({ userAgent: navigator.userAgent, hardwareConcurrency: navigator.hardwareConcurrency, crossOriginIsolated, webgpu: 'gpu' in navigator }));
  const started = Date.now();
  results = await page.evaluate(() => window.benchProbes());
  console.error(`probes: ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await site.close();
}
const fmt = (value) => (value >= 100 ? value.toFixed(0) : Number(value.toPrecision(3)).toString());
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
printTable(results.map((result) => ({
  probe: result.probe, threads: result.threads === 0 ? 'GPU' : result.threads,
  size: result.unit === 'GB/s' ? `${mib(result.size)} per array` : `${fmt(result.size / 1e6)} MFLOP per call`,
  best: `${fmt(result.best)} ${result.unit}`, median: `${fmt(result.median)} ${result.unit}`, passes: result.passes,
})));
console.log(`\n${environment.hardwareConcurrency} threads, cross-origin isolated: ${environment.crossOriginIsolated}, WebGPU: ${results.some((result) => result.threads === 0) ? 'yes' : environment.webgpu ? 'no adapter' : 'no'}`);
console.log(`Written to ${writeResults('probes', { environment, results })}`);

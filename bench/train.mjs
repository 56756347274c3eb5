// `npm run bench:train`: ms per training batch (64 digits, forward + backward + Adam step) of both
// /train/ networks on wasm, webgl (SwiftShader, headless) and cpu, in the real training worker of
// the built site. The first batch of each network is a warm-up and is not counted (except on cpu);
// medians of the rest, and the separable / standard ratio beside the multiply-add ratio. Reported, never asserted.
import { median, openSite, printTable, writeResults } from './lib/browser.mjs';

// cpu's loop kernels take tens of seconds per batch: one batch, counted as it is (no compilation to warm up).
const BATCHES = { wasm: 6, webgl: 4, cpu: 1 };

const site = await openSite({ extraArgs: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader'] });
const rows = [];
const results = {};
let multiplyAdds = {};
try {
  for (const [backend, batches] of Object.entries(BATCHES)) {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/test/train-bench/`);
    await page.waitForFunction(() => typeof window.benchTrain === 'function');
    const result = await page.evaluate(([name, count]) => window.benchTrain(name, count), [backend, batches]);
    await page.close();
    multiplyAdds = result.multiplyAdds;
    const ms = Object.fromEntries(Object.entries(result.batchMs).map(([id, times]) => [id, median(times.length > 1 ? times.slice(1) : times)]));
    results[backend] = { used: result.backend?.backend, status: result.status, batchMs: result.batchMs, medianMs: ms };
    rows.push({
      backend: result.backend?.backend === backend ? backend : `${backend} (fell back to ${result.backend?.backend})`,
      'standard ms/batch': ms.standard.toFixed(0),
      'separable ms/batch': ms.separable.toFixed(0),
      'separable / standard time': (ms.separable / ms.standard).toFixed(2),
      'separable / standard multiply-adds': (multiplyAdds.separable / multiplyAdds.standard).toFixed(2),
      batches: batches > 1 ? `${batches - 1} (+1 warm-up)` : '1',
    });
  }
} finally {
  await site.close();
}
printTable(rows);
console.log(`Wrote ${writeResults('train', { batchSize: 64, multiplyAdds, results })}`);

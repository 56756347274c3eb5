// The lab's timing loop in Node on TF.js wasm (or cpu), for quick iteration on the loop itself: for the
// depthwise layers the acceptance check names, the loop's median beside plain back-to-back runs, the
// old loop (a read after every run) and tf.time()'s kernel time, all in one process.
// `node bench/lab-node.mjs [--backend wasm|cpu]`.
import * as core from '@tensorflow/tfjs-core';
import * as layers from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { opsForLayer, PRESETS, median, timerStep, type LayerShape } from '../../src/lib/lab';
import { prepareOp, type Prepared } from '../../src/workers/lab/kernels';
import { backendOverhead, measure } from '../../src/workers/lab/measure';
import type { Tf } from '../../src/workers/tf-backend';

const backendArg = process.argv.indexOf('--backend');
const backend = backendArg > 0 ? process.argv[backendArg + 1] ?? 'wasm' : 'wasm';
core.env().set('IS_TEST', true);
if (!(await core.setBackend(backend))) throw new Error(`invalid --backend: ${backend} did not start`);
const tf = { ...core, ...layers } as unknown as Tf;
const loop = { overhead: await backendOverhead(tf), timerStepMs: timerStep(() => performance.now()) };

/** The loop the lab used before issue 19: a one-element read after every run. */
async function readEveryRun(prepared: Prepared, reps: number): Promise<number> {
  const start = performance.now();
  for (let rep = 0; rep < reps; rep += 1) {
    const output = prepared.run();
    const corner = tf.tidy(() => tf.slice(tf.reshape(output, [-1]), 0, 1));
    await corner.data();
    tf.dispose([output, corner]);
  }
  return (performance.now() - start) / reps;
}

const cases: Array<{ preset: 'quick' | 'mobilenet'; layer: LayerShape }> = [
  { preset: 'quick', layer: PRESETS.quick.layers[0] as LayerShape },
  { preset: 'mobilenet', layer: PRESETS.mobilenet.layers[1] as LayerShape },
];
console.log(`| layer | loop median ms | plain back-to-back ms | ratio | read after every run ms | tf.time ms | loop cost per run ms | reps |`);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const { preset, layer } of cases) {
  const op = opsForLayer(layer).find((spec) => spec.kind === 'depthwise');
  if (!op) throw new Error('no depthwise op');
  const prepared = prepareOp(tf, op);
  const measured = await measure({ tf, prepared, settings: PRESETS[preset].settings, kernelMeasurable: true, loop, onPhase: () => undefined });
  const old: number[] = [];
  for (let round = 0; round < 7; round += 1) old.push(await readEveryRun(prepared, measured.reps));
  prepared.dispose();
  const lab = measured.summary.median;
  const plain = measured.backToBackMs ?? Number.NaN;
  console.log(`| ${layer.inHeight}×${layer.inWidth}×${layer.inChannels} (${preset}) | ${lab.toFixed(4)} | ${plain.toFixed(4)} | ${(lab / plain).toFixed(2)}× | ${median(old).toFixed(4)} | ${measured.kernelMs?.toFixed(4) ?? '–'} | ${measured.loopOverheadMs.toFixed(5)} | ${measured.reps} |`);
}

// Trains both /train/ networks on wasm for each seed and writes what /train/ and /effective/ ship:
// the metrics (src/data/train-reference.json, rendered into the pages and served at
// /train/reference-metrics.json) and the first seed's weights per network (public/train/models/,
// TF.js layers-model files). Options: --seeds=1,2,3 (default); --out=DIR writes DIR/reference-metrics.json
// and DIR/models/ instead. Metrics are rewritten after every run, so an interrupted run keeps the
// finished seeds. --merge=dirA,dirB,… combines runs made separately (one process per seed) into the
// shipped locations, taking the weights of the first.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type * as TfCore from '@tensorflow/tfjs-core';
import { isBackendName } from '../../src/lib/backends';
import { TRAIN_CONFIGS, batchesPerEpoch } from '../../src/lib/train/config';
import { NETWORK_IDS, networkCostOf, type NetworkId } from '../../src/lib/train/networks';
import type { ReferenceMetrics, ReferenceNetwork } from '../../src/lib/train/reference';
import { readTrainReference } from '../../src/lib/train/reference-format';
import { trainNetwork } from '../../src/workers/train/train-network';
import { mnistPack } from './mnist-pack';
import { nodeTrainingTf, tfVersions } from './node-tf';

const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const seeds = option('seeds', '1,2,3').split(',').map(Number);
const outDir = option('out', '');
const target = {
  metrics: outDir ? join(outDir, 'reference-metrics.json') : 'src/data/train-reference.json',
  models: outDir ? join(outDir, 'models') : 'public/train/models',
};
const { seed: _seed, ...config } = TRAIN_CONFIGS.full;

const merge = option('merge', '');
if (merge) {
  mergeRuns(merge.split(','));
  process.exit(0);
}

const tf = await nodeTrainingTf();
const data = mnistPack();
mkdirSync(target.models, { recursive: true });
const started = performance.now();
function networkEntry(id: NetworkId): ReferenceNetwork {
  const cost = networkCostOf(id);
  return { parameters: cost.parameters, multiplyAdds: cost.multiplyAdds, runs: [], shipped: { seed: seeds[0] ?? 1, model: `models/${id}.json`, testAccuracy: Number.NaN } };
}
const networks: ReferenceMetrics['networks'] = { standard: networkEntry('standard'), separable: networkEntry('separable') };

/** Combines separately written metrics files (same config) into one, seeds in the given order; weights from the first. */
function mergeRuns(dirs: string[]): void {
  const parts = dirs.map((dir) => {
    const file = join(dir, 'reference-metrics.json');
    return readTrainReference(JSON.parse(readFileSync(file, 'utf8')), file);
  });
  const [first] = parts;
  if (!first || !dirs[0]) throw new Error('invalid merge: no runs given');
  if (parts.some((part) => JSON.stringify(part.config) !== JSON.stringify(first.config))) throw new Error('invalid merge: the runs used different configurations');
  const merged: ReferenceMetrics = {
    ...first, createdAt: new Date().toISOString(), seeds: parts.flatMap((part) => part.networks.standard.runs.map((run) => run.seed)),
    wallSeconds: Math.max(...parts.map((part) => part.wallSeconds)),
    networks: {
      standard: { ...first.networks.standard, runs: parts.flatMap((part) => part.networks.standard.runs) },
      separable: { ...first.networks.separable, runs: parts.flatMap((part) => part.networks.separable.runs) },
    },
  };
  mkdirSync(target.models, { recursive: true });
  cpSync(join(dirs[0], 'models'), target.models, { recursive: true });
  writeFileSync(target.metrics, `${JSON.stringify(merged, null, 1)}\n`);
  console.log(`Merged ${parts.length} runs (seeds ${merged.seeds.join(', ')}) into ${target.metrics} and ${target.models}.`);
}

async function saveModel(model: { save: (handler: TfCore.io.IOHandler) => Promise<unknown> }, id: NetworkId): Promise<void> {
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    const weights = new Uint8Array(artifacts.weightData as ArrayBuffer);
    writeFileSync(join(target.models, `${id}.weights.bin`), weights);
    writeFileSync(join(target.models, `${id}.json`), `${JSON.stringify({
      format: 'layers-model', generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`, convertedBy: null,
      modelTopology: artifacts.modelTopology, weightsManifest: [{ paths: [`${id}.weights.bin`], weights: artifacts.weightSpecs }],
    })}\n`);
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weights.length } };
  }));
}

function writeMetrics(): void {
  const backend = tf.getBackend();
  if (!isBackendName(backend)) throw new Error(`invalid backend: ${backend}`);
  const metrics: ReferenceMetrics = {
    format: 1, createdAt: new Date().toISOString(), config, seeds, backend, versions: tfVersions(),
    cores: availableParallelism(), wallSeconds: Math.round((performance.now() - started) / 1000), networks,
  };
  writeFileSync(target.metrics, `${JSON.stringify(metrics, null, 1)}\n`);
}

for (const seed of seeds) {
  for (const id of NETWORK_IDS) {
    const runStart = performance.now();
    const trained = await trainNetwork(tf, id, { ...config, seed }, data, {
      afterBatch: (progress) => {
        if (progress.batch % 25 === 0) console.log(`${id} seed ${seed}: epoch ${progress.epoch}, batch ${progress.batch} of ${batchesPerEpoch(config)}, loss ${progress.loss.toFixed(3)}, ${progress.batchMs.toFixed(0)} ms`);
      },
    });
    const round = (value: number, digits = 4) => Number(value.toFixed(digits));
    networks[id].runs.push({
      seed, testAccuracy: trained.test.accuracy, wallSeconds: round((performance.now() - runStart) / 1000, 1),
      epochs: trained.epochs.map((epoch) => ({ ...epoch, loss: round(epoch.loss), accuracy: round(epoch.accuracy), seconds: round(epoch.seconds, 1), msPerBatch: round(epoch.msPerBatch, 1) })),
    });
    console.log(`${id} seed ${seed}: test accuracy ${(trained.test.accuracy * 100).toFixed(2)} %`);
    if (seed === seeds[0]) {
      await saveModel(trained.model, id);
      networks[id].shipped.testAccuracy = trained.test.accuracy;
    }
    trained.model.optimizer.dispose();
    trained.model.dispose();
    writeMetrics();
  }
}
console.log(`Wrote ${target.metrics} and ${target.models} in ${Math.round((performance.now() - started) / 1000)} s.`);

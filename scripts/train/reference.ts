// `npm run train:reference`: trains every network of the experiment under every configuration the page
// offers (quick, class, full), for each seed, on wasm in Node, and writes the results file in format 2
// (src/lib/train/experiment-format.ts) plus the weights of each network's full run with the first seed.
//
//   npm run train:reference -- --networks=standard --out=.cache/reference/a     (one process per core:
//   npm run train:reference -- --networks=separable,thin --out=.cache/reference/b  these two take about as long)
//   npm run train:reference -- --merge=.cache/reference/a,.cache/reference/b
//
// Options: --seeds (default 1,2,3,4,5), --configs (default quick,class,full), --networks (default all),
// --out=DIR writes DIR/reference.json and DIR/models/ (for --merge: the merged file); without it, the shipped places:
// src/data/experiment-reference.json and public/train/models/. The file is rewritten after every run and the
// run in progress is checkpointed after every epoch (DIR/checkpoint.json): with --out, the same command
// run again after an interruption keeps the finished runs and continues the one in progress exactly.
// Merging checks that the parts share split, configurations, backend and test labels and hold no run twice,
// lists every part's networks, orders the runs as one process would, and takes the shipped weights from the
// part that trained them.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type * as TfCore from '@tensorflow/tfjs-core';
import { CONFIG_NAMES, TRAIN_CONFIGS, batchesPerEpoch, type ConfigName } from '../../src/lib/train/config';
import { EXPERIMENT_NETWORK_IDS, networkCostOf, type NetworkId } from '../../src/lib/train/networks';
import { encodeDigits, parseExperimentResults, type ExperimentResults } from '../../src/lib/train/experiment-format';
import { EXPERIMENT_SPLIT } from '../../src/lib/train/splits';
import { trainNetwork } from '../../src/workers/train/train-network';
import { mnistPack } from './mnist-pack';
import { nodeTrainingTf, tfVersions } from './node-tf';
import { dropCheckpoint, readCheckpoint, writeAtomically, writeCheckpoint } from './progress-file';

const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const list = (text: string) => text.split(',').filter(Boolean);
const targets = (dir: string) => ({
  metrics: dir ? join(dir, 'reference.json') : 'src/data/experiment-reference.json',
  models: dir ? join(dir, 'models') : 'public/train/models',
});
const round = (value: number, digits = 4) => Number(value.toFixed(digits));

const merge = option('merge', '');
if (merge) mergeParts(list(merge), targets(option('out', '')));
else await train();

async function train(): Promise<void> {
  const seeds = list(option('seeds', '1,2,3,4,5')).map(Number);
  const configs = list(option('configs', CONFIG_NAMES.join(','))) as ConfigName[];
  const networks = list(option('networks', EXPERIMENT_NETWORK_IDS.join(','))) as NetworkId[];
  for (const name of configs) if (!CONFIG_NAMES.includes(name)) throw new Error(`invalid configuration: ${name} (one of ${CONFIG_NAMES.join(', ')})`);
  const outDir = option('out', '');
  const target = targets(outDir);
  const checkpointPath = `${target.metrics}.checkpoint.json`;
  const tf = await nodeTrainingTf();
  const data = mnistPack();
  const fresh: ExperimentResults = {
    format: 2, createdAt: new Date().toISOString(), backend: tf.getBackend(), versions: tfVersions(), cores: availableParallelism(), wallSeconds: 0,
    split: { packSeed: data.splitSeed, ...EXPERIMENT_SPLIT },
    testLabels: encodeDigits(data.test.labels),
    configurations: Object.fromEntries(configs.map((name) => {
      const { seed: _seed, ...config } = TRAIN_CONFIGS[name];
      return [name, config];
    })),
    networks: Object.fromEntries(networks.map((id) => [id, { parameters: networkCostOf(id).parameters, multiplyAdds: networkCostOf(id).multiplyAdds }])),
    runs: [], shipped: {},
  };
  const file = outDir && existsSync(target.metrics) ? continuing(target.metrics, fresh) : fresh;
  const started = performance.now() - file.wallSeconds * 1000;
  const batches = seeds.length * networks.length * configs.reduce((sum, name) => sum + TRAIN_CONFIGS[name].epochs * batchesPerEpoch(TRAIN_CONFIGS[name]), 0);
  console.log(`${seeds.length} seeds × ${networks.length} networks × ${configs.join(', ')}: ${batches} batches in this process.`);
  mkdirSync(target.models, { recursive: true });
  for (const seed of seeds) {
    for (const configuration of configs) {
      const config = { ...TRAIN_CONFIGS[configuration], seed };
      for (const network of networks) {
        if (file.runs.some((run) => run.configuration === configuration && run.network === network && run.seed === seed)) continue;
        const key = { configuration, network, seed };
        const resume = outDir ? readCheckpoint(checkpointPath, key) : undefined;
        if (resume) console.log(`${configuration} ${network} seed ${seed}: resuming after epoch ${resume.epochs.length}`);
        const runStart = performance.now();
        const trained = await trainNetwork(tf, network, config, data, {
          resume,
          afterEpoch: (epoch) => console.log(`${configuration} ${network} seed ${seed}: epoch ${epoch.epoch} of ${config.epochs}, validation ${(epoch.validationAccuracy * 100).toFixed(1)} %, ${epoch.msPerBatch.toFixed(0)} ms per batch`),
          checkpoint: (state) => writeCheckpoint(checkpointPath, key, state),
        });
        file.runs.push({
          configuration, network, seed,
          epochs: trained.epochs.map((epoch) => ({
            ...epoch, loss: round(epoch.loss), accuracy: round(epoch.accuracy), validationLoss: round(epoch.validationLoss),
            validationLossStandardError: round(epoch.validationLossStandardError), seconds: round(epoch.seconds, 1), msPerBatch: round(epoch.msPerBatch, 1),
          })),
          testAccuracy: trained.test.accuracy, testPredictions: encodeDigits(trained.test.predicted),
          msPerBatch: round(trained.msPerBatch, 1), wallSeconds: round((performance.now() - runStart) / 1000, 1),
        });
        console.log(`${configuration} ${network} seed ${seed}: test accuracy ${(trained.test.accuracy * 100).toFixed(2)} %`);
        if (configuration === 'full' && seed === seeds[0]) {
          await saveModel(tf, trained.model, join(target.models, network));
          file.shipped[network] = { configuration, seed, model: `models/${network}.json` };
        }
        trained.model.optimizer.dispose();
        trained.model.dispose();
        file.wallSeconds = Math.round((performance.now() - started) / 1000);
        writeAtomically(target.metrics, `${JSON.stringify(parseExperimentResults(file), null, 1)}\n`);
        dropCheckpoint(checkpointPath);
      }
    }
  }
  console.log(`Wrote ${target.metrics} and ${target.models} in ${file.wallSeconds} s.`);
}

/** The results file a process wrote before it was interrupted, if it was set up like this one (else an error naming the difference). */
function continuing(path: string, fresh: ExperimentResults): ExperimentResults {
  const found = parseExperimentResults(JSON.parse(readFileSync(path, 'utf8')));
  // Read back through the schema, keys come in the schema's order: compare the fresh setup in that order too.
  const expected = parseExperimentResults(fresh);
  for (const key of ['split', 'testLabels', 'backend', 'configurations', 'networks'] as const) {
    if (JSON.stringify(found[key]) !== JSON.stringify(expected[key])) throw new Error(`invalid --out: ${path} holds runs with other ${key} (pick another folder)`);
  }
  console.log(`Continuing ${path}: ${found.runs.length} runs already finished.`);
  return found;
}

/** Saves a model as TF.js layers-model files: `<path>.json` and `<path>.weights.bin`. */
async function saveModel(tf: { io: typeof TfCore.io; version_layers: string }, model: { save: (handler: TfCore.io.IOHandler) => Promise<unknown> }, path: string): Promise<void> {
  const name = path.split('/').pop() ?? path;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    const weights = new Uint8Array(artifacts.weightData as ArrayBuffer);
    writeFileSync(`${path}.weights.bin`, weights);
    writeFileSync(`${path}.json`, `${JSON.stringify({
      format: 'layers-model', generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`, convertedBy: null,
      modelTopology: artifacts.modelTopology, weightsManifest: [{ paths: [`${name}.weights.bin`], weights: artifacts.weightSpecs }],
    })}\n`);
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weights.length } };
  }));
}

/** Combines results files written by separate processes into one, runs in the given order; weights from the part that trained them. */
function mergeParts(dirs: string[], target: { metrics: string; models: string }): void {
  const parts = dirs.map((dir) => parseExperimentResults(JSON.parse(readFileSync(targets(dir).metrics, 'utf8'))));
  const [first] = parts;
  if (!first) throw new Error('invalid merge: no parts given');
  const same = (key: 'split' | 'configurations' | 'testLabels' | 'backend') => {
    const bad = parts.findIndex((part) => JSON.stringify(part[key]) !== JSON.stringify(first[key]));
    if (bad >= 0) throw new Error(`invalid merge: ${dirs[bad]} has other ${key} than ${dirs[0]}`);
  };
  (['split', 'configurations', 'testLabels', 'backend'] as const).forEach(same);
  // Parts may split the work by network (one process per net balances cores better than by seed): the merged
  // file lists every part's networks, and a network two parts both list must be described alike.
  const networks: ExperimentResults['networks'] = {};
  for (const id of EXPERIMENT_NETWORK_IDS) {
    const described = parts.flatMap((part, index) => (part.networks[id] ? [[index, part.networks[id]] as const] : []));
    const [firstSeen] = described;
    if (!firstSeen) continue;
    const differing = described.find(([, entry]) => JSON.stringify(entry) !== JSON.stringify(firstSeen[1]));
    if (differing) throw new Error(`invalid merge: ${dirs[differing[0]]} describes ${id} otherwise than ${dirs[firstSeen[0]]}`);
    networks[id] = firstSeen[1];
  }
  // Runs in one order whatever the split: by seed, then configuration, then network, as one process trains them.
  const order = (run: ExperimentResults['runs'][number]) => [run.seed, CONFIG_NAMES.indexOf(run.configuration), EXPERIMENT_NETWORK_IDS.indexOf(run.network)];
  const runs = parts.flatMap((part) => part.runs).sort((x, y) => {
    const [a, b] = [order(x), order(y)];
    const at = a.findIndex((value, index) => value !== b[index]);
    return at === -1 ? 0 : a[at]! - b[at]!;
  });
  const duplicate = runs.find((run, index) => index > 0 && order(run).join() === order(runs[index - 1]!).join());
  if (duplicate) throw new Error(`invalid merge: two parts both hold ${duplicate.configuration} ${duplicate.network} seed ${duplicate.seed}`);
  // Each network's weights come from the first part (in the order given) that trained its shipped run.
  const shipped: ExperimentResults['shipped'] = {};
  const sources: [NetworkId, string][] = [];
  parts.forEach((part, index) => {
    for (const network of EXPERIMENT_NETWORK_IDS) {
      const entry = part.shipped[network];
      if (entry && !shipped[network]) {
        shipped[network] = entry;
        sources.push([network, targets(dirs[index] ?? '').models]);
      }
    }
  });
  const merged = parseExperimentResults({
    ...first, createdAt: new Date().toISOString(), wallSeconds: Math.max(...parts.map((part) => part.wallSeconds)), networks, runs, shipped,
  });
  mkdirSync(target.models, { recursive: true });
  for (const [network, models] of sources) {
    for (const suffix of ['.json', '.weights.bin']) cpSync(join(models, `${network}${suffix}`), join(target.models, `${network}${suffix}`));
  }
  writeFileSync(target.metrics, `${JSON.stringify(merged, null, 1)}\n`);
  console.log(`Merged ${parts.length} parts (${merged.runs.length} runs) into ${target.metrics} and ${target.models}.`);
}

// The validation pilot: trains the experiment's networks under the full configuration for up to --epochs
// epochs with each learning-rate decay, recording validation figures only (the test digits are scored by
// the trainer but never recorded or printed), then picks E and the decay by src/lib/train/pilot.ts's rule.
//
//   npm run train:pilot -- --seeds=101,102 --decays=1,0.85 --epochs=20 --out=.cache/pilot/a.json
//   npm run train:pilot -- --report=.cache/pilot/a.json,.cache/pilot/b.json
//
// Training options: --networks=standard,separable,thin (default all). The output file is rewritten after
// every epoch, so an interrupted pilot keeps what it finished. Run one process per seed, side by side.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { TRAIN_CONFIGS } from '../../src/lib/train/config';
import { EXPERIMENT_NETWORK_IDS, type NetworkId } from '../../src/lib/train/networks';
import { chooseSchedule, scheduleChoices, type PilotRun } from '../../src/lib/train/pilot';
import type { RunEpoch } from '../../src/lib/train/reference-format';
import { trainNetwork } from '../../src/workers/train/train-network';
import { mnistPack } from './mnist-pack';
import { nodeTrainingTf, tfVersions } from './node-tf';

const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const list = (text: string) => text.split(',').filter(Boolean);

/** What one pilot process writes. */
interface PilotFile {
  createdAt: string;
  versions: Record<string, string>;
  maxEpochs: number;
  runs: (Omit<PilotRun, 'network' | 'epochs'> & { network: NetworkId; epochs: RunEpoch[] })[];
}

const report = option('report', '');
if (report) printReport(list(report));
else await train();

async function train(): Promise<void> {
  const seeds = list(option('seeds', '101')).map(Number);
  const decays = list(option('decays', '1,0.85')).map(Number);
  const networks = list(option('networks', EXPERIMENT_NETWORK_IDS.join(','))) as NetworkId[];
  const maxEpochs = Number(option('epochs', '20'));
  const out = option('out', '.cache/pilot/pilot.json');
  const tf = await nodeTrainingTf();
  const data = mnistPack();
  const file: PilotFile = { createdAt: new Date().toISOString(), versions: tfVersions(), maxEpochs, runs: [] };
  mkdirSync(dirname(out), { recursive: true });
  for (const seed of seeds) {
    for (const learningRateDecay of decays) {
      for (const network of networks) {
        const run = { network, seed, learningRateDecay, epochs: [] as RunEpoch[] };
        file.runs.push(run);
        const config = { ...TRAIN_CONFIGS.full, epochs: maxEpochs, learningRateDecay, seed };
        const trained = await trainNetwork(tf, network, config, data, {
          afterEpoch: (epoch) => {
            run.epochs.push(epoch);
            writeFileSync(out, `${JSON.stringify(file)}\n`);
            console.log(`${network} seed ${seed} decay ${learningRateDecay}: epoch ${epoch.epoch}, validation loss ${epoch.validationLoss.toFixed(4)} ± ${epoch.validationLossStandardError.toFixed(4)}, accuracy ${(epoch.validationAccuracy * 100).toFixed(1)} %, ${epoch.msPerBatch.toFixed(0)} ms/batch`);
          },
        });
        trained.model.optimizer.dispose();
        trained.model.dispose();
      }
    }
  }
}

/** Prints, per decay and net, the mean validation loss per epoch over seeds, each net's one-SE epoch, and the choice. */
function printReport(files: string[]): void {
  const parts = files.map((path) => JSON.parse(readFileSync(path, 'utf8')) as PilotFile);
  const runs = parts.flatMap((part) => part.runs).filter((run) => run.epochs.length > 0);
  const choices = scheduleChoices(runs);
  const fixed = (value: number | undefined, digits = 4) => (value === undefined ? '' : value.toFixed(digits));
  for (const choice of choices) {
    console.log(`\n### Learning-rate decay ${choice.decay} per epoch: mean validation loss over seeds (± standard error over the 1,000 digits)\n`);
    console.log(`| epoch | ${choice.nets.map((net) => `${net.network} (seeds: ${net.curve.seeds})`).join(' | ')} |`);
    console.log(`| ---: | ${choice.nets.map(() => '---:').join(' | ')} |`);
    const longest = Math.max(...choice.nets.map((net) => net.curve.loss.length));
    for (let epoch = 0; epoch < longest; epoch += 1) {
      const cells = choice.nets.map((net) => `${fixed(net.curve.loss[epoch])} ± ${fixed(net.curve.standardError[epoch])} (${fixed((net.curve.accuracy[epoch] ?? 0) * 100, 1)} %)${net.flatEpoch === epoch + 1 ? ' ◀' : ''}`);
      console.log(`| ${epoch + 1} | ${cells.join(' | ')} |`);
    }
    const ms = choice.nets.map((net) => {
      const times = runs.filter((run) => run.network === net.network && run.learningRateDecay === choice.decay).flatMap((run) => run.epochs.map((epoch) => epoch.msPerBatch)).sort((a, b) => a - b);
      return `${net.network} ${fixed(times[Math.floor((times.length - 1) / 2)], 0)}`;
    });
    console.log(`\nOne-SE epochs (◀): ${choice.nets.map((net) => `${net.network} ${net.flatEpoch}`).join(', ')} → E = ${choice.epochs}; mean validation loss at E, over nets: ${fixed(choice.lossAtEpochs)} ± ${fixed(choice.standardErrorAtEpochs)}. Median ms per batch: ${ms.join(', ')}.`);
  }
  const chosen = chooseSchedule(choices);
  console.log(`\nChosen: ${chosen.epochs} epochs with a learning-rate decay of ${chosen.decay} per epoch.`);
}

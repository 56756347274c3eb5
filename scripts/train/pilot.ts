// The validation pilot: trains the experiment's networks under the full configuration for up to --epochs
// epochs with each learning-rate decay, recording validation figures only (the test digits are scored by
// the trainer but never recorded or printed), then picks E and the decay by src/lib/train/pilot.ts's rule.
//
//   npm run train:pilot -- --seeds=101,102 --decays=1,0.85 --epochs=20 --out=.cache/pilot/a.json
//   npm run train:pilot -- --report=.cache/pilot/a.json,.cache/pilot/b.json
//
// Training options: --networks=standard,separable,thin (default all). The output file and the run in
// progress's checkpoint are rewritten after every epoch: the same command, run again after an
// interruption, skips finished runs and continues the one in progress. Run one process per seed.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod/mini';
import { TRAIN_CONFIGS } from '../../src/lib/train/config';
import { EXPERIMENT_NETWORK_IDS, type NetworkId } from '../../src/lib/train/networks';
import { chooseSchedule, scheduleChoices } from '../../src/lib/train/pilot';
import { RunEpochSchema, ExperimentNetworkIdSchema } from '../../src/lib/train/experiment-format';
import { trainNetwork } from '../../src/workers/train/train-network';
import { mnistPack } from './mnist-pack';
import { nodeTrainingTf, tfVersions } from './node-tf';
import { dropCheckpoint, readCheckpoint, writeAtomically, writeCheckpoint } from './progress-file';

const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const list = (text: string) => text.split(',').filter(Boolean);

/** What one pilot process writes: its runs' validation figures, epoch by epoch. */
const PilotFileSchema = z.object({
  createdAt: z.string(),
  versions: z.record(z.string(), z.string()),
  maxEpochs: z.int(),
  runs: z.array(z.object({
    network: ExperimentNetworkIdSchema, seed: z.int(), learningRateDecay: z.number(), epochs: z.array(RunEpochSchema),
    /** Per epoch, every validation digit's loss (4 decimals), for the paired rule; absent in files written before it. */
    validationLosses: z.optional(z.array(z.array(z.number()))),
  })),
});
type PilotFile = z.infer<typeof PilotFileSchema>;

const readPilot = (path: string): PilotFile => PilotFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));

const report = option('report', '');
if (report) printReport(list(report));
else await train();

/**
 * Trains every planned run the output file does not hold finished yet. After every epoch the run's state
 * goes to OUT.checkpoint.json, so the same command, run again after an interruption, continues the run in
 * progress from its last finished epoch (exactly: see src/workers/train/checkpoint.ts).
 */
async function train(): Promise<void> {
  const seeds = list(option('seeds', '101')).map(Number);
  const decays = list(option('decays', '1,0.85')).map(Number);
  const networks = list(option('networks', EXPERIMENT_NETWORK_IDS.join(','))) as NetworkId[];
  const maxEpochs = Number(option('epochs', '20'));
  const out = option('out', '.cache/pilot/pilot.json');
  const checkpointPath = `${out}.checkpoint.json`;
  const tf = await nodeTrainingTf();
  const data = mnistPack();
  const file: PilotFile = existsSync(out) ? readPilot(out) : { createdAt: new Date().toISOString(), versions: tfVersions(), maxEpochs, runs: [] };
  if (file.maxEpochs !== maxEpochs) throw new Error(`invalid --epochs: ${maxEpochs}, but ${out} holds a pilot of ${file.maxEpochs} epochs (pick another --out)`);
  mkdirSync(dirname(out), { recursive: true });
  for (const seed of seeds) {
    for (const learningRateDecay of decays) {
      for (const network of networks) {
        let run = file.runs.find((entry) => entry.network === network && entry.seed === seed && entry.learningRateDecay === learningRateDecay);
        if (run && run.epochs.length >= maxEpochs) continue;
        if (!run) file.runs.push(run = { network, seed, learningRateDecay, epochs: [] });
        const key = { network, seed, learningRateDecay, maxEpochs };
        const resume = readCheckpoint(checkpointPath, key);
        run.epochs = resume ? [...resume.epochs] : [];
        run.validationLosses = (run.validationLosses ?? []).slice(0, run.epochs.length);
        if (resume) console.log(`${network} seed ${seed} decay ${learningRateDecay}: resuming after epoch ${resume.epochs.length}`);
        const current = run;
        const config = { ...TRAIN_CONFIGS.full, epochs: maxEpochs, learningRateDecay, seed };
        const trained = await trainNetwork(tf, network, config, data, {
          resume,
          afterEpoch: (epoch, validation) => {
            current.epochs.push(epoch);
            current.validationLosses?.push(Array.from(validation.losses, (loss) => Number(loss.toFixed(4))));
            console.log(`${network} seed ${seed} decay ${learningRateDecay}: epoch ${epoch.epoch}, validation loss ${epoch.validationLoss.toFixed(4)} ± ${epoch.validationLossStandardError.toFixed(4)}, accuracy ${(epoch.validationAccuracy * 100).toFixed(1)} %, ${epoch.msPerBatch.toFixed(0)} ms/batch`);
          },
          checkpoint: (state) => {
            writeCheckpoint(checkpointPath, key, state);
            writeAtomically(out, `${JSON.stringify(file)}\n`);
          },
        });
        dropCheckpoint(checkpointPath);
        trained.model.optimizer.dispose();
        trained.model.dispose();
      }
    }
  }
}

/** Prints, per decay and net, the mean validation loss per epoch over seeds, each net's one-SE epoch, and the choice. */
function printReport(files: string[]): void {
  const parts = files.map(readPilot);
  // Only finished runs count: a net whose runs stopped early has not shown where its curve flattens.
  const runs = parts.flatMap((part) => part.runs.filter((run) => run.epochs.length >= part.maxEpochs));
  const unfinished = parts.flatMap((part) => part.runs.filter((run) => run.epochs.length > 0 && run.epochs.length < part.maxEpochs));
  for (const run of unfinished) console.log(`Left out, not finished: ${run.network} seed ${run.seed} decay ${run.learningRateDecay} (${run.epochs.length} of the pilot's epochs).`);
  if (runs.length === 0) {
    console.log('No finished runs yet.');
    return;
  }
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
    console.log(`\nOne-SE epochs (◀; paired: per-digit differences, unpaired: one epoch's SE): ${choice.nets.map((net) => `${net.network} ${net.flatEpoch} (${net.rule})`).join(', ')} → E = ${choice.epochs}; mean validation loss at E, over nets: ${fixed(choice.lossAtEpochs)} ± ${fixed(choice.standardErrorAtEpochs)}. Median ms per batch: ${ms.join(', ')}.`);
  }
  const chosen = chooseSchedule(choices);
  console.log(`\nChosen: ${chosen.epochs} epochs with a learning-rate decay of ${chosen.decay} per epoch.`);
}

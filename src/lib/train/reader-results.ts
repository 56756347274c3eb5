// A reader's run on /train/ as a results file in format 2 — the reference's own schema, so a class page,
// a script or a statistician reads a student's export exactly as it reads the reference.
import { TRAIN_CONFIGS, type ConfigName } from './config';
import type { ExperimentResults, ExperimentRun, RunEpoch } from './experiment-format';
import { networkCostOf, type NetworkId } from './networks';

/** One net of a reader's run as the training job reported it (its `network` event). */
export interface ReaderNetwork {
  network: NetworkId;
  /** True when Stop ended the net before its last batch: such a run trained less than its configuration. */
  stopped: boolean;
  epochs: readonly RunEpoch[];
  testAccuracy: number;
  testPredictions: string;
  msPerBatch: number;
  wallSeconds: number;
}

/** Everything a reader's results file holds: the run's setting, where it ran, the job's result and each net's report. */
export interface ReaderRun {
  /** When the run started (ISO 8601): also the run's identity in the page's history. */
  createdAt: string;
  configuration: ConfigName;
  seed: number;
  /** The TF.js backend that trained (after any fallback). */
  backend: string;
  threads: boolean;
  /** Browser, operating system and cores, e.g. "Chrome on Linux, 2 cores". */
  device: string;
  cores: number;
  versions: Record<string, string>;
  split: ExperimentResults['split'];
  testLabels: string;
  networks: readonly ReaderNetwork[];
}

const epochOf = ({ epoch, learningRate, loss, accuracy, validationLoss, validationLossStandardError, validationAccuracy, seconds, msPerBatch }: RunEpoch): RunEpoch =>
  ({ epoch, learningRate, loss, accuracy, validationLoss, validationLossStandardError, validationAccuracy, seconds, msPerBatch });

/** The nets of `run` that trained their whole configuration (Stop left the others part-trained). */
export function completeNetworks(run: Pick<ReaderRun, 'configuration' | 'networks'>): ReaderNetwork[] {
  const { epochs } = TRAIN_CONFIGS[run.configuration];
  return run.networks.filter((network) => !network.stopped && network.epochs.length === epochs);
}

/**
 * The reader's run as a format-2 results file: one run per net that trained its whole configuration (a
 * part-trained net would not be comparable with the reference's runs), no shipped weights, and where it
 * ran (backend, threads, device, cores). Undefined when no net finished.
 */
export function readerResults(run: ReaderRun): ExperimentResults | undefined {
  const complete = completeNetworks(run);
  if (complete.length === 0) return undefined;
  const { seed: _seed, ...configuration } = TRAIN_CONFIGS[run.configuration];
  const runs = complete.map((network): ExperimentRun => ({
    configuration: run.configuration, network: network.network, seed: run.seed, epochs: network.epochs.map(epochOf),
    testAccuracy: network.testAccuracy, testPredictions: network.testPredictions, msPerBatch: network.msPerBatch, wallSeconds: network.wallSeconds,
  }));
  return {
    format: 2, createdAt: run.createdAt, backend: run.backend, versions: run.versions, cores: run.cores,
    wallSeconds: runs.reduce((sum, each) => sum + each.wallSeconds, 0),
    split: run.split, testLabels: run.testLabels,
    configurations: { [run.configuration]: configuration },
    networks: Object.fromEntries(complete.map(({ network }) => {
      const { parameters, multiplyAdds } = networkCostOf(network);
      return [network, { parameters, multiplyAdds }];
    })),
    runs, shipped: {}, device: run.device, threads: run.threads,
  };
}

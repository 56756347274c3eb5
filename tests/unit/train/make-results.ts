// Builds format-2 results files for tests: runs whose predictions get exactly the requested test accuracy.
import { TRAIN_CONFIGS, type ConfigName } from '../../../src/lib/train/config';
import type { ExperimentResults, ExperimentRun, RunEpoch } from '../../../src/lib/train/experiment-format';
import { networkCostOf, type NetworkId } from '../../../src/lib/train/networks';
import { EXPERIMENT_SPLIT } from '../../../src/lib/train/splits';

/** 2,000 test labels: 0, 1, …, 9, 0, 1, … */
export const TEST_LABELS = Array.from({ length: 2000 }, (_, digit) => digit % 10).join('');

/** Predictions right on the first round(accuracy × 2,000) digits and wrong (label + 1) on the rest. */
export function predictionsFor(accuracy: number): string {
  const right = Math.round(accuracy * 2000);
  return Array.from(TEST_LABELS, (label, digit) => (digit < right ? label : String((Number(label) + 1) % 10))).join('');
}

/** Plausible epochs for a configuration. */
export function epochsFor(configuration: ConfigName): RunEpoch[] {
  return Array.from({ length: TRAIN_CONFIGS[configuration].epochs }, (_, at) => ({
    epoch: at + 1, learningRate: 0.003 * 0.85 ** at, loss: 0.5 / (at + 1), accuracy: 0.9, validationLoss: 0.3 / (at + 1),
    validationLossStandardError: 0.01, validationAccuracy: 0.92, seconds: 20, msPerBatch: 300,
  }));
}

/** One run with the given test accuracy. */
export function makeRun(configuration: ConfigName, network: NetworkId, seed: number, accuracy: number): ExperimentRun {
  return {
    configuration, network, seed, epochs: epochsFor(configuration), testAccuracy: Math.round(accuracy * 2000) / 2000,
    testPredictions: predictionsFor(accuracy), msPerBatch: 300, wallSeconds: 60,
  };
}

/** A valid results file holding `runs` (every configuration and net they use declared). */
export function makeResults(runs: ExperimentRun[], extra: Partial<ExperimentResults> = {}): ExperimentResults {
  const configurations = Object.fromEntries([...new Set(runs.map((run) => run.configuration))].map((name) => {
    const { seed: _seed, ...config } = TRAIN_CONFIGS[name];
    return [name, config];
  }));
  const networks = Object.fromEntries([...new Set(runs.map((run) => run.network))].map((network) => [network, { parameters: networkCostOf(network).parameters, multiplyAdds: networkCostOf(network).multiplyAdds }]));
  return {
    format: 2, createdAt: '2026-12-07T10:00:00.000Z', backend: 'wasm', versions: { 'tfjs-core': '4.22.0' }, cores: 2, wallSeconds: 100,
    split: { packSeed: 20_260_101, ...EXPERIMENT_SPLIT }, testLabels: TEST_LABELS, configurations, networks, runs, shipped: {}, ...extra,
  };
}

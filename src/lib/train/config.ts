// Training configurations /train/ offers and the reference records. No zod here: /train/'s first-load
// script reads these, and the schema (config-schema.ts) loads with the worker protocol, later.
import type * as z from 'zod/mini';
import type { TrainConfigSchema } from './config-schema';
import { EXPERIMENT_SPLIT } from './splits';

/** A training run's configuration (see {@link TrainConfigSchema}). */
export type TrainConfig = Readonly<z.infer<typeof TrainConfigSchema>>;

/** The names of the configurations the page offers and the reference records, in the order the page lists them. */
export const CONFIG_NAMES = ['quick', 'class', 'full'] as const;

/** A named configuration the reader can pick. */
export type ConfigName = (typeof CONFIG_NAMES)[number];

const common = {
  validationCount: EXPERIMENT_SPLIT.validationCount, testCount: EXPERIMENT_SPLIT.testCount, batchSize: 64, learningRate: 0.003, learningRateDecay: 0.85, seed: 1,
} as const;

/**
 * All three share one schedule (Adam at 0.003, × 0.85 after every epoch) and differ only in budget.
 * Quick: 2,000 digits twice, to see training happen (too short to answer the question: neither net has
 * converged). Class: all 7,000 training digits twice, so a class's laptops finish within a lesson.
 * Full: the reference configuration — all 7,000 digits for 20 epochs. Epochs and decay come from the
 * validation pilot (docs/train-pilot.md): with the decay every net's mean validation loss over two seeds is
 * inside its flat band (the paired one-standard-error rule) by epoch 17 of 24; E = 17 + 3, so that the
 * reference's own plateau check (src/lib/train/plateau.ts, its last three epochs) reads inside that band.
 */
export const TRAIN_CONFIGS: Readonly<Record<ConfigName, TrainConfig>> = {
  quick: { ...common, trainCount: 2000, epochs: 2 },
  class: { ...common, trainCount: EXPERIMENT_SPLIT.trainCount, epochs: 2 },
  full: { ...common, trainCount: EXPERIMENT_SPLIT.trainCount, epochs: 20 },
};

/** Batches in one epoch: the last one may be short. */
export function batchesPerEpoch(config: Pick<TrainConfig, 'trainCount' | 'batchSize'>): number {
  return Math.ceil(config.trainCount / config.batchSize);
}

/** Adam's step size during epoch `epoch` (0-based): the first epoch's rate times the decay once per epoch before it. */
export function learningRateAt(config: Pick<TrainConfig, 'learningRate' | 'learningRateDecay'>, epoch: number): number {
  return config.learningRate * config.learningRateDecay ** epoch;
}

/** The seed epoch `epoch` (0-based) shuffles the training digits with, derived from the run's seed. */
export function epochSeed(seed: number, epoch: number): number {
  return (Math.imul(seed + 1, 0x9e3779b1) + epoch) >>> 0;
}

/** The seed a reader typed: a whole number 0 … 2³¹ − 1 (spaces around it allowed), or undefined. */
export function parseSeed(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,10}$/.test(trimmed) && Number(trimmed) <= 2 ** 31 - 1 ? Number(trimmed) : undefined;
}

/** The smallest and largest seed a reader's run is given: six digits, easy to read out and type, 900,000 to draw from. */
export const READER_SEEDS = { min: 100_000, max: 999_999 } as const;

/**
 * A reader's run's seed from one random 32-bit draw (crypto.getRandomValues in the page): six digits, so
 * 30 students draw 30 distinct seeds with probability above 99.9 % (a clash is flagged when runs are pooled).
 */
export function readerSeed(random32: number): number {
  const span = READER_SEEDS.max - READER_SEEDS.min + 1;
  return READER_SEEDS.min + ((random32 >>> 0) % span);
}

/** Checks a configuration, throwing `invalid ${name}: ${value}` for the first bad field. */
export function assertTrainConfig(config: TrainConfig): TrainConfig {
  const whole = (name: keyof TrainConfig, low: number, high: number) => {
    const value = config[name];
    if (!Number.isInteger(value) || value < low || value > high) throw new Error(`invalid ${name}: ${value} (a whole number from ${low} to ${high})`);
  };
  whole('trainCount', 1, EXPERIMENT_SPLIT.trainCount);
  whole('validationCount', 1, EXPERIMENT_SPLIT.validationCount);
  whole('testCount', 1, EXPERIMENT_SPLIT.testCount);
  whole('epochs', 1, 50);
  whole('batchSize', 1, 1024);
  whole('seed', 0, 2 ** 31 - 1);
  if (!(config.learningRate > 0 && config.learningRate < 1)) throw new Error(`invalid learningRate: ${config.learningRate} (between 0 and 1)`);
  if (!(config.learningRateDecay > 0 && config.learningRateDecay <= 1)) throw new Error(`invalid learningRateDecay: ${config.learningRateDecay} (above 0, at most 1)`);
  return config;
}

/** How a step profile is taken: digits per batch, unprofiled warm-up batches, profiled steps (the median one is kept). */
export interface ProfileSettings {
  readonly batchSize: number;
  readonly warmupBatches: number;
  readonly profiledSteps: number;
}

/**
 * The profile /train/ takes on `backend`: the training batch size, three warm-up batches (the first packs weights
 * and compiles kernels) and three profiled steps; on cpu, where one batch of the standard net takes tens of
 * seconds, one of each.
 */
export function profileSettings(backend: string): ProfileSettings {
  const { batchSize } = TRAIN_CONFIGS.quick;
  return backend === 'cpu' ? { batchSize, warmupBatches: 1, profiledSteps: 1 } : { batchSize, warmupBatches: 3, profiledSteps: 3 };
}

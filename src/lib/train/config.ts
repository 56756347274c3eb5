// Training configurations /train/ offers, and the one the shipped reference results used.

/** How a training run is set up: data size, epochs, batch, learning rate and seed. */
export interface TrainConfig {
  /** Training digits used, the first of the pack's seeded training order (≤ 8,000). */
  readonly trainCount: number;
  /** Test digits evaluated after each epoch (≤ 2,000). */
  readonly testCount: number;
  readonly epochs: number;
  readonly batchSize: number;
  /** Adam's step size. */
  readonly learningRate: number;
  /** Seeds the initial weights and each epoch's order of the training digits. */
  readonly seed: number;
}

/** A named configuration the reader can pick. */
export type ConfigName = 'quick' | 'full';

/**
 * Quick: 2,000 digits twice; full: all 8,000 training digits three times, the setup of the shipped reference results
 * (three epochs: after one, the separable net is still catching up, which would overstate the accuracy it costs).
 */
export const TRAIN_CONFIGS: Readonly<Record<ConfigName, TrainConfig>> = {
  quick: { trainCount: 2000, testCount: 2000, epochs: 2, batchSize: 64, learningRate: 0.003, seed: 1 },
  full: { trainCount: 8000, testCount: 2000, epochs: 3, batchSize: 64, learningRate: 0.003, seed: 1 },
};

/** Batches in one epoch: the last one may be short. */
export function batchesPerEpoch(config: Pick<TrainConfig, 'trainCount' | 'batchSize'>): number {
  return Math.ceil(config.trainCount / config.batchSize);
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

/** Checks a configuration, throwing `invalid ${name}: ${value}` for the first bad field. */
export function assertTrainConfig(config: TrainConfig): TrainConfig {
  const whole = (name: keyof TrainConfig, low: number, high: number) => {
    const value = config[name];
    if (!Number.isInteger(value) || value < low || value > high) throw new Error(`invalid ${name}: ${value} (a whole number from ${low} to ${high})`);
  };
  whole('trainCount', 1, 8000);
  whole('testCount', 1, 2000);
  whole('epochs', 1, 50);
  whole('batchSize', 1, 1024);
  whole('seed', 0, 2 ** 31 - 1);
  if (!(config.learningRate > 0 && config.learningRate < 1)) throw new Error(`invalid learningRate: ${config.learningRate} (between 0 and 1)`);
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

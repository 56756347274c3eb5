// The experiment's setup as pure code: the validation carve, configurations and schedule, scores, the pilot's rule.
import { describe, expect, it } from 'vitest';
import { testQuota } from '../../../src/lib/digits';
import { assertTrainConfig, batchesPerEpoch, CONFIG_NAMES, learningRateAt, TRAIN_CONFIGS } from '../../../src/lib/train/config';
import { TrainConfigSchema } from '../../../src/lib/train/config-schema';
import { chooseSchedule, flatEpoch, meanCurve, pairedFlatEpoch, scheduleChoices, type PilotRun } from '../../../src/lib/train/pilot';
import { scoreProbabilities } from '../../../src/lib/train/scores';
import { EXPERIMENT_SPLIT, experimentSplit } from '../../../src/lib/train/splits';

/** 8,000 labels with uneven classes (so the quotas need rounding), in a scrambled but fixed order. */
const CLASS_SIZES = [790, 900, 810, 820, 770, 720, 800, 850, 760, 780];
const labels = CLASS_SIZES.flatMap((size, label) => Array.from({ length: size }, () => label)).map((label, index, all) => all[(index * 7919) % all.length] ?? label);

describe('experimentSplit: 1,000 validation digits carved out of the pack\'s 8,000 training digits', () => {
  const split = experimentSplit(labels);

  it('7,000 training and 1,000 validation digits, disjoint, together every training digit once', () => {
    expect(split.train).toHaveLength(7000);
    expect(split.validation).toHaveLength(1000);
    expect([...split.train, ...split.validation].sort((a, b) => a - b)).toEqual(Array.from({ length: 8000 }, (_, index) => index));
  });

  it('both parts keep the pack\'s order', () => {
    for (const part of [split.train, split.validation]) expect([...part].sort((a, b) => a - b)).toEqual(part);
  });

  it('stratified: each digit gets its largest-remainder share of the 1,000 (e.g. 900 ones of 8,000 → 112.5 → 113 or 112)', () => {
    const counts = CLASS_SIZES.map((_, label) => split.validation.filter((index) => labels[index] === label).length);
    expect(counts).toEqual(testQuota(CLASS_SIZES, 1000));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
    CLASS_SIZES.forEach((size, label) => expect(Math.abs((counts[label] ?? 0) - size / 8)).toBeLessThanOrEqual(1));
  });

  it('is fixed: the same labels give the same digits every time', () => {
    expect(experimentSplit(labels)).toEqual(split);
  });

  it('refuses a pack of another size by name', () => {
    expect(() => experimentSplit(labels.slice(1))).toThrow('invalid digit pack: 7999 training digits, the experiment splits 8000');
  });
});

describe('training configurations', () => {
  it('quick: 2,000 digits in 32 batches of 64; class and full: all 7,000 in 110', () => {
    expect(batchesPerEpoch(TRAIN_CONFIGS.quick)).toBe(32);
    expect(batchesPerEpoch(TRAIN_CONFIGS.class)).toBe(110);
    expect(batchesPerEpoch(TRAIN_CONFIGS.full)).toBe(110);
    expect(TRAIN_CONFIGS.full.trainCount).toBe(EXPERIMENT_SPLIT.trainCount);
  });

  it.each(CONFIG_NAMES)('%s is valid and is what its schema reads back', (name) => {
    expect(assertTrainConfig(TRAIN_CONFIGS[name])).toBe(TRAIN_CONFIGS[name]);
    expect(TrainConfigSchema.parse(TRAIN_CONFIGS[name])).toEqual(TRAIN_CONFIGS[name]);
    expect(TRAIN_CONFIGS[name].validationCount).toBe(1000);
  });

  it('the configurations differ only in budget: one schedule (rate and decay), one batch size, the same validation and test digits', () => {
    const schedule = (name: (typeof CONFIG_NAMES)[number]) => {
      const { learningRate, learningRateDecay, batchSize, validationCount, testCount } = TRAIN_CONFIGS[name];
      return JSON.stringify({ learningRate, learningRateDecay, batchSize, validationCount, testCount });
    };
    expect(new Set(CONFIG_NAMES.map(schedule)).size).toBe(1);
  });

  it('the step size decays once per epoch: 0.003, 0.0015, 0.00075 at a decay of 0.5; constant at 1', () => {
    const config = { learningRate: 0.003, learningRateDecay: 0.5 };
    expect([0, 1, 2].map((epoch) => learningRateAt(config, epoch))).toEqual([0.003, 0.0015, 0.00075]);
    expect(learningRateAt({ learningRate: 0.003, learningRateDecay: 1 }, 7)).toBe(0.003);
  });

  it('rejects a bad field by name: more training digits than the split leaves, no validation digits, a decay outside (0, 1]', () => {
    expect(() => assertTrainConfig({ ...TRAIN_CONFIGS.full, trainCount: 7001 })).toThrow('invalid trainCount: 7001 (a whole number from 1 to 7000)');
    expect(() => assertTrainConfig({ ...TRAIN_CONFIGS.full, validationCount: 0 })).toThrow('invalid validationCount: 0 (a whole number from 1 to 1000)');
    expect(() => assertTrainConfig({ ...TRAIN_CONFIGS.full, learningRateDecay: 0 })).toThrow('invalid learningRateDecay: 0');
    expect(() => assertTrainConfig({ ...TRAIN_CONFIGS.full, learningRateDecay: 1.5 })).toThrow('invalid learningRateDecay: 1.5');
    expect(() => assertTrainConfig({ ...TRAIN_CONFIGS.quick, epochs: 0 })).toThrow('invalid epochs: 0 (a whole number from 1 to 50)');
    expect(() => assertTrainConfig({ ...TRAIN_CONFIGS.quick, learningRate: 2 })).toThrow('invalid learningRate: 2');
  });
});

describe('scoreProbabilities: Keras\'s loss and accuracy from predicted probabilities', () => {
  it('by hand: −ln 0.7, −ln 0.1, −ln 0.5 average 1.11747; the standard error is their SD over √3 = 0.60047; 2 of 3 right', () => {
    const score = scoreProbabilities([0.7, 0.2, 0.1, 0.1, 0.1, 0.8, 0.5, 0.5, 0], [0, 1, 0], 3);
    expect(score.loss).toBeCloseTo(1.1174690724975744, 12);
    expect(score.lossStandardError).toBeCloseTo(0.6004660351294552, 12);
    expect(score.accuracy).toBeCloseTo(2 / 3, 12);
    expect(Array.from(score.predicted)).toEqual([0, 2, 0]);
    expect(Array.from(score.losses).map((loss) => Number(loss.toFixed(6)))).toEqual([0.356675, 2.302585, 0.693147]);
  });

  it('divides each row by its sum, and clips a zero to ε = 1e-7 (−ln ε = 16.118), as Keras does', () => {
    expect(scoreProbabilities([2, 2], [1], 2).loss).toBeCloseTo(Math.log(2), 12);
    expect(scoreProbabilities([1, 0], [1], 2).loss).toBeCloseTo(16.11809565095832, 6);
  });

  it('refuses mismatched sizes and labels outside the classes by name', () => {
    expect(() => scoreProbabilities([1, 0, 0], [0], 2)).toThrow('invalid probabilities: 3 values for 1 digits of 2 classes');
    expect(() => scoreProbabilities([1, 0], [2], 2)).toThrow('invalid label: 2 at digit 0');
    expect(() => scoreProbabilities([], [])).toThrow('invalid labels: none');
  });
});

const epoch = (validationLoss: number, validationLossStandardError = 0.02) => ({ validationLoss, validationLossStandardError, validationAccuracy: 1 - validationLoss / 4 });

describe('the pilot\'s rule for E and the decay (one-standard-error rule)', () => {
  it('meanCurve averages the seeds epoch by epoch, over the epochs every seed finished', () => {
    const curve = meanCurve([{ epochs: [epoch(1, 0.04), epoch(0.5, 0.02), epoch(0.4)] }, { epochs: [epoch(0.8, 0.02), epoch(0.3, 0.04)] }]);
    expect(curve.loss).toEqual([0.9, 0.4]);
    expect(curve.standardError.map((value) => Number(value.toFixed(12)))).toEqual([0.03, 0.03]);
    expect(curve.seeds).toBe(2);
  });

  it('flatEpoch: the minimum 0.30 ± 0.03 makes 0.33 the bar; epoch 3 (0.32) is the first under it', () => {
    expect(flatEpoch({ loss: [1, 0.5, 0.32, 0.3, 0.31], standardError: [0.1, 0.05, 0.03, 0.03, 0.03] })).toBe(3);
    expect(flatEpoch({ loss: [1, 0.8, 0.6], standardError: [0.01, 0.01, 0.01] })).toBe(3);
  });

  const runs = (decay: number, losses: Record<string, number[]>): PilotRun[] => Object.entries(losses).map(([network, values]) =>
    ({ network, seed: 1, learningRateDecay: decay, epochs: values.map((value) => epoch(value)) }));

  it('E is the latest net\'s flat epoch; a schedule clearly lower at its E wins', () => {
    const choices = scheduleChoices([
      ...runs(1, { standard: [0.5, 0.3, 0.29, 0.3], separable: [0.7, 0.5, 0.4, 0.35] }),
      ...runs(0.8, { standard: [0.5, 0.25, 0.2, 0.2], separable: [0.7, 0.4, 0.26, 0.25] }),
    ]);
    expect(choices.map((choice) => [choice.decay, choice.epochs])).toEqual([[1, 4], [0.8, 3]]);
    expect(choices[1]?.lossAtEpochs).toBeCloseTo(0.23, 12);
    expect(chooseSchedule(choices).decay).toBe(0.8);
  });

  // Epoch 2 has the same mean loss (0.50) in both cases, 0.01 above epoch 3's 0.49. Consistently worse on
  // every digit (excess 0.02, 0.01, 0.01, 0: SE 0.0041) it is not flat yet; with excesses 0.05, 0.01, −0.02, 0
  // (SE 0.0147) the 0.01 is within the noise of comparing the two epochs, and epoch 2 is flat.
  const epoch1 = [1, 0.9, 1.1, 1];
  const epoch3 = [0.5, 0.49, 0.47, 0.5];
  it('pairedFlatEpoch compares epochs digit by digit: a consistent 0.01 is real (E = 3), a noisy 0.01 is not (E = 2)', () => {
    expect(pairedFlatEpoch([{ losses: [epoch1, [0.52, 0.5, 0.48, 0.5], epoch3] }])).toBe(3);
    expect(pairedFlatEpoch([{ losses: [epoch1, [0.55, 0.5, 0.45, 0.5], epoch3] }])).toBe(2);
  });

  it('pairedFlatEpoch averages the seeds digit by digit first', () => {
    const seedA = { losses: [epoch1, [0.6, 0.5, 0.4, 0.5], epoch3] };
    const seedB = { losses: [epoch1, [0.5, 0.5, 0.5, 0.5], epoch3] };
    expect(pairedFlatEpoch([seedA, seedB])).toBe(2);
    expect(() => pairedFlatEpoch([])).toThrow('invalid runs: none');
  });

  it('scheduleChoices uses the paired rule when every run recorded per-digit losses, else the unpaired one', () => {
    const withLosses: PilotRun = { network: 'thin', seed: 1, learningRateDecay: 1, epochs: [epoch(1), epoch(0.5), epoch(0.49)], validationLosses: [epoch1, [0.52, 0.5, 0.48, 0.5], epoch3] };
    expect(scheduleChoices([withLosses])[0]?.nets[0]).toMatchObject({ rule: 'paired', flatEpoch: 3 });
    expect(scheduleChoices([{ ...withLosses, validationLosses: undefined }])[0]?.nets[0]).toMatchObject({ rule: 'unpaired', flatEpoch: 2 });
  });

  it('schedules within one standard error of the best are a tie, and the fewest epochs wins', () => {
    const choices = scheduleChoices([
      ...runs(1, { standard: [0.5, 0.3, 0.21, 0.2] }),
      ...runs(0.8, { standard: [0.5, 0.21, 0.21, 0.21] }),
    ]);
    expect(choices.map((choice) => choice.epochs)).toEqual([3, 2]);
    expect(chooseSchedule(choices).decay).toBe(0.8);
    expect(() => chooseSchedule([])).toThrow('invalid pilot: no schedules');
  });
});

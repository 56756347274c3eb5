// The experiment's three parts of the digit pack: training, validation (carved out of the pack's
// training digits, fixed and seeded) and test (the pack's own test digits, untouched).
import { DIGIT_SPLIT, stratifiedSplit } from '../digits';

/**
 * The parts' sizes and the seed that picks the validation digits: 1,000 of the pack's 8,000 training
 * digits, stratified by label, so 7,000 remain for training; the pack's 2,000 test digits stay the test set.
 */
export const EXPERIMENT_SPLIT = {
  trainCount: 7000,
  validationCount: 1000,
  testCount: DIGIT_SPLIT.testCount,
  validationSeed: 20_260_202,
} as const;

/** Indices into the pack's training digits: the training part and the validation part, each in pack order. */
export interface ExperimentSplit {
  readonly train: readonly number[];
  readonly validation: readonly number[];
}

/**
 * Splits the pack's training digits (labels in pack order) into the experiment's training and validation
 * parts: every label keeps its share in both (largest-remainder quotas), the seed fixes which digits, and
 * both parts keep the pack's order, so "the first 2,000 training digits" means the same digits on every run.
 */
export function experimentSplit(trainLabels: ArrayLike<number>): ExperimentSplit {
  const expected = EXPERIMENT_SPLIT.trainCount + EXPERIMENT_SPLIT.validationCount;
  if (trainLabels.length !== expected) throw new Error(`invalid digit pack: ${trainLabels.length} training digits, the experiment splits ${expected}`);
  const parts = stratifiedSplit(trainLabels, { testCount: EXPERIMENT_SPLIT.validationCount, seed: EXPERIMENT_SPLIT.validationSeed });
  const ascending = (indices: number[]) => indices.sort((a, b) => a - b);
  return { train: ascending(parts.train), validation: ascending(parts.test) };
}

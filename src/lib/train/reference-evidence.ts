// Everything /effective/ and /train/ state about the shipped reference (src/data/experiment-reference.json),
// computed in one call from the file, so the build and the unit tests that hold the pages compute it the same way.
import type { ConfigName, TrainConfig } from './config';
import {
  accuracyOverTime, levelMarginPoints, sameTimeReadings, seedRows, seedsOf, validationCurves,
  type CurvePoint, type SameTimeReading, type SeedRow, type TimePoint,
} from './evidence';
import { decodeDigits, type ExperimentResults } from './experiment-format';
import { comparisonsOf, type PairOutcome } from './experiment-stats';
import { correctness } from './run-link';
import type { NetworkId } from './networks';
import { plateauReadings, type PlateauReading } from './plateau';
import { QUIET_TIMING, trainingSpeed, type QuietTiming, type TrainingSpeed } from './training-speed';

/** The configuration the experiment's verdict is read from: the full budget the validation pilot chose. */
export const EVIDENCE_CONFIGURATION: ConfigName = 'full';

/** The reference's evidence under one configuration: tables, curves, time, intervals and verdicts. */
export interface ReferenceEvidence {
  readonly configuration: ConfigName;
  readonly config: Omit<TrainConfig, 'seed'>;
  readonly seeds: readonly number[];
  readonly rows: readonly SeedRow[];
  readonly curves: readonly CurvePoint[];
  readonly speed: TrainingSpeed;
  readonly time: readonly TimePoint[];
  /** Who is ahead each time a net finishes its epochs (all but the last to finish). */
  readonly sameTime: readonly SameTimeReading[];
  /** Below this lead (points) two nets' validation accuracies are called level (the validation digits' noise). */
  readonly levelPoints: number;
  readonly comparisons: readonly PairOutcome[];
  /** Per net, how much its validation loss still moved over the last epochs (has it stopped learning?). */
  readonly plateau: readonly PlateauReading[];
  /** Each net's parameters and multiply-adds per image, as the file records them. */
  readonly costs: Readonly<Partial<Record<NetworkId, { parameters: number; multiplyAdds: number }>>>;
}

/** The evidence of `file` under `configuration` (default {@link EVIDENCE_CONFIGURATION}), timed with `quiet` figures when there are. */
export function referenceEvidence(file: ExperimentResults, configuration: ConfigName = EVIDENCE_CONFIGURATION, quiet: QuietTiming | null = QUIET_TIMING): ReferenceEvidence {
  const config = file.configurations[configuration];
  if (!config) throw new Error(`invalid results: no configuration "${configuration}"`);
  const runs = file.runs.filter((run) => run.configuration === configuration);
  if (runs.length === 0) throw new Error(`invalid results: no ${configuration} runs`);
  const curves = validationCurves(runs);
  const speed = trainingSpeed(file, configuration, quiet);
  const time = accuracyOverTime(curves, config, speed.msPerBatch);
  const last = curves.filter((point) => point.epoch === config.epochs);
  const levelPoints = levelMarginPoints(last.reduce((sum, point) => sum + point.mean, 0) / last.length, config.validationCount);
  const labels = decodeDigits(file.testLabels);
  const scored = runs.map((run) => ({ network: run.network, seed: run.seed, correct: correctness(decodeDigits(run.testPredictions), labels) }));
  return {
    configuration, config, seeds: seedsOf(runs), rows: seedRows(runs), curves, speed, time, levelPoints,
    sameTime: sameTimeReadings(time, levelPoints),
    comparisons: comparisonsOf(scored, { trainCount: config.trainCount, epochs: config.epochs, digits: file.testLabels.length }),
    costs: file.networks,
    plateau: plateauReadings(runs),
  };
}

// /effective/'s experiment section: every number it states is computed from the shipped reference at build time by
// referenceEvidence(); here the same file is read and each statement recomputed another way, so the page stays true
// whatever file ships (the provisional one, the final one).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRatio } from '../../../src/lib/cost';
import { pairedGap } from '../../../src/lib/stats';
import { batchesPerEpoch } from '../../../src/lib/train/config';
import { decodeDigits, readExperimentFile } from '../../../src/lib/train/experiment-format';
import { convolutionLayers, NETWORK_PLAN, networkCostOf, PARAMETER_MATCH_TOLERANCE, thinNetwork } from '../../../src/lib/train/networks';
import { EVIDENCE_CONFIGURATION, referenceEvidence } from '../../../src/lib/train/reference-evidence';
import { QUIET_TIMING } from '../../../src/lib/train/training-speed';
import { evidenceStrings } from '../../../src/lib/strings/evidence';
import { experimentStrings } from '../../../src/lib/strings/experiment';
import { lessonSource } from './mdx';

const FILE = 'src/data/experiment-reference.json';
const file = readExperimentFile(JSON.parse(readFileSync(FILE, 'utf8')), FILE);
const evidence = referenceEvidence(file);
const runs = file.runs.filter((run) => run.configuration === EVIDENCE_CONFIGURATION);
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('/effective/: what differs between the nets (the prose computes it from src/lib/train/networks)', () => {
  it('not "same depth": 4 convolution layers against 7 — the separable net\'s 3 blocks each a depthwise and a pointwise layer', () => {
    expect(convolutionLayers('standard')).toBe(4);
    expect(convolutionLayers('separable')).toBe(7);
    expect(convolutionLayers('separable') - convolutionLayers('standard')).toBe(NETWORK_PLAN.blocks.length);
  });
  it('6.4× fewer parameters, 7.3× fewer multiply-adds; the thin net matches the separable net\'s parameters within ±10 %', () => {
    const [standard, separable, thin] = (['standard', 'separable', 'thin'] as const).map(networkCostOf);
    expect(formatRatio(standard!.parameters / separable!.parameters)).toBe('6.4×');
    expect(formatRatio(standard!.multiplyAdds / separable!.multiplyAdds)).toBe('7.3×');
    expect(Math.abs(thin!.parameters / separable!.parameters - 1)).toBeLessThanOrEqual(PARAMETER_MATCH_TOLERANCE);
    expect([thinNetwork().plan.stem, ...thinNetwork().plan.blocks].map((stage) => stage.outChannels)).toEqual([6, 12, 24, 24]);
  });
  it('the lesson no longer says "same depth" or "10,000 digits", and reads its evidence from the components that compute it', () => {
    const source = lessonSource('effective.mdx');
    expect(source).not.toMatch(/same depth|10,000 digits/);
    for (const block of ['<ExperimentDesign />', '<SeedResults />', '<ValidationCurves />', '<AccuracyOverTime />', '<GapIntervals />']) expect(source).toContain(block);
  });
});

describe(`/effective/: the evidence of the shipped reference (${EVIDENCE_CONFIGURATION} configuration)`, () => {
  it('the per-seed table holds every run\'s stored test accuracy, and each mean is their mean', () => {
    for (const row of evidence.rows) {
      const own = runs.filter((run) => run.network === row.network).sort((a, b) => a.seed - b.seed);
      expect(row.runs).toEqual(own.map((run) => ({ seed: run.seed, testAccuracy: run.testAccuracy })));
      expect(row.summary.mean).toBeCloseTo(mean(own.map((run) => run.testAccuracy)), 12);
    }
  });

  it('each stored test accuracy is its stored predictions scored against the test labels', () => {
    const labels = decodeDigits(file.testLabels);
    for (const run of runs) {
      const predicted = decodeDigits(run.testPredictions);
      expect(predicted.filter((label, digit) => label === labels[digit]).length / labels.length).toBeCloseTo(run.testAccuracy, 6);
    }
  });

  it('the curves are the mean, lowest and highest validation accuracy over seeds after each epoch', () => {
    for (const point of evidence.curves) {
      const values = runs.filter((run) => run.network === point.network).map((run) => run.epochs[point.epoch - 1]!.validationAccuracy);
      expect(point.mean).toBeCloseTo(mean(values), 12);
      expect([point.low, point.high]).toEqual([Math.min(...values), Math.max(...values)]);
    }
  });

  it('accuracy against time places epoch e at e × batches per epoch × ms per batch, the ms read from one place', () => {
    const batches = batchesPerEpoch(evidence.config);
    expect(evidence.speed.source).toBe(QUIET_TIMING ? 'quiet' : 'reference');
    for (const point of evidence.time) {
      expect(point.seconds).toBeCloseTo((point.epoch * batches * evidence.speed.msPerBatch[point.network]!) / 1000, 9);
    }
    for (const reading of evidence.sameTime) {
      const ranked = reading.standings.filter((standing) => standing.accuracy !== undefined).sort((a, b) => b.accuracy! - a.accuracy!);
      if (reading.ahead) expect(reading.ahead).toBe(ranked[0]!.network);
      else expect((ranked[0]!.accuracy! - ranked[1]!.accuracy!) * 100).toBeLessThan(evidence.levelPoints);
      expect(evidenceStrings.sameTime(reading, evidence.config.epochs)).toContain(`${Math.round(reading.seconds).toLocaleString('en')} s of training`);
    }
  });

  it('each interval is the textbook paired gap over the predictions (labels compared afresh), and its verdict follows from it', () => {
    const labels = decodeDigits(file.testLabels);
    for (const outcome of evidence.comparisons) {
      if (outcome.kind !== 'compared') continue;
      const { comparison } = outcome;
      const seeds = runs.filter((run) => run.network === comparison.first).map((run) => run.seed)
        .filter((seed) => runs.some((run) => run.network === comparison.second && run.seed === seed)).sort((a, b) => a - b);
      const predictions = (network: string, seed: number) => decodeDigits(runs.find((run) => run.network === network && run.seed === seed)!.testPredictions);
      const textbook = pairedGap(labels, seeds.map((seed) => ({ seed, first: predictions(comparison.first, seed), second: predictions(comparison.second, seed) })));
      expect([comparison.interval.gap, comparison.interval.low, comparison.interval.high]).toEqual([textbook.gap, textbook.low, textbook.high]);
      const kind = textbook.high < 0 ? 'lower' : textbook.low > 0 ? 'higher' : 'undetectable';
      expect(comparison.verdict.kind).toBe(kind);
      const sentence = experimentStrings.verdict(comparison.verdict, comparison.first, comparison.second);
      expect(sentence).toContain(`${evidence.config.trainCount.toLocaleString('en')} training digits, ${evidence.config.epochs} epoch`);
      expect(sentence).toContain(`${seeds.length} seeds`);
    }
  });

  it('whether each net had stopped learning is read off its own runs: the last three epochs\' change in validation loss, per seed', () => {
    const nets = evidence.rows.filter((row) => row.runs.length >= 2).map((row) => row.network);
    expect(evidence.plateau.map((reading) => reading.network)).toEqual(nets);
    for (const reading of evidence.plateau) {
      const own = runs.filter((run) => run.network === reading.network);
      expect(reading.to).toBe(evidence.config.epochs);
      expect(reading.change).toBeCloseTo(mean(own.map((run) => run.epochs[reading.to - 1]!.validationLoss - run.epochs[reading.from - 1]!.validationLoss)), 12);
      expect(reading.stillLearning).toBe(reading.high < 0);
      expect(evidenceStrings.plateauNote(reading)).toMatch(reading.stillLearning ? /still learning/ : /no further learning this experiment can detect/);
    }
  });
});

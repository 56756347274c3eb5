// The computed verdict of /effective/, the confusion matrix and the shipped metrics file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainingVerdict } from '../../../src/lib/train/conclusion';
import { confusionAccuracy, confusionMatrix, wrongIndices } from '../../../src/lib/train/confusion';
import { accuracySummary } from '../../../src/lib/train/reference';
import { readTrainReference } from '../../../src/lib/train/reference-format';
import { networkCostOf } from '../../../src/lib/train/networks';
import { parseSeed } from '../../../src/lib/train/config';
import { EXPERIMENT_SPLIT } from '../../../src/lib/train/splits';
import { verdictStrings } from '../../../src/lib/strings/train';

const runs = (...accuracies: number[]) => accuracies.map((testAccuracy, index) => ({ seed: index + 1, testAccuracy, epochs: [], wallSeconds: 1 }));
const metrics = (standard: number[], separable: number[]) => ({
  networks: {
    standard: { parameters: 60_000, multiplyAdds: 3_600_000, runs: runs(...standard), shipped: { seed: 1, model: '', testAccuracy: 0 } },
    separable: { parameters: 10_000, multiplyAdds: 500_000, runs: runs(...separable), shipped: { seed: 1, model: '', testAccuracy: 0 } },
  },
});

describe('trainingVerdict', () => {
  it('means, sample spreads, ratios and the gap in points', () => {
    const verdict = trainingVerdict(metrics([0.94, 0.95, 0.96], [0.90, 0.91, 0.92]));
    expect(verdict.standard.mean).toBeCloseTo(0.95, 10);
    expect(verdict.standard.spread).toBeCloseTo(0.01, 10);
    expect(verdict.parameterRatio).toBe(6);
    expect(verdict.multiplyAddRatio).toBe(7.2);
    expect(verdict.gapPoints).toBeCloseTo(4, 10);
    expect(verdict.withinSpread).toBe(false);
    expect(verdictStrings.sentence(verdict)).toBe('Over 3 seeds, the separable net reached 91.0 % (± 1.0) test accuracy with 6.0× fewer parameters and 7.2× fewer multiply-adds; the standard net reached 95.0 % (± 1.0), so the separable net finished 4.0 points below it — more than the spread across seeds.');
  });

  it('says so when the gap is within the spread across seeds', () => {
    const verdict = trainingVerdict(metrics([0.93, 0.95, 0.97], [0.92, 0.94, 0.96]));
    expect(verdict.withinSpread).toBe(true);
    expect(verdictStrings.sentence(verdict)).toContain('within the spread across seeds: on this data, these runs cannot tell the two apart');
  });

  it('names a separable net that did better', () => {
    expect(verdictStrings.sentence(trainingVerdict(metrics([0.90, 0.90, 0.90], [0.95, 0.95, 0.95])))).toContain('finished 5.0 points above it');
  });

  it('accuracySummary rejects no runs', () => {
    expect(() => accuracySummary([])).toThrow('invalid runs: none');
  });
});

describe('confusion matrix', () => {
  it('counts rows as true digits and columns as predictions', () => {
    const counts = confusionMatrix([0, 0, 1, 2], [0, 1, 1, 2], 3);
    expect(counts).toEqual([1, 1, 0, 0, 1, 0, 0, 0, 1]);
    expect(confusionAccuracy(counts, 3)).toBe(0.75);
    expect(wrongIndices([0, 0, 1, 2], [0, 1, 1, 0])).toEqual([1, 3]);
    expect(() => confusionMatrix([1], [])).toThrow('invalid predictions: 0 for 1 digits');
  });
});

describe('training configurations', () => {
  it('parseSeed takes " 42 " and 2147483647, refuses -1, 1.5, 2147483648, 1e3 and text', () => {
    expect([' 42 ', '2147483647', '0'].map(parseSeed)).toEqual([42, 2147483647, 0]);
    expect(['-1', '1.5', '2147483648', '1e3', 'seven', ''].map(parseSeed)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('the shipped reference results (npm run train:reference)', () => {
  const reference = readTrainReference(JSON.parse(readFileSync('src/data/train-reference.json', 'utf8')), 'src/data/train-reference.json');

  // Format 1 predates the validation split: it trained on all 8,000 of the pack's training digits.
  // Format 2 (src/lib/train/experiment-format.ts) replaces it once `npm run train:reference` has run again.
  it('were trained on all the pack\'s training digits on wasm, every seed for the epochs the file states, with at least 3 seeds per network', () => {
    expect(reference.config.trainCount).toBe(EXPERIMENT_SPLIT.trainCount + EXPERIMENT_SPLIT.validationCount);
    expect(reference.backend).toBe('wasm');
    expect(reference.seeds.length).toBeGreaterThanOrEqual(3);
    for (const id of ['standard', 'separable'] as const) {
      expect(reference.networks[id].runs.map((run) => run.seed)).toEqual(reference.seeds);
      for (const run of reference.networks[id].runs) expect(run.epochs).toHaveLength(reference.config.epochs);
    }
  });

  it('state the cost figures src/lib/cost computes today', () => {
    for (const id of ['standard', 'separable'] as const) {
      expect(reference.networks[id]).toMatchObject({ parameters: networkCostOf(id).parameters, multiplyAdds: networkCostOf(id).multiplyAdds });
    }
  });

  it('ship one seed\'s weights per network, small enough to serve (< 400 KB in all)', () => {
    let bytes = 0;
    for (const id of ['standard', 'separable'] as const) {
      const shipped = reference.networks[id].shipped;
      expect(shipped.testAccuracy).toBe(reference.networks[id].runs.find((run) => run.seed === shipped.seed)!.testAccuracy);
      for (const file of [`public/train/models/${id}.json`, `public/train/models/${id}.weights.bin`]) {
        expect(existsSync(file)).toBe(true);
        bytes += statSync(file).size;
      }
    }
    expect(bytes).toBeLessThan(400_000);
  });
});

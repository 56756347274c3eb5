// The results file, format 2: what it accepts, and every way a damaged file is refused by name.
import { describe, expect, it } from 'vitest';
import { TRAIN_CONFIGS } from '../../../src/lib/train/config';
import { decodeDigits, encodeDigits, parseExperimentResults, runsOf, type ExperimentResults, type ExperimentRun } from '../../../src/lib/train/experiment-format';

const { seed: _seed, ...quick } = TRAIN_CONFIGS.quick;
const epoch = (index: number) => ({
  epoch: index, learningRate: 0.003, loss: 0.5, accuracy: 0.9, validationLoss: 0.4, validationLossStandardError: 0.02, validationAccuracy: 0.91, seconds: 10, msPerBatch: 150,
});
const run = (network: ExperimentRun['network'], seed: number): ExperimentRun => ({
  configuration: 'quick', network, seed, epochs: [epoch(1), epoch(2)], testAccuracy: 0.75, testPredictions: '0123', msPerBatch: 150, wallSeconds: 20,
});
const file = (runs: ExperimentRun[]): ExperimentResults => ({
  format: 2, createdAt: '2026-12-07T00:00:00.000Z', backend: 'wasm', versions: { 'tfjs-core': '4.22.0' }, cores: 2, wallSeconds: 40,
  split: { packSeed: 1, validationSeed: 2, trainCount: 7000, validationCount: 1000, testCount: 4 },
  testLabels: '0124',
  configurations: { quick },
  networks: { standard: { parameters: 61402, multiplyAdds: 3641536 }, thin: { parameters: 8992, multiplyAdds: 518856 } },
  runs, shipped: { thin: { configuration: 'quick', seed: 1, model: 'models/thin.json' } },
});

describe('parseExperimentResults (format 2)', () => {
  it('reads a well-formed file back as it was written', () => {
    const good = file([run('standard', 1), run('thin', 1), run('thin', 2)]);
    expect(parseExperimentResults(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it('refuses a second run of one configuration, network and seed', () => {
    expect(() => parseExperimentResults(file([run('thin', 1), run('thin', 1)]))).toThrow('runs.1: invalid run 1 (quick, thin, seed 1): a second run of this configuration, network and seed');
  });

  it('refuses a run with fewer epochs than its configuration, or predictions for another number of test digits', () => {
    expect(() => parseExperimentResults(file([{ ...run('thin', 1), epochs: [epoch(1)] }]))).toThrow('invalid run 0 (quick, thin, seed 1): 1 epochs, its configuration has 2');
    expect(() => parseExperimentResults(file([{ ...run('thin', 1), testPredictions: '012' }]))).toThrow('invalid run 0 (quick, thin, seed 1): 3 test predictions for 4 test digits');
  });

  it('refuses runs of a configuration or network the file does not describe', () => {
    expect(() => parseExperimentResults(file([{ ...run('thin', 1), configuration: 'full' }]))).toThrow('the file has no configuration "full"');
    expect(() => parseExperimentResults(file([run('separable', 1)]))).toThrow('the file has no cost figures for "separable"');
  });

  it('refuses format 1, unknown networks and predictions that are not digits, naming the field', () => {
    expect(() => parseExperimentResults({ ...file([]), format: 1 })).toThrow(/^invalid results: format: /);
    expect(() => parseExperimentResults(file([{ ...run('thin', 1), network: 'mobilenet' as never }]))).toThrow(/invalid results: runs\.0\.network: /);
    expect(() => parseExperimentResults(file([{ ...run('thin', 1), testPredictions: '01a3' }]))).toThrow('runs.0.testPredictions: a string of the digits 0–9');
  });

  it('runsOf picks one configuration and network, in seed order', () => {
    const picked = runsOf(file([run('thin', 2), run('standard', 1), run('thin', 1)]), 'quick', 'thin');
    expect(picked.map((entry) => entry.seed)).toEqual([1, 2]);
  });
});

describe('digit strings', () => {
  it('encode labels 0–9 one character each and decode them back', () => {
    expect(encodeDigits([7, 2, 1, 0])).toBe('7210');
    expect(Array.from(decodeDigits('7210'))).toEqual([7, 2, 1, 0]);
    expect(decodeDigits(encodeDigits(Uint8Array.from({ length: 2000 }, (_, index) => index % 10)))).toHaveLength(2000);
  });

  it('refuse a label outside 0–9 and a string with other characters by name', () => {
    expect(() => encodeDigits([3, 10])).toThrow('invalid label: 10 at digit 1');
    expect(() => decodeDigits('12x')).toThrow('invalid digit string: "12x" (only the digits 0–9)');
  });
});

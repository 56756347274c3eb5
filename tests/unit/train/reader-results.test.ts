import { describe, expect, it } from 'vitest';
import { TRAIN_CONFIGS, readerSeed, READER_SEEDS } from '../../../src/lib/train/config';
import { parseExperimentResults } from '../../../src/lib/train/experiment-format';
import { completeNetworks, readerResults, type ReaderRun } from '../../../src/lib/train/reader-results';
import { EXPERIMENT_SPLIT } from '../../../src/lib/train/splits';
import { epochsFor, predictionsFor, TEST_LABELS } from './make-results';

const net = (network: 'standard' | 'separable' | 'thin', stopped = false, epochs = epochsFor('quick')) => ({
  network, stopped, testAccuracy: 0.9, testPredictions: predictionsFor(0.9), msPerBatch: 312.5, wallSeconds: 41.2,
  // The job's epoch events carry the net and the batches trained besides a results file's fields.
  epochs: epochs.map((epoch) => ({ ...epoch, network, batches: 32 })),
});

const run = (networks: ReaderRun['networks']): ReaderRun => ({
  createdAt: '2026-12-07T09:41:27.512Z', configuration: 'quick', seed: 482_113, backend: 'wasm', threads: false,
  device: 'Chrome on Linux, 2 cores', cores: 2, versions: { 'tfjs-core': '4.22.0', 'tfjs-layers': '4.22.0' },
  split: { packSeed: 20_260_101, ...EXPERIMENT_SPLIT }, testLabels: TEST_LABELS, networks,
});

describe("a reader's run as a format-2 results file", () => {
  it('holds one run per finished net, with the reference’s fields, and reads back through the schema', () => {
    const file = readerResults(run([net('standard'), net('thin')]))!;
    expect(parseExperimentResults(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(file.runs.map((each) => [each.configuration, each.network, each.seed])).toEqual([['quick', 'standard', 482_113], ['quick', 'thin', 482_113]]);
    expect(Object.keys(file.runs[0]!.epochs[0]!).sort()).toEqual(['accuracy', 'epoch', 'learningRate', 'loss', 'msPerBatch', 'seconds', 'validationAccuracy', 'validationLoss', 'validationLossStandardError']);
    const { seed: _seed, ...quick } = TRAIN_CONFIGS.quick;
    expect(file.configurations).toEqual({ quick });
    expect(file.networks).toEqual({ standard: { parameters: 61_402, multiplyAdds: 3_641_536 }, thin: { parameters: 8_992, multiplyAdds: 518_856 } });
    expect(file).toMatchObject({ backend: 'wasm', device: 'Chrome on Linux, 2 cores', threads: false, cores: 2, shipped: {}, wallSeconds: 82.4 });
  });

  it('leaves out a net Stop cut short, and is undefined when no net finished', () => {
    const partial = run([net('standard'), net('separable', true, epochsFor('quick').slice(0, 1))]);
    expect(completeNetworks(partial).map((each) => each.network)).toEqual(['standard']);
    expect(readerResults(partial)!.runs).toHaveLength(1);
    expect(readerResults(run([net('separable', true)]))).toBeUndefined();
    expect(readerResults(run([]))).toBeUndefined();
  });

  it('an older results file without device or threads still reads (the fields are optional)', () => {
    const { device: _device, threads: _threads, ...older } = readerResults(run([net('standard')]))!;
    expect(parseExperimentResults(older).device).toBeUndefined();
  });
});

describe('reader seeds', () => {
  it('are six-digit numbers drawn from the whole 32-bit draw', () => {
    expect(readerSeed(0)).toBe(READER_SEEDS.min);
    expect(readerSeed(899_999)).toBe(READER_SEEDS.max);
    expect(readerSeed(900_000)).toBe(READER_SEEDS.min);
    expect(readerSeed(2 ** 32 - 1)).toBe(READER_SEEDS.min + ((2 ** 32 - 1) % 900_000));
    expect(readerSeed(-1)).toBe(readerSeed(2 ** 32 - 1));
  });
});

// The class pool: runs grouped by configuration and test digits, a seed kept once, a repeated file recognised.
import { describe, expect, it } from 'vitest';
import { TRAIN_CONFIGS } from '../../../src/lib/train/config';
import { digitsFingerprint, poolSources, repeatsPool, type FileSource } from '../../../src/lib/train/class-pool';
import { runLinkFromResults } from '../../../src/lib/train/run-link';
import type { ExperimentResults, ExperimentRun } from '../../../src/lib/train/experiment-format';

const { seed: _q, ...quick } = TRAIN_CONFIGS.quick;
const { seed: _c, ...klass } = TRAIN_CONFIGS.class;
const epochs = (count: number) => Array.from({ length: count }, (_, index) => ({
  epoch: index + 1, learningRate: 0.003, loss: 0.5, accuracy: 0.9, validationLoss: 0.4, validationLossStandardError: 0.02, validationAccuracy: 0.9, seconds: 10, msPerBatch: 150,
}));
const run = (configuration: 'quick' | 'class', network: ExperimentRun['network'], seed: number, testPredictions: string): ExperimentRun => ({
  configuration, network, seed, epochs: epochs(TRAIN_CONFIGS[configuration].epochs), testAccuracy: 0.5, testPredictions, msPerBatch: 150, wallSeconds: 20,
});
const SITE = digitsFingerprint('0123');
const source = (name: string, runs: ExperimentRun[], testLabels = '0123'): FileSource => ({
  name,
  file: {
    format: 2, createdAt: '2026-12-07T00:00:00.000Z', backend: 'wasm', versions: {}, cores: 2, wallSeconds: 40,
    split: { packSeed: 1, validationSeed: 2, trainCount: 7000, validationCount: 1000, testCount: 4 }, testLabels,
    configurations: { quick, class: klass }, networks: {}, runs, shipped: {},
  } satisfies ExperimentResults,
});

describe('poolSources', () => {
  const ana = source('ana.json', [run('class', 'standard', 11, '0123'), run('class', 'separable', 11, '0120')]);
  const ben = source('ben.json', [run('class', 'standard', 12, '0000'), run('class', 'separable', 12, '0123')]);
  const cara = source('cara.json', [run('quick', 'standard', 13, '0123')]);

  it('groups runs by configuration, the group with the most runs first, and scores each digit right (1) or wrong (0)', () => {
    const pool = poolSources([cara, ana, ben], SITE);
    expect(pool.groups.map((group) => [group.setup.configuration, group.runs.length, group.sources])).toEqual([
      ['class', 4, ['ana.json', 'ben.json']],
      ['quick', 1, ['cara.json']],
    ]);
    const separable = pool.groups[0]!.runs.find((entry) => entry.network === 'separable' && entry.seed === 11)!;
    expect(Array.from(separable.correct)).toEqual([1, 1, 1, 0]);
    expect(separable).toMatchObject({ source: 'ana.json', backend: 'wasm', device: '', configuration: 'class', msPerBatch: 150, id: 'ana.json#1' });
    expect(pool.duplicates).toEqual([]);
  });

  it('keeps the first run of a seed and net and sets later ones aside, naming where the kept one came from', () => {
    const dan = source('dan.json', [run('class', 'standard', 11, '0000'), run('class', 'thin', 11, '0123')]);
    const pool = poolSources([ana, dan], SITE);
    expect(pool.groups[0]!.runs.map((entry) => `${entry.network}/${entry.seed}/${entry.source}`)).toEqual(['standard/11/ana.json', 'separable/11/ana.json', 'thin/11/dan.json']);
    expect(pool.duplicates.map((entry) => [entry.run.source, entry.run.network, entry.run.seed, entry.keptFrom])).toEqual([['dan.json', 'standard', 11, 'ana.json']]);
  });

  it('never pools runs scored on other test digits, even under the same configuration', () => {
    const other = source('eve.json', [run('class', 'standard', 14, '9876')], '9876');
    const pool = poolSources([ana, other], SITE);
    expect(pool.groups).toHaveLength(2);
    expect(pool.groups[1]!.setup.digitsKey).toBe(digitsFingerprint('9876'));
    expect(pool.groups[0]!.setup.digitsKey).not.toBe(pool.groups[1]!.setup.digitsKey);
  });
});

describe('results links in the pool', () => {
  const ana = source('ana.json', [run('class', 'standard', 11, '0123'), run('class', 'separable', 11, '0120')]);
  const link = (file: FileSource, name: string) => ({ name, link: runLinkFromResults(file.file), text: 't1.…' });

  it('a link pools with files scored on the site\'s test digits, under the configuration as this site defines it', () => {
    const ben = source('ben.json', [run('class', 'standard', 12, '0000'), run('class', 'separable', 12, '0123')]);
    const pool = poolSources([ana, link(ben, 'link, seed 12')], SITE);
    expect(pool.groups).toHaveLength(1);
    const linked = pool.groups[0]!.runs.find((entry) => entry.source === 'link, seed 12' && entry.network === 'standard')!;
    expect(Array.from(linked.correct)).toEqual([1, 0, 0, 0]);
    expect(linked).toMatchObject({ seed: 12, backend: 'wasm', testAccuracy: 0.25 });
  });

  it('a link of a run already pooled from its file is recognised as a repeat', () => {
    expect(repeatsPool([ana], link(ana, 'link, seed 11'), SITE)).toBe(true);
  });
});

describe('repeatsPool', () => {
  const ana = source('ana.json', [run('class', 'standard', 11, '0123')]);
  it('is true for the same runs dropped again under another name, false once anything differs', () => {
    expect(repeatsPool([ana], { ...ana, name: 'ana (1).json' }, SITE)).toBe(true);
    expect(repeatsPool([ana], source('ana2.json', [run('class', 'standard', 11, '0120')]), SITE)).toBe(false);
    expect(repeatsPool([ana], source('ana3.json', [run('class', 'standard', 11, '0123'), run('class', 'separable', 11, '0123')]), SITE)).toBe(false);
    expect(repeatsPool([], ana, SITE)).toBe(false);
  });
});

describe('digitsFingerprint', () => {
  it('is FNV-1a over the characters, 8 hex digits: "" is 811c9dc5, "a" is e40c292c', () => {
    expect(digitsFingerprint('')).toBe('811c9dc5');
    expect(digitsFingerprint('a')).toBe('e40c292c');
  });
});

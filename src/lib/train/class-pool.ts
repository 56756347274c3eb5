// The class experiment's pool: the training runs a class exported (files) or copied (results links), each laptop a
// seed. Runs are pooled only with runs of the same configuration scored on the same test digits; a seed that comes
// twice is kept once and the other set aside, naming both; an input that repeats runs already pooled is not added.
import { TRAIN_CONFIGS, type ConfigName } from './config';
import type { EvidenceRun } from './evidence';
import type { ExperimentResults } from './experiment-format';
import type { ScoredRun } from './experiment-stats';
import { correctness, type RunLink } from './run-link';

/** An accepted export file: a name for the teacher (the file's name, "pasted item 2") and the results it holds. */
export interface FileSource {
  readonly name: string;
  readonly file: ExperimentResults;
}

/** An accepted results link: a name for the teacher, the run it carries, and the link's own text (what the pool stores). */
export interface LinkSource {
  readonly name: string;
  readonly link: RunLink;
  readonly text: string;
}

/** One accepted input. */
export type PoolSource = FileSource | LinkSource;

/** A run in the pool, with where it came from and its right/wrong verdict on each test digit. */
export interface PooledRun extends EvidenceRun, ScoredRun {
  /** Unique in the pool: the source's name and the run's place in it. */
  readonly id: string;
  readonly source: string;
  readonly backend: string;
  /** Browser, operating system and cores, when the export or link says ("" when not). */
  readonly device: string;
  readonly configuration: ConfigName;
  readonly msPerBatch: number;
}

/** What a group's runs share: the configuration's name and every setting, and the test digits they were scored on. */
export interface GroupSetup {
  readonly configuration: ConfigName;
  readonly trainCount: number;
  readonly validationCount: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly learningRateDecay: number;
  /** How many test digits, and a fingerprint of their labels (two files scored on other digits never pool). */
  readonly digits: number;
  readonly digitsKey: string;
}

/** Runs pooled together: one setup, each seed of each net at most once. */
export interface PoolGroup {
  readonly key: string;
  readonly setup: GroupSetup;
  readonly runs: readonly PooledRun[];
  /** The sources with a run in the group, in the order they were added. */
  readonly sources: readonly string[];
}

/** A run left out of every group's statistics: its seed was already pooled from `keptFrom`. */
export interface DuplicateSeed {
  readonly run: PooledRun;
  readonly keptFrom: string;
}

/** The pool: groups (the class's, with the most runs, first) and the runs set aside as duplicate seeds. */
export interface ClassPool {
  readonly groups: readonly PoolGroup[];
  readonly duplicates: readonly DuplicateSeed[];
}

/** A short fingerprint of a digit string (FNV-1a, 32 bits, hex): equal labels, equal key. */
export function digitsFingerprint(digits: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < digits.length; index += 1) hash = Math.imul(hash ^ digits.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** The setup of the runs of `configuration` in `file`. */
export function setupOf(file: Pick<ExperimentResults, 'configurations' | 'testLabels'>, configuration: ConfigName): GroupSetup {
  const config = file.configurations[configuration];
  if (!config) throw new Error(`invalid results: no configuration "${configuration}"`);
  const { trainCount, validationCount, epochs, batchSize, learningRate, learningRateDecay } = config;
  return { configuration, trainCount, validationCount, epochs, batchSize, learningRate, learningRateDecay, digits: file.testLabels.length, digitsKey: digitsFingerprint(file.testLabels) };
}

/**
 * The setup of a link's runs: its configuration as this site defines it (a link names the configuration, not its
 * settings), scored on the site's own test digits, `siteDigitsKey` (a link carries right/wrong bits, not labels).
 */
function linkSetup(link: RunLink, siteDigitsKey: string): GroupSetup {
  const { trainCount, validationCount, epochs, batchSize, learningRate, learningRateDecay } = TRAIN_CONFIGS[link.configuration];
  return { configuration: link.configuration, trainCount, validationCount, epochs, batchSize, learningRate, learningRateDecay, digits: link.testCount, digitsKey: siteDigitsKey };
}

const keyOf = (setup: GroupSetup) => JSON.stringify(setup);
const digitsOf = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0) - 48);

/** The runs of one source, each with its setup. */
function pooledRuns(source: PoolSource, siteDigitsKey: string): { setup: GroupSetup; run: PooledRun }[] {
  if ('link' in source) {
    const { link } = source;
    const setup = linkSetup(link, siteDigitsKey);
    return link.runs.map((run, index) => ({
      setup,
      run: {
        id: `${source.name}#${index}`, source: source.name, backend: link.backend, device: link.device, configuration: link.configuration, network: run.network,
        seed: link.seed, testAccuracy: run.testAccuracy, epochs: run.epochs, msPerBatch: run.msPerBatch, correct: run.correct,
      },
    }));
  }
  const { file } = source;
  const labels = digitsOf(file.testLabels);
  return file.runs.map((run, index) => ({
    setup: setupOf(file, run.configuration),
    run: {
      id: `${source.name}#${index}`, source: source.name, backend: file.backend, device: file.device ?? '', configuration: run.configuration, network: run.network,
      seed: run.seed, testAccuracy: run.testAccuracy, epochs: run.epochs, msPerBatch: run.msPerBatch, correct: correctness(digitsOf(run.testPredictions), labels),
    },
  }));
}

/**
 * Pools the sources in order: groups by setup, the first run of a seed and net kept, later ones set aside.
 * `siteDigitsKey` is the fingerprint of the site's test labels, which links are scored on.
 */
export function poolSources(sources: readonly PoolSource[], siteDigitsKey: string): ClassPool {
  const groups = new Map<string, { setup: GroupSetup; runs: PooledRun[]; sources: string[]; order: number }>();
  const duplicates: DuplicateSeed[] = [];
  for (const source of sources) {
    for (const { setup, run } of pooledRuns(source, siteDigitsKey)) {
      const key = keyOf(setup);
      const group = groups.get(key) ?? { setup, runs: [], sources: [], order: groups.size };
      groups.set(key, group);
      const kept = group.runs.find((other) => other.network === run.network && other.seed === run.seed);
      if (kept) {
        duplicates.push({ run, keptFrom: kept.source });
        continue;
      }
      group.runs.push(run);
      if (!group.sources.includes(source.name)) group.sources.push(source.name);
    }
  }
  const ordered = [...groups.entries()].sort(([, a], [, b]) => b.runs.length - a.runs.length || a.order - b.order);
  return { groups: ordered.map(([key, group]) => ({ key, setup: group.setup, runs: group.runs, sources: group.sources })), duplicates };
}

/** Whether every run of `candidate` is already in `sources` — the same setup, net and seed, right on the same digits: an input given again. */
export function repeatsPool(sources: readonly PoolSource[], candidate: PoolSource, siteDigitsKey: string): boolean {
  const keys = (source: PoolSource) => pooledRuns(source, siteDigitsKey).map(({ setup, run }) => `${keyOf(setup)}|${run.network}|${run.seed}|${Array.from(run.correct).join('')}`);
  const known = new Set(sources.flatMap(keys));
  const own = keys(candidate);
  return own.length > 0 && own.every((key) => known.has(key));
}

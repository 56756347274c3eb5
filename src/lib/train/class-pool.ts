// The class experiment's pool: the training runs a class exported, each laptop a seed. Runs are pooled only
// with runs of the same configuration scored on the same test digits; a seed that comes twice is kept once
// and the other set aside, naming both; a file that repeats runs already pooled is not added again.
import type { ConfigName } from './config';
import type { EvidenceRun } from './evidence';
import type { ExperimentResults, ExperimentRun } from './experiment-format';
import type { ScoredRun } from './experiment-stats';

/** One accepted input: a name for the teacher (the file's name, "pasted item 2") and the results it holds. */
export interface PoolSource {
  readonly name: string;
  readonly file: ExperimentResults;
}

/** A run in the pool, with where it came from and its right/wrong verdict on each test digit. */
export interface PooledRun extends EvidenceRun, ScoredRun {
  /** Unique in the pool: the source's name and the run's place in it. */
  readonly id: string;
  readonly source: string;
  readonly backend: string;
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

/** The setup of one run of `file`. */
export function setupOf(file: Pick<ExperimentResults, 'configurations' | 'testLabels'>, run: Pick<ExperimentRun, 'configuration'>): GroupSetup {
  const config = file.configurations[run.configuration];
  if (!config) throw new Error(`invalid results: no configuration "${run.configuration}"`);
  const { trainCount, validationCount, epochs, batchSize, learningRate, learningRateDecay } = config;
  return { configuration: run.configuration, trainCount, validationCount, epochs, batchSize, learningRate, learningRateDecay, digits: file.testLabels.length, digitsKey: digitsFingerprint(file.testLabels) };
}

const keyOf = (setup: GroupSetup) => JSON.stringify(setup);

function pooledRuns(source: PoolSource): { setup: GroupSetup; run: PooledRun }[] {
  const { file } = source;
  return file.runs.map((run, index) => {
    const correct = Uint8Array.from({ length: file.testLabels.length }, (_, digit) => (run.testPredictions.charCodeAt(digit) === file.testLabels.charCodeAt(digit) ? 1 : 0));
    return {
      setup: setupOf(file, run),
      run: {
        id: `${source.name}#${index}`, source: source.name, backend: file.backend, configuration: run.configuration, network: run.network, seed: run.seed,
        testAccuracy: run.testAccuracy, epochs: run.epochs, msPerBatch: run.msPerBatch, correct,
      },
    };
  });
}

/** Pools the sources in order: groups by setup, the first run of a seed and net kept, later ones set aside. */
export function poolSources(sources: readonly PoolSource[]): ClassPool {
  const groups = new Map<string, { setup: GroupSetup; runs: PooledRun[]; sources: string[]; order: number }>();
  const duplicates: DuplicateSeed[] = [];
  for (const source of sources) {
    for (const { setup, run } of pooledRuns(source)) {
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

/** Whether every run of `candidate` is already in `sources`, the same seed with the same predictions: the same file dropped again. */
export function repeatsPool(sources: readonly PoolSource[], candidate: PoolSource): boolean {
  const known = new Set(sources.flatMap((source) => source.file.runs.map((run) => runKey(source.file, run))));
  return candidate.file.runs.length > 0 && candidate.file.runs.every((run) => known.has(runKey(candidate.file, run)));
}

const runKey = (file: ExperimentResults, run: ExperimentRun) => `${keyOf(setupOf(file, run))}|${run.network}|${run.seed}|${run.testPredictions}`;

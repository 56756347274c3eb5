// The README's sentence on how long the shipped reference took, read off the file (its wallSeconds, runs and
// provenance), and the marked block it lives in: `npm run train:readme` writes it, a unit test holds it.
import { evidenceStrings } from '../strings/evidence';
import type { ExperimentResults } from './experiment-format';

/** The markers around the sentence in README.md. */
export const README_REFERENCE_MARKERS = { start: '<!-- reference:duration -->', end: '<!-- /reference:duration -->' } as const;

/** The sentence for `file`: how many runs (nets × configurations × seeds), on what, and in how many minutes of wall time. */
export function referenceDurationSentence(file: Pick<ExperimentResults, 'createdAt' | 'runs' | 'backend' | 'versions' | 'wallSeconds' | 'cores'>): string {
  const distinct = (values: readonly (string | number)[]) => new Set(values).size;
  return evidenceStrings.readmeDuration({
    createdAt: file.createdAt, runs: file.runs.length,
    nets: distinct(file.runs.map((run) => run.network)), configurations: distinct(file.runs.map((run) => run.configuration)), seeds: distinct(file.runs.map((run) => run.seed)),
    backend: file.backend, version: file.versions['tfjs-core'] ?? '?', minutes: Math.round(file.wallSeconds / 60), cores: file.cores,
  });
}

/** `readme` with the text between the markers replaced by `sentence`; throws when the markers are missing. */
export function withReferenceDuration(readme: string, sentence: string): string {
  const { start, end } = README_REFERENCE_MARKERS;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to < from) throw new Error(`invalid README: no ${start} … ${end} block`);
  return `${readme.slice(0, from + start.length)}\n${sentence}\n${readme.slice(to)}`;
}

// The README's sentence on how long the shipped reference took, read off the file (its wallSeconds, runs and
// provenance), and the marked block it lives in: `npm run train:readme` writes it, a unit test holds it.
import { evidenceStrings } from '../strings/evidence';
import { experimentStrings } from '../strings/experiment';
import type { ExperimentResults } from './experiment-format';
import { referenceEvidence } from './reference-evidence';

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

/** The markers around the reference's findings in README.md. */
export const README_FINDINGS_MARKERS = { start: '<!-- reference:findings -->', end: '<!-- /reference:findings -->' } as const;

/** What the reference found, one Markdown bullet each: every verdict /effective/ prints, then whether each net had stopped learning. */
export function referenceFindings(file: ExperimentResults): string {
  const evidence = referenceEvidence(file);
  const verdicts = evidence.comparisons.flatMap((outcome) => (outcome.kind === 'compared'
    ? [experimentStrings.verdict(outcome.comparison.verdict, outcome.comparison.first, outcome.comparison.second)] : []));
  return [...verdicts, ...evidence.plateau.map((reading) => evidenceStrings.plateauNote(reading))].map((line) => `- ${line}`).join('\n');
}

/** `readme` with the text between `markers` (default: the duration's) replaced by `text`; throws when the markers are missing. */
export function withReferenceDuration(readme: string, text: string, markers: { start: string; end: string } = README_REFERENCE_MARKERS): string {
  const { start, end } = markers;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to < from) throw new Error(`invalid README: no ${start} … ${end} block`);
  return `${readme.slice(0, from + start.length)}\n${text}\n${readme.slice(to)}`;
}

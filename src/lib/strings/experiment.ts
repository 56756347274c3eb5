/** UI strings of the training experiment's statistics: accuracies over seeds and the verdict on each gap. */
import type { GapVerdict, SeedSummary } from '../stats';
import { formatNumber, plural } from './units';

/** The nets as a sentence names them (the page's labels are in trainStrings.networkNames). */
const NET_PHRASES: Record<string, string> = { standard: 'the standard CNN', separable: 'the depthwise-separable CNN', thin: 'the thin standard CNN' };

const phrase = (network: string) => NET_PHRASES[network] ?? network;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const minus = (text: string) => text.replace('-', '−');

/** Percentage points with one decimal (two when one would print a non-zero value as 0.0), with a real minus sign. */
export function formatPoints(points: number): string {
  const one = points.toFixed(1);
  return minus(Number(one) === 0 && points !== 0 ? points.toFixed(2) : one);
}

/** What a verdict holds for, in words: "these nets, 7,000 training digits, 20 epochs, 5 seeds". */
const scopeText = (verdict: GapVerdict) => {
  const { seeds, trainCount, epochs } = verdict.scope;
  return `these nets, ${formatNumber(trainCount)} training digits, ${plural(epochs, { one: '# epoch', other: '# epochs' })}, ${plural(seeds, { one: '# seed', other: '# seeds' })}`;
};

export const experimentStrings = {
  /** Where the quiet-machine ms per batch (src/lib/train/training-speed.ts) were measured. */
  quietMachine: 'Node 22 on a 2-core AMD EPYC virtual machine, load average about 1 (nothing else running)',
  /** "96.3 % ± 0.4 (SD over 5 seeds)": mean test accuracy and the seed-to-seed standard deviation, labelled as such. */
  accuracyWithSd: (summary: SeedSummary) => summary.sd === undefined
    ? `${(summary.mean * 100).toFixed(1)} % (one seed: no SD)`
    : `${(summary.mean * 100).toFixed(1)} % ± ${(summary.sd * 100).toFixed(1)} (SD over ${summary.seeds} seeds)`,
  sdNote: 'Each ± is the standard deviation of the test accuracy over seeds: how much one run differs from the next, not an interval for the mean.',
  intervalNote: 'The 95 % interval of a gap counts both sources of error: the spread between seeds (Student’s t over the paired per-seed gaps) and the test set all runs share (a paired bootstrap over the 2,000 test digits).',
  /**
   * The verdict on `first` − `second`, computed from the interval: lower, higher, or not detectable,
   * and what it holds for.
   */
  verdict: (verdict: GapVerdict, first: string, second: string) => {
    const level = `${verdict.levelPercent} % interval`;
    if (verdict.kind === 'lower') {
      return `${capital(phrase(first))} is lower in test accuracy than ${phrase(second)} by ${formatPoints(-verdict.gapPoints)} points (${level} ${formatPoints(-verdict.highPoints)} to ${formatPoints(-verdict.lowPoints)}) — for ${scopeText(verdict)}.`;
    }
    if (verdict.kind === 'higher') {
      return `${capital(phrase(first))} is higher in test accuracy than ${phrase(second)} by ${formatPoints(verdict.gapPoints)} points (${level} ${formatPoints(verdict.lowPoints)} to ${formatPoints(verdict.highPoints)}) — for ${scopeText(verdict)}.`;
    }
    return `Between ${phrase(first)} and ${phrase(second)}, no difference in test accuracy this experiment can detect: the gap is ${formatPoints(verdict.gapPoints)} points and its ${level}, ${formatPoints(verdict.lowPoints)} to ${formatPoints(verdict.highPoints)}, includes 0 — for ${scopeText(verdict)}.`;
  },
} as const;

/** A step profile as a table of display strings (the bench prints it; a page can render it beside its plot). */
import { formatCount, formatMs, formatPercent } from '../lab/format';
import { trainProfileStrings as strings } from '../strings/train-profile';
import { STEP_PHASES, type StepProfile } from './step-profile';

/** A captioned table: head cells, one row of cells per part, and the lines to print under it. */
export interface StepProfileTable {
  caption: string;
  head: string[];
  rows: string[][];
  notes: string[];
}

/** What the caption names: the network, the backend, and the batch the step trained on. */
export interface StepProfileTableOptions {
  network: string;
  backend: string;
  batchSize: number;
}

/** The profile's rows as strings, in its part order: ms per phase, total, share of time, share of multiply-adds, kernel calls. */
export function stepProfileTable(profile: StepProfile, { network, backend, batchSize }: StepProfileTableOptions): StepProfileTable {
  const head = [strings.part, ...STEP_PHASES.map((phase) => strings.phases[phase]), strings.total, strings.timeShare, strings.multiplyAddShare, strings.kernelCalls];
  const rows = profile.rows.map((row) => [
    strings.parts[row.part],
    ...STEP_PHASES.map((phase) => formatMs(row.ms[phase])),
    formatMs(row.totalMs),
    formatPercent(row.timeShare),
    row.multiplyAddShare === null ? strings.notCounted : formatPercent(row.multiplyAddShare),
    formatCount(row.kernelCalls),
  ]);
  const coverage = profile.kernelClock === 'gpu'
    ? strings.gpuCoverage(formatMs(profile.stepMs), formatCount(profile.kernelCalls))
    : strings.coverage(formatPercent(profile.stepMs > 0 ? profile.kernelMs / profile.stepMs : 0), formatCount(profile.kernelCalls), formatCount(profile.topLevelCalls));
  return { caption: strings.caption(network, backend, formatMs(profile.stepMs), batchSize), head, rows, notes: [coverage, strings.phaseNote] };
}

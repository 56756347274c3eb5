/** UI strings of a reader's runs on /train/: the history, export and results link, and a run read against the reference. */
import type { BudgetReading, BudgetRange, Position } from '../train/reference-budgets';
import { trainStrings } from './train';
import { plural } from './units';

const net = (network: string) => trainStrings.networkNames[network] ?? network;
/** A net's name inside a sentence: "standard CNN" (every name starts with a common word). */
const lower = (network: string) => net(network).charAt(0).toLowerCase() + net(network).slice(1);
const pct = (value: number, digits = 1) => `${(value * 100).toFixed(digits)} %`;
const signed = (value: number) => `${value < 0 ? '−' : value > 0 ? '+' : ''}${Math.abs(value * 100).toFixed(1)}`;
const points = (value: number) => `${signed(value)} points`;
const pointsRange = (low: number, high: number) => (signed(low) === signed(high) ? points(low) : `${signed(low)} to ${signed(high)} points`);
const range = (low: number, high: number, show: (value: number) => string) => (show(low) === show(high) ? show(low) : `${show(low).replace(/ %$/, '')}–${show(high)}`);
const seeds = (count: number) => plural(count, { one: '# seed', other: '# seeds' });
const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const where: Record<Position, string> = { below: 'below that range', inside: 'inside that range', above: 'above that range' };
const whereShort: Record<Position, string> = { below: 'below', inside: 'inside', above: 'above' };
/** "one in 3" for a chance of 1/3: the nearest "one in n". */
const oneIn = (chance: number) => `one run in ${Math.round(1 / chance)}`;

export const trainRunStrings = {
  /** One net's reference range: "86.2–89.1 % (standard CNN, 5 seeds)". */
  netRange: (network: string, r: BudgetRange) => `${range(r.min, r.max, (value) => pct(value))} (${lower(network)}, ${seeds(r.seeds)})`,
  /** The reference table's cell: range, then mean ± SD. */
  rangeCell: (r: BudgetRange) => (r.seeds === 1 ? `${pct(r.mean)} (1 seed)` : `${range(r.min, r.max, (value) => pct(value))}, mean ${pct(r.mean)}${r.sd === null ? '' : ` ± ${(r.sd * 100).toFixed(1)} SD`} (${seeds(r.seeds)})`),
  notConvergedCell: 'still learning at this budget',
  referenceCaption: 'The reference at each budget: test accuracy over seeds (lowest–highest, mean ± SD over seeds)',
  referenceIntro: (backend: string) => `Every budget the page offers was also trained for the reference, with several seeds per net (in Node, on ${backend}). A run of yours is read against the reference runs of its own budget.`,
  configurationColumn: 'Budget',
  noReference: 'The reference has no runs of this configuration, so there is nothing to compare this run with.',
  /**
   * A finished run against the reference at its budget: the reference's ranges, where the run lies,
   * the gap between each pair trained, and what the budget can answer.
   */
  reading: (r: BudgetReading): string[] => {
    if (!r.budget) return [trainRunStrings.noReference];
    const { budget } = r;
    const ranged = r.nets.filter((each) => each.range && each.position);
    const sentences: string[] = [];
    const budgetWords = trainStrings.configShort(budget.configuration, budget.trainCount, budget.epochs);
    if (ranged.length) sentences.push(`After this budget (${budgetWords}) the reference runs scored ${list(ranged.map((each) => trainRunStrings.netRange(each.network, each.range!)))}.`);
    sentences.push(`Your run: ${list(r.nets.map((each) => `${lower(each.network)} ${pct(each.accuracy, 2)}${each.position ? ` (${where[each.position]})` : ' (the reference has no runs of it at this budget)'}`))}.`);
    for (const gap of r.gaps) {
      sentences.push(`Your gap, ${lower(gap.first)} minus ${lower(gap.second)}: ${points(gap.gap)}; the reference’s per-seed gaps at this budget: ${pointsRange(gap.range.min, gap.range.max)} (${seeds(gap.range.seeds)}) — yours is ${whereShort[gap.position]}.`);
    }
    const outside = [...ranged.map((each) => ({ position: each.position!, seeds: each.range!.seeds })), ...r.gaps.map((gap) => ({ position: gap.position, seeds: gap.range.seeds }))]
      .filter((each) => each.position !== 'inside');
    if (outside.length) {
      const fewest = Math.min(...outside.map((each) => each.seeds));
      sentences.push(fewest === 1
        ? 'Outside is not wrong: the reference has a single seed here, so its “range” is one run, and a run of yours lands on one side of it by chance alone.'
        : `Outside is not wrong: with ${seeds(fewest)} behind a range, ${oneIn(2 / (fewest + 1))} lands outside it by chance alone.`);
    }
    if (r.tooShort) {
      sentences.push(`This budget is too short to answer the question: at it, ${r.notConverged.length > 1 ? 'neither net has' : `the ${lower(r.notConverged[0]!)} has not`} converged (the reference’s runs score higher after the full budget). A gap here says which net learns faster, not which one ends up better.`);
    } else if (r.notConverged.length) {
      sentences.push(`At this budget the ${list(r.notConverged.map(lower))} ${plural(r.notConverged.length, { one: 'has', other: 'have' })} not converged yet, so a gap involving ${plural(r.notConverged.length, { one: 'it', other: 'them' })} says which net learns faster, not which one ends up better.`);
    } else if (budget.configuration === 'full' && r.unknownConvergence.length === 0) {
      sentences.push('This is the reference’s own budget, the epochs the validation pilot chose; the lesson “Is it effective?” says, net by net, whether the reference’s runs had stopped learning by then.');
    }
    if (r.unknownConvergence.length) {
      sentences.push(`The reference has no full-budget runs of the ${list(r.unknownConvergence.map(lower))} yet, so whether ${plural(r.unknownConvergence.length, { one: 'it has', other: 'they have' })} converged at this budget is not known.`);
    }
    return sentences;
  },
  /** A history row's reading: "inside" / "standard below, separable inside". */
  readingShort: (r: BudgetReading) => {
    if (!r.budget) return 'no reference runs';
    const ranged = r.nets.filter((each) => each.position);
    const text = ranged.every((each) => each.position === 'inside') ? (ranged.length ? 'inside the reference’s range' : 'no reference runs')
      : ranged.map((each) => `${lower(each.network)} ${whereShort[each.position!]}`).join(', ');
    return r.tooShort ? `${text}; too short to compare` : text;
  },
  readingHeading: 'Your run against the reference',
  readingIdle: 'Finish a run to read it against the reference at the same budget.',
  /** Why nothing is read when no net finished its configuration. */
  readingStopped: 'Stop came before any network finished its configuration, so there is nothing to compare with the reference: a part-trained network trained less than the reference runs did.',
  historyHeading: 'Your runs',
  historyIntro: 'Every run you finish is kept in this browser (the latest 40), each with its seed, so you can compare runs, repeat one, export it as a results file or copy a link for your class page.',
  historyEmpty: 'No runs kept yet: finish a run and it appears here.',
  historyCaption: 'Your runs, newest first: test accuracy per network, and where it lies against the reference at the same budget',
  historyColumns: { started: 'Started', budget: 'Budget', seed: 'Seed', backend: 'Backend', reading: 'Against the reference', actions: 'Actions' },
  notTrainedInRun: '–',
  /** A history row's start time, as the reader's clock shows it. */
  started: (iso: string) => new Date(iso).toLocaleString('en', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
  exportButton: 'Export',
  exportLabel: (seed: number, started: string) => `Export the run with seed ${seed} (started ${started}) as a results file (JSON)`,
  linkButton: 'Copy results link',
  linkLabel: (seed: number, started: string) => `Copy results link of the run with seed ${seed} (started ${started})`,
  repeatButton: 'Repeat',
  repeatLabel: (seed: number, started: string) => `Repeat the run with seed ${seed} (started ${started}): fill in its seed, budget and networks`,
  removeButton: 'Remove',
  removeLabel: (seed: number, started: string) => `Remove the run with seed ${seed} (started ${started}) from your runs`,
  clearButton: 'Forget all your runs',
  clearConfirm: (count: number) => `Forget all ${plural(count, { one: '# run', other: '# runs' })} kept in this browser? Export the ones you want to keep first.`,
  cleared: 'Your runs were cleared from this browser.',
  kept: (seed: number) => `Kept in your runs: the run with seed ${seed}.`,
  notKept: 'This browser did not keep the run (its storage is full or blocked): export it now to keep it.',
  unreadable: (count: number) => plural(count, { one: '# kept run could not be read (written by another version of this page) and was set aside.', other: '# kept runs could not be read (written by another version of this page) and were set aside.' }),
  exported: (file: string) => `Saved ${file}.`,
  linkFieldLabel: (seed: number) => `Results link of the run with seed ${seed}`,
  linkCopied: 'Link copied: paste it on the class page, /train/class/, where a class pools its runs.',
  linkShown: 'Your browser did not allow copying: the link is selected in the field below, copy it from there.',
  linkFailed: (message: string) => `No link could be written for this run: ${message}`,
  repeatFilled: (seed: number) => `Seed ${seed}, its budget and its networks are filled in: press Train to repeat the run (on the same backend it repeats exactly).`,
  removed: (seed: number) => `Removed the run with seed ${seed}.`,
} as const;

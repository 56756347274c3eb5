/**
 * What the reference scored at each budget the page offers, and a reader's run read against it. The
 * build (./reference-budgets-build.ts) reduces the shipped results file (format 2) to a few numbers per configuration and net — the
 * range, mean and SD of the test accuracy over seeds, each pair's per-seed gaps, and whether the net has
 * converged at that budget — which /train/ embeds and reads through {@link ReferenceBudgetsSchema}
 * when a run ends (the whole file, with its per-digit predictions, never reaches the page).
 */
import * as z from 'zod/mini';
import type { ConfigName } from './config';
import { ConfigNameSchema, ExperimentNetworkIdSchema } from './experiment-format';
import type { NetworkId } from './networks';

/** The configuration the reference trains to a plateau (the validation pilot chose its epochs): the yardstick for "converged". */
export const PLATEAU_CONFIGURATION: ConfigName = 'full';

/** One net's test accuracy over the reference's seeds at one budget (0–1); `sd` is null for a single seed. */
export const BudgetRangeSchema = z.object({ seeds: z.int(), min: z.number(), max: z.number(), mean: z.number(), sd: z.nullable(z.number()) });

/** One pair's per-seed gaps in test accuracy (first − second, 0–1) over the seeds both nets ran. */
export const BudgetGapSchema = z.object({ first: ExperimentNetworkIdSchema, second: ExperimentNetworkIdSchema, seeds: z.int(), min: z.number(), max: z.number(), mean: z.number() });

/** The reference at one configuration. */
export const ReferenceBudgetSchema = z.object({
  configuration: ConfigNameSchema,
  trainCount: z.int(),
  epochs: z.int(),
  nets: z.partialRecord(ExperimentNetworkIdSchema, BudgetRangeSchema),
  gaps: z.array(BudgetGapSchema),
  /**
   * Per net, whether it has converged at this budget: its mean here is at least the lowest test accuracy
   * of its runs at the plateau configuration (always true at the plateau itself; absent when the file has
   * no plateau runs of that net).
   */
  converged: z.partialRecord(ExperimentNetworkIdSchema, z.boolean()),
});

/** The reference, budget by budget, as the page embeds it. */
export const ReferenceBudgetsSchema = z.object({ createdAt: z.string(), backend: z.string(), budgets: z.array(ReferenceBudgetSchema) });

/** One net's range at one budget. */
export type BudgetRange = z.infer<typeof BudgetRangeSchema>;
/** One pair's per-seed gaps at one budget. */
export type BudgetGap = z.infer<typeof BudgetGapSchema>;
/** The reference at one configuration. */
export type ReferenceBudget = z.infer<typeof ReferenceBudgetSchema>;
/** The reference at every configuration it ran. */
export type ReferenceBudgets = z.infer<typeof ReferenceBudgetsSchema>;

/** Where a value lies against a range. */
export type Position = 'below' | 'inside' | 'above';

const positionOf = (value: number, range: { min: number; max: number }): Position => (value < range.min ? 'below' : value > range.max ? 'above' : 'inside');

/** A reader's run read against the reference at its configuration. */
export interface BudgetReading {
  /** The reference at this configuration, or undefined when it has no runs of it. */
  budget: ReferenceBudget | undefined;
  /** Each net the reader trained: its test accuracy and, where the reference ran that net, its range and where the run lies. */
  nets: { network: NetworkId; accuracy: number; range?: BudgetRange; position?: Position }[];
  /** Each pair of the reference the reader trained both nets of: the run's gap, the reference's per-seed gaps and where the run lies. */
  gaps: { first: NetworkId; second: NetworkId; gap: number; range: BudgetGap; position: Position }[];
  /** The reader's nets that have not converged at this budget by the reference's runs. */
  notConverged: NetworkId[];
  /** True when no net the reader trained has converged at this budget: too short to answer whether one net ends up worse. */
  tooShort: boolean;
}

/** Reads a run's test accuracies (0–1, per net) against the reference at `configuration`. */
export function readAgainstReference(reference: ReferenceBudgets, configuration: ConfigName, runs: readonly { network: NetworkId; testAccuracy: number }[]): BudgetReading {
  const budget = reference.budgets.find((each) => each.configuration === configuration);
  const nets = runs.map(({ network, testAccuracy }) => {
    const range = budget?.nets[network];
    return range ? { network, accuracy: testAccuracy, range, position: positionOf(testAccuracy, range) } : { network, accuracy: testAccuracy };
  });
  const accuracy = new Map(runs.map((run) => [run.network, run.testAccuracy]));
  // The pairs are the reference's own (src/lib/train/experiment-stats.ts's COMPARISONS, as the build wrote them).
  const gaps = (budget?.gaps ?? []).flatMap((range) => {
    const a = accuracy.get(range.first);
    const b = accuracy.get(range.second);
    return a === undefined || b === undefined ? [] : [{ first: range.first, second: range.second, gap: a - b, range, position: positionOf(a - b, range) }];
  });
  const notConverged = runs.map((run) => run.network).filter((network) => budget?.converged[network] === false);
  return { budget, nets, gaps, notConverged, tooShort: runs.length > 0 && notConverged.length === runs.length };
}

/**
 * The chance that one more run, like the reference's, falls outside the range of `seeds` reference runs:
 * 2 / (seeds + 1) for runs that differ only by seed (exchangeable), whatever their distribution.
 */
export function outsideByChance(seeds: number): number {
  return 2 / (seeds + 1);
}

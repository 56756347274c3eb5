// The build's half of the reference budgets (./reference-budgets.ts): the shipped results file reduced to
// each configuration's ranges, gaps and convergence. Kept apart so the page's half never bundles the statistics.
import { seedSummary } from '../stats/summary';
import { CONFIG_NAMES, type ConfigName } from './config';
import { runsOf, type ExperimentResults } from './experiment-format';
import { COMPARISONS } from './experiment-stats';
import { EXPERIMENT_NETWORK_IDS, type NetworkId } from './networks';
import { PLATEAU_CONFIGURATION, type BudgetGap, type BudgetRange, type ReferenceBudget, type ReferenceBudgets } from './reference-budgets';

function rangeOf(values: number[]): BudgetRange {
  const summary = seedSummary(values);
  return { seeds: summary.seeds, min: summary.min, max: summary.max, mean: summary.mean, sd: summary.sd ?? null };
}

/** Reduces a results file to its budgets: every configuration it holds runs of, in the page's order. */
export function referenceBudgets(file: ExperimentResults): ReferenceBudgets {
  const accuracies = (configuration: ConfigName, network: NetworkId) => runsOf(file, configuration, network).map((run) => run.testAccuracy);
  const plateau = new Map<NetworkId, number>();
  for (const network of EXPERIMENT_NETWORK_IDS) {
    const values = accuracies(PLATEAU_CONFIGURATION, network);
    if (values.length) plateau.set(network, Math.min(...values));
  }
  const budgets = CONFIG_NAMES.flatMap((configuration): ReferenceBudget[] => {
    const config = file.configurations[configuration];
    if (!config || !file.runs.some((run) => run.configuration === configuration)) return [];
    const nets: ReferenceBudget['nets'] = {};
    const converged: ReferenceBudget['converged'] = {};
    for (const network of EXPERIMENT_NETWORK_IDS) {
      const values = accuracies(configuration, network);
      if (values.length === 0) continue;
      const range = rangeOf(values);
      nets[network] = range;
      const floor = plateau.get(network);
      if (floor !== undefined) converged[network] = configuration === PLATEAU_CONFIGURATION || range.mean >= floor;
    }
    const gaps = COMPARISONS.flatMap(([first, second]): BudgetGap[] => {
      const seconds = new Map(runsOf(file, configuration, second).map((run) => [run.seed, run.testAccuracy]));
      const perSeed = runsOf(file, configuration, first).flatMap((run) => {
        const other = seconds.get(run.seed);
        return other === undefined ? [] : [run.testAccuracy - other];
      });
      if (perSeed.length === 0) return [];
      const { seeds, min, max, mean } = rangeOf(perSeed);
      return [{ first, second, seeds, min, max, mean }];
    });
    return [{ configuration, trainCount: config.trainCount, epochs: config.epochs, nets, gaps, converged }];
  });
  return { createdAt: file.createdAt, backend: file.backend, budgets };
}

// The results table: one row per op, layer and backend (and machine, when runs are compared).
import {
  backendSummaries, formatDiff, formatMs, formatPercent, formatRate, isNoisy, NOISY_CV, opLayerLabel, runLabels,
  type LabRun, type OpResult,
} from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';
import { table } from './dom';

const c = labStrings.columns;

// Key columns first (what ran, its median, how noisy, whether it was right), so a narrow screen shows them
// without scrolling; the detail columns follow inside the scrolling, labelled box.
function row(result: OpResult, machine: string | null): string[] {
  const { summary } = result;
  const noisy = isNoisy(result);
  const cells = [
    labStrings.opNames[result.kind], opLayerLabel(result.kind, result.layer), result.backend,
    formatMs(summary.median), noisy ? `${formatPercent(summary.cv)} · ${labStrings.noisyMark}` : formatPercent(summary.cv),
    result.backend === 'cpu' ? labStrings.reference : result.maxAbsDiff === null ? labStrings.notCompared : formatDiff(result.maxAbsDiff),
    formatMs(summary.min), formatMs(summary.p10), formatMs(summary.p90), String(summary.count), formatMs(result.firstRunMs),
    result.kernelMs === null ? labStrings.kernelNotMeasurable : formatMs(result.kernelMs),
    formatRate(result.gmacPerSecond), formatRate(result.gbPerSecond), formatRate(result.intensity),
  ];
  return machine === null ? cells : [...cells.slice(0, 3), machine, ...cells.slice(3)];
}

/** The results table of the runs on screen (noisy rows marked); a Machine column appears when there is more than one run. */
export function resultsTable(runs: readonly LabRun[]): HTMLTableElement {
  const several = runs.length > 1;
  const labels = runLabels(runs);
  const columns = [c.op, c.layer, c.backend, ...(several ? [c.machine] : []), c.median, c.cv, c.diff, c.min, c.p10, c.p90, c.runs, c.first, c.kernel, c.gmacs, c.gbs, c.intensity];
  const results = runs.flatMap((run) => run.results.map((result) => ({ result, machine: several ? labels.get(run.id) ?? run.machine : null })));
  const node = table(labStrings.tableCaption, columns, results.map(({ result, machine }) => row(result, machine)), several ? 4 : 3);
  node.dataset.labResults = '';
  const cvColumn = columns.indexOf(c.cv);
  results.forEach(({ result }, index) => {
    const tr = node.tBodies[0]?.rows[index];
    if (!tr || !isNoisy(result)) return;
    tr.dataset.noisy = '';
    tr.cells[cvColumn]?.classList.add('noisy');
  });
  return node;
}

/** The sentence under the table when some rows are noisy, or null when none is. */
export function noisyNote(runs: readonly LabRun[]): string | null {
  const count = runs.flatMap((run) => run.results).filter(isNoisy).length;
  return count === 0 ? null : labStrings.noisyNote(count, formatPercent(NOISY_CV));
}

/** One plain-language sentence per backend of a run: what the separable block's saving bought in time. */
export function summarySentences(run: LabRun): string[] {
  return backendSummaries(run).map((summary) => labStrings.summarySentence(
    summary.backend, summary.clauses.map((clause) => labStrings.summaryClause(clause)), summary.noisy,
  ));
}

/** The environment of a run as a definition list's term/value pairs. */
export function environmentPairs(run: LabRun): [string, string][] {
  const env = run.environment;
  const backends = run.backends.map((backend) => {
    const flags = Object.entries(backend.flags).map(([name, value]) => `${name}=${String(value)}`).join(', ');
    return `${backend.name}: ${backend.available ? flags || 'available' : labStrings.backendUnavailable(backend.reason ?? '')}`;
  });
  return [
    [labStrings.env.machine, run.machine],
    [labStrings.env.userAgent, env.userAgent],
    [labStrings.env.cores, String(env.hardwareConcurrency)],
    [labStrings.env.isolation, env.crossOriginIsolated === null ? '–' : env.crossOriginIsolated ? labStrings.env.isolated : labStrings.env.notIsolated],
    [labStrings.env.renderer, env.webglRenderer ?? labStrings.env.noRenderer],
    [labStrings.env.timer, env.timerResolutionMs === null ? '–' : `${formatMs(env.timerResolutionMs)} ms`],
    [labStrings.env.tfjs, env.tfjsVersion || '–'],
    [labStrings.env.backends, backends.join('; ')],
    [labStrings.env.settings, labStrings.env.settingsText(run.settings.warmups, run.settings.runs, run.settings.timeBudgetMs)],
    [labStrings.env.measured, labStrings.env.measuredText(run.results.length, run.roofline.length, run.status)],
  ];
}

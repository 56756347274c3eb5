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
    result.backToBackMs === null ? '–' : formatMs(result.backToBackMs),
    result.loopOverheadMs === null ? '–' : formatMs(result.loopOverheadMs),
    formatRate(result.gmacPerSecond), formatRate(result.gbPerSecond), formatRate(result.intensity),
  ];
  return machine === null ? cells : [...cells.slice(0, 3), machine, ...cells.slice(3)];
}

/** The results table of the runs on screen (noisy rows marked); a Machine column appears when there is more than one run. */
export function resultsTable(runs: readonly LabRun[]): HTMLTableElement {
  const several = runs.length > 1;
  const labels = runLabels(runs);
  const columns = [c.op, c.layer, c.backend, ...(several ? [c.machine] : []), c.median, c.cv, c.diff, c.min, c.p10, c.p90, c.runs, c.first, c.kernel, c.backToBack, c.loopCost, c.gmacs, c.gbs, c.intensity];
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

/** The backend's name, and for a GPU backend on a software adapter (SwiftShader) what it really ran on. */
function backendLabel(run: LabRun, backend: OpResult['backend']): string {
  const gpu = run.backends.find((info) => info.name === backend)?.gpu;
  return gpu?.software ? labStrings.softwareBackend(backend, gpu.name) : backend;
}

/** One plain-language sentence per backend of a run: what the separable block's saving bought in time (and where a "GPU" was a software one). */
export function summarySentences(run: LabRun): string[] {
  return backendSummaries(run).map((summary) => labStrings.summarySentence(
    backendLabel(run, summary.backend), summary.clauses.map((clause) => labStrings.summaryClause(clause)), summary.noisy,
  ));
}

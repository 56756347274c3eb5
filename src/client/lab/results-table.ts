// The results table: one row per op, layer and backend (and machine, when runs are compared).
import {
  backendSummaries, formatCount, formatDiff, formatMs, formatPercent, formatRate, isNoisy, machineRoofs, NOISY_CV, opLayerLabel, runLabels,
  type LabRun, type OpResult,
} from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';
import { backendStrings } from '../../lib/strings/cells';
import { rooflineStrings } from '../../lib/strings/roofline';
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

/** The environment of a run as a definition list's term/value pairs. */
export function environmentPairs(run: LabRun): [string, string][] {
  const env = run.environment;
  const backends = run.backends.map((backend) => {
    const flags = Object.entries(backend.flags).map(([name, value]) => `${name}=${String(value)}`).join(', ');
    const gpu = backend.gpu ? ` (${backend.gpu.software ? backendStrings.softwareGpu(backend.gpu.name) : labStrings.env.gpu(backend.gpu.name)})` : '';
    const loop = backend.loopOverhead ? ` (${labStrings.env.loopCost(formatMs(1000 * backend.loopOverhead.perRunMs), formatMs(1000 * backend.loopOverhead.perRegionMs))})` : '';
    return `${backend.name}: ${backend.available ? (flags || 'available') + gpu + loop : labStrings.backendUnavailable(backend.reason ?? '')}`;
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
    [labStrings.env.limits, run.machineProbes === null ? labStrings.env.limitsNotMeasured
      : machineRoofs(run.machineProbes).map((roof) => labStrings.env.limit(rooflineStrings.roof(roof.id, roof.threads), formatRate(roof.bandwidth), formatRate(roof.peak))).join('; ') || '–'],
    [labStrings.env.measured, `${formatCount(run.results.length)} ops, ${formatCount(run.roofline.length)} probes (${run.status})`],
  ];
}

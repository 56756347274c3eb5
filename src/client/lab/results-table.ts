// The results table: one row per op, layer and backend (and machine, when runs are compared).
import { formatCount, formatDiff, formatMs, formatPercent, formatRate, layerLabel, runLabels, type LabRun, type OpResult } from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';
import { table } from './dom';

const c = labStrings.columns;

function row(result: OpResult, machine: string | null): string[] {
  const { summary } = result;
  const cells = [
    labStrings.opNames[result.kind], layerLabel(result.layer), result.backend,
    formatMs(summary.median), formatMs(summary.p10), formatMs(summary.p90), formatMs(summary.min), formatPercent(summary.cv),
    String(summary.count), formatMs(result.firstRunMs),
    result.kernelMs === null ? labStrings.kernelNotMeasurable : formatMs(result.kernelMs),
    formatRate(result.gmacPerSecond), formatRate(result.gbPerSecond), formatRate(result.intensity),
    result.backend === 'cpu' ? labStrings.reference : result.maxAbsDiff === null ? labStrings.notCompared : formatDiff(result.maxAbsDiff),
  ];
  return machine === null ? cells : [...cells.slice(0, 3), machine, ...cells.slice(3)];
}

/** The results table of the runs on screen; a Machine column appears when there is more than one run. */
export function resultsTable(runs: readonly LabRun[]): HTMLTableElement {
  const several = runs.length > 1;
  const labels = runLabels(runs);
  const columns = [c.op, c.layer, c.backend, ...(several ? [c.machine] : []), c.median, c.p10, c.p90, c.min, c.cv, c.runs, c.first, c.kernel, c.gmacs, c.gbs, c.intensity, c.diff];
  const rows = runs.flatMap((run) => run.results.map((result) => row(result, several ? labels.get(run.id) ?? run.machine : null)));
  const node = table(labStrings.tableCaption, columns, rows, several ? 4 : 3);
  node.dataset.labResults = '';
  return node;
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
    [labStrings.env.isolation, env.crossOriginIsolated ? labStrings.env.isolated : labStrings.env.notIsolated],
    [labStrings.env.renderer, env.webglRenderer ?? labStrings.env.noRenderer],
    [labStrings.env.timer, env.timerResolutionMs === null ? '–' : `${formatMs(env.timerResolutionMs)} ms`],
    [labStrings.env.tfjs, env.tfjsVersion || '–'],
    [labStrings.env.backends, backends.join('; ')],
    [labStrings.env.settings, labStrings.env.settingsText(run.settings.warmups, run.settings.runs, run.settings.timeBudgetMs)],
    [labStrings.env.measured, `${formatCount(run.results.length)} ops, ${formatCount(run.roofline.length)} probes (${run.status})`],
  ];
}

// Where a run was measured, as the lab's environment list shows it: the browser, the backends with their flags,
// GPUs and loop cost, the machine's own limits, the settings. Loaded once a run is on screen, not with the page.
import { formatMs, formatRate, machineRoofs, type LabRun } from '../../lib/lab';
import { backendStrings } from '../../lib/strings/cells';
import { labStrings } from '../../lib/strings/lab';
import { rooflineStrings } from '../../lib/strings/roofline';

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
    [labStrings.env.measured, labStrings.env.measuredText(run.results.length, run.roofline.length, run.status)],
  ];
}

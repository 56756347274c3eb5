/**
 * For `npm run bench:probes` only (imported by the fixture page tests/fixtures/pages/probes-bench.astro):
 * `window.benchProbes()` runs the machine's roofline probes as the lab does (the `machine-probes` job, all
 * threads, the GPU included) and resolves with every result, or rejects with the first stage that failed.
 */
import type { MachineProbeResult } from '../../lib/lab';
import { startMachineProbes } from './machine-probes';

/** Installs `window.benchProbes` for the benchmark page. */
export function installProbeBenchHook(): void {
  (window as unknown as { benchProbes: () => Promise<MachineProbeResult[]> }).benchProbes = async () => {
    const failures: string[] = [];
    const run = startMachineProbes({ threads: navigator.hardwareConcurrency ?? 1, gpu: true }, { onStageFailed: (stage, message) => failures.push(`${stage}: ${message}`) });
    const end = await run.ended;
    if (end.stopped !== undefined || failures.length > 0) throw new Error(`Error in the probes: ${[end.stopped, ...failures].filter(Boolean).join('; ')}`);
    return end.results;
  };
}

/**
 * For `npm run bench:probes` only (imported by the fixture page tests/fixtures/pages/probes-bench.astro):
 * `window.benchProbes()` runs the machine's roofline probes in their worker and resolves with every result.
 */
import { ProbeRunEventSchema } from '../../lib/lab/probe-protocol';
import type { MachineProbeResult } from '../../lib/lab';

/** Installs `window.benchProbes` for the benchmark page. */
export function installProbeBenchHook(): void {
  (window as unknown as { benchProbes: () => Promise<MachineProbeResult[]> }).benchProbes = () => new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/probes.worker.ts', import.meta.url), { type: 'module', name: 'roofline probes' });
    const results: MachineProbeResult[] = [];
    const end = (error?: Error) => {
      worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    worker.onerror = (event) => end(new Error(`Error in the probes worker: ${event.message}`));
    worker.onmessage = (message: MessageEvent) => {
      const event = ProbeRunEventSchema.parse(message.data);
      if (event.type === 'result') results.push(event.result);
      else end(event.type === 'failed' ? new Error(event.message) : undefined);
    };
    worker.postMessage('run');
  });
}

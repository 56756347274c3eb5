// The machine's roofline probes in a worker of their own, so their 192 MiB of STREAM arrays go when it
// ends: any message starts a run; each result is posted as it exists, then `done` (or `failed`).
import type { ProbeRunEvent } from '../lib/lab/probe-protocol';
import { runMachineProbes } from './probes';

const post = (event: ProbeRunEvent) => self.postMessage(event);

self.onmessage = () => {
  runMachineProbes({ onResult: (result) => post({ type: 'result', result }) }).then(
    () => post({ type: 'done' }),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};

// The wasm SIMD peak on every thread: one probe worker per thread, each running the compute kernel
// for the same number of steps at once; the rate is all their FLOP over the wall time from the first
// request to the last reply, so a thread that had to wait for a core counts against the total.
import { computeFlop, probeResult, type MachineProbeResult } from '../../lib/lab';
import { ProbeThreadReplySchema, type ProbeThreadRequest } from '../../lib/lab/probe-protocol';
import { calibrateSteps } from './compute';
import { PEAK_CHAINS } from './wasm-kernels';

/** One probe thread as the coordinator sees it: send a request, get the parsed reply; `close` ends the thread. */
export interface ProbeThread {
  request: (request: ProbeThreadRequest) => Promise<unknown>;
  close: () => void;
}

/** Options for {@link measurePeakThreads}. */
export interface PeakThreadsOptions {
  /** Threads to run at once (`navigator.hardwareConcurrency` in a browser). */
  threads: number;
  /** Starts one probe thread (a Worker in a browser, an in-process stand-in in Node tests). */
  spawn: () => ProbeThread;
  relaxed: boolean;
  /** Ms each thread's call should last; default 100. */
  targetMs?: number;
  /** Timed rounds; default 5. */
  passes?: number;
  now?: () => number;
}

async function round(threads: ProbeThread[], request: ProbeThreadRequest): Promise<void> {
  const replies = await Promise.all(threads.map((thread) => thread.request(request)));
  for (const raw of replies) {
    const reply = ProbeThreadReplySchema.parse(raw);
    if (reply.type === 'failed') throw new Error(reply.message);
  }
}

/** The all-threads wasm SIMD peak in GFLOP/s: `threads` workers running the compute kernel together. */
export async function measurePeakThreads(options: PeakThreadsOptions): Promise<MachineProbeResult> {
  const { threads: count, relaxed, targetMs = 100, passes = 5, now = () => performance.now() } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`invalid threads: ${count}`);
  const steps = await calibrateSteps(relaxed, targetMs, now);
  const threads = Array.from({ length: count }, () => options.spawn());
  try {
    // Untimed rounds first: each thread compiles its kernel, passes the exact check and lets V8 tier it up.
    for (let warmup = 0; warmup < 3; warmup += 1) await round(threads, { type: 'madd', steps: Math.max(1, Math.floor(steps / 4)), relaxed });
    const passesMs: number[] = [];
    for (let pass = 0; pass < passes; pass += 1) {
      const start = now();
      await round(threads, { type: 'madd', steps, relaxed });
      passesMs.push(now() - start);
    }
    const flop = computeFlop({ chains: PEAK_CHAINS, steps });
    return probeResult({ probe: relaxed ? 'wasm-relaxed-madd' : 'wasm-madd', threads: count, size: flop, amount: count * flop, passesMs });
  } finally {
    for (const thread of threads) thread.close();
  }
}

/** A probe thread on a dedicated Worker (browser): one request at a time, replies in order. */
export function workerProbeThread(create: () => Worker): ProbeThread {
  const worker = create();
  return {
    request: (request) => new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(`invalid probe thread: ${event.message}`));
      worker.postMessage(request);
    }),
    close: () => worker.terminate(),
  };
}

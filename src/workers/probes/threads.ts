// The machine on every thread at once: one probe worker per thread, each running the same kernel at
// the same time — the wasm SIMD compute kernel, or a STREAM kernel over arrays of its own (together
// as large as the one-thread probe's, so the whole still dwarfs the last-level cache). A rate is all
// the threads' work over the wall time from the first request to the last reply, so a thread that had
// to wait for a core counts against the total. Aggregate bandwidth is what a multi-threaded op can
// draw from memory; one thread alone rarely saturates it.
import { computeFlop, probeResult, STREAM_ARRAY_FLOATS, streamBytes, type MachineProbeResult } from '../../lib/lab';
import { ProbeThreadReplySchema, type ProbeThreadRequest } from '../../lib/lab/probe-protocol';
import { calibrateSteps } from './compute';
import { CPU_MEMORY_PROBES } from './memory';
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

/** Sends `request` to every thread at once; resolves with each thread's checked value, or throws the first failure. */
async function round(threads: ProbeThread[], request: ProbeThreadRequest): Promise<number[]> {
  const replies = await Promise.all(threads.map((thread) => thread.request(request)));
  return replies.map((raw) => {
    const reply = ProbeThreadReplySchema.parse(raw);
    if (reply.type === 'failed') throw new Error(reply.message);
    return reply.value;
  });
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

/** Options for {@link measureBandwidthThreads}. */
export interface BandwidthThreadsOptions {
  threads: number;
  spawn: () => ProbeThread;
  /** Floats per array across all threads (each thread gets its share, a multiple of 16); default {@link STREAM_ARRAY_FLOATS}. */
  floats?: number;
  /** Ms each timed round should last (passes per request are chosen for it); default 40. */
  targetMs?: number;
  /** Timed rounds per probe; default 5. */
  rounds?: number;
  now?: () => number;
}

/** Most STREAM passes one request may ask for. */
const MAX_STREAM_PASSES = 32;

/**
 * Aggregate memory bandwidth: every thread runs STREAM copy, triad and the JS `set` copy over arrays of its own at
 * the same time; GB/s = all threads' bytes (read + write, as STREAM counts) over each round's wall time. `size` is
 * the bytes per array on each thread.
 */
export async function measureBandwidthThreads(options: BandwidthThreadsOptions): Promise<MachineProbeResult[]> {
  const { threads: count, targetMs = 40, rounds = 5, now = () => performance.now() } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`invalid threads: ${count}`);
  const perThread = Math.max(16, Math.floor((options.floats ?? STREAM_ARRAY_FLOATS) / count / 16) * 16);
  const threads = Array.from({ length: count }, () => options.spawn());
  const timed = async (request: ProbeThreadRequest) => {
    const start = now();
    const values = await round(threads, request);
    return { ms: now() - start, floats: Math.min(...values) };
  };
  try {
    const results: MachineProbeResult[] = [];
    for (const probe of CPU_MEMORY_PROBES) {
      // The first round allocates each thread's arrays and checks its kernel; the second sets the passes per round.
      await timed({ type: 'stream', probe, floats: perThread, passes: 1 });
      const one = await timed({ type: 'stream', probe, floats: perThread, passes: 1 });
      const passes = Math.min(MAX_STREAM_PASSES, Math.max(1, Math.ceil(targetMs / Math.max(one.ms, 1e-3))));
      const passesMs: number[] = [];
      let floats = one.floats;
      for (let index = 0; index < rounds; index += 1) {
        const measured = await timed({ type: 'stream', probe, floats: perThread, passes });
        floats = measured.floats;
        passesMs.push(measured.ms / passes);
      }
      results.push(probeResult({ probe, threads: count, size: floats * 4, amount: count * streamBytes(probe, floats), passesMs }));
    }
    return results;
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

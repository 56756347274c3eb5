// The wasm SIMD compute peak: independent f32x4 multiply-add chains, on one thread here and on every
// thread through probe workers (each runs the same kernel; the coordinator times them together).
import { calibrateReps, computeFlop, probeResult, type MachineProbeResult } from '../../lib/lab';
import type { ProbeThreadReply, ProbeThreadRequest } from '../../lib/lab/probe-protocol';
import { answerStream } from './memory';
import { PEAK_CHAINS, peakKernel, peakReference } from './wasm-kernels';

/** x ← x·m + c converges to c / (1 − m) = 1 from every start, so no value overflows or goes subnormal however long it runs. */
const M = 0.999;
const C = 0.001;
/** Steps of the exact check run before timing: short, so the JS reference is quick, long enough to exercise every chain. */
const CHECK_STEPS = 1000;
/** Most steps in one call (≈ 1 s at 100 GFLOP/s). */
const MAX_STEPS = 2 ** 27;

/** Options for {@link measurePeak}. */
export interface PeakOptions {
  /** Use relaxed SIMD's multiply-add (the caller checks {@link relaxedSimdSupported} first). */
  relaxed: boolean;
  /** Ms each timed call should last; default 50. */
  targetMs?: number;
  /** Timed calls; default 7. */
  passes?: number;
  now?: () => number;
}

/** Whether `got` is `want` to within 1e-6 relative (a double rounding in the JS reference of an FMA may differ by an ulp). */
const near = (got: number, want: number) => Math.abs(got - want) <= 1e-6 * Math.abs(want);

/**
 * Runs the kernel for `steps`, after checking a short run against the float32 JS reference: exactly for
 * multiply-then-add; for relaxed SIMD, which may fuse or not, against either the fused or the unfused reference.
 */
function checkedKernel(relaxed: boolean): (steps: number) => number {
  const kernel = peakKernel(relaxed);
  const got = kernel(CHECK_STEPS, M, C);
  const want = peakReference(CHECK_STEPS, M, C);
  const ok = relaxed ? near(got, want) || near(got, peakReference(CHECK_STEPS, M, C, true)) : got === want;
  if (!ok) throw new Error(`invalid probe: ${relaxed ? 'relaxed ' : ''}madd computed ${got}, expected ${want}`);
  return (steps) => kernel(steps, M, C);
}

/**
 * Steps per call so that one call of the (checked) kernel lasts about `targetMs` on this thread. Calibrates
 * twice and keeps the second: V8 first runs a wasm function in its baseline compiler and tiers it up after
 * a few calls, so the first calibration both warms the kernel up and would undercount its speed.
 */
export async function calibrateSteps(relaxed: boolean, targetMs: number, now: () => number = () => performance.now()): Promise<number> {
  const run = checkedKernel(relaxed);
  const timeCall = async (steps: number) => {
    const start = now();
    run(steps);
    return now() - start;
  };
  await calibrateReps(timeCall, { targetMs, maxReps: MAX_STEPS });
  return calibrateReps(timeCall, { targetMs, maxReps: MAX_STEPS });
}

/** The one-thread wasm SIMD peak in GFLOP/s (best and median of the timed calls). */
export async function measurePeak(options: PeakOptions): Promise<MachineProbeResult> {
  const { relaxed, targetMs = 50, passes = 7, now = () => performance.now() } = options;
  const steps = await calibrateSteps(relaxed, targetMs, now);
  const run = (count: number) => peakKernel(relaxed)(count, M, C);
  const passesMs: number[] = [];
  for (let pass = 0; pass < passes; pass += 1) {
    const start = now();
    run(steps);
    passesMs.push(now() - start);
  }
  const flop = computeFlop({ chains: PEAK_CHAINS, steps });
  return probeResult({ probe: relaxed ? 'wasm-relaxed-madd' : 'wasm-madd', threads: 1, size: flop, amount: flop, passesMs });
}

/** The kernels this thread has checked already. */
const checked = new Map<boolean, (steps: number) => number>();

/** Runs `steps` steps of the (once checked) compute kernel on this thread: its ms and its sum. */
function answerMadd(steps: number, relaxed: boolean, now: () => number): { ms: number; value: number } {
  const run = checked.get(relaxed) ?? checkedKernel(relaxed);
  checked.set(relaxed, run);
  const start = now();
  const value = run(steps);
  return { ms: now() - start, value };
}

/** A probe thread's answer to one request (the whole of what a probe worker does; called directly in tests). */
export function answerProbeRequest(request: ProbeThreadRequest, now: () => number = () => performance.now()): ProbeThreadReply {
  try {
    const done = request.type === 'madd' ? answerMadd(request.steps, request.relaxed, now) : answerStream(request, now);
    return { type: 'done', ...done };
  } catch (error) {
    return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

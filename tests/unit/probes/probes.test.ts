// The roofline probes run for real in Node (V8 has wasm SIMD): they must compute the right values and
// report sane units. Timing is never asserted; rates are only held to physical plausibility.
import { describe, expect, it } from 'vitest';
import { measureBandwidth } from '../../../src/workers/probes/memory';
import { answerProbeRequest, measurePeak } from '../../../src/workers/probes/compute';
import { measureBandwidthThreads, measurePeakThreads, type ProbeThread } from '../../../src/workers/probes/threads';
import { PEAK_CHAINS, peakKernel, peakReference, relaxedSimdSupported } from '../../../src/workers/probes/wasm-kernels';
import { runMachineProbes } from '../../../src/workers/probes';
import { computeFlop } from '../../../src/lib/lab';

/** A probe thread that answers in this process (no parallelism: it tests the coordination and the accounting). */
const inProcessThread = (): ProbeThread => ({ request: async (request) => answerProbeRequest(request), close: () => undefined });

describe('the wasm SIMD compute kernel', () => {
  it('computes exactly what float32 arithmetic gives for 12 chains of x ← x·0.999 + 0.001', () => {
    expect(peakKernel(false)(1000, 0.999, 0.001)).toBe(peakReference(1000, 0.999, 0.001));
    expect(peakKernel(false)(0, 0.999, 0.001)).toBe(4 * (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12) / 16);
  });

  it('detects relaxed SIMD (Node 22\'s V8 has it), whose multiply-add gives the fused or the unfused float32 result', () => {
    expect(relaxedSimdSupported()).toBe(true);
    const got = peakKernel(true)(1000, 0.999, 0.001);
    const candidates = [peakReference(1000, 0.999, 0.001), peakReference(1000, 0.999, 0.001, true)];
    expect(candidates.some((want) => Math.abs(got - want) <= 1e-6 * want)).toBe(true);
    // The two differ, so the check can tell a kernel that computed something else.
    expect(candidates[0]).not.toBe(candidates[1]);
  });

  it('measurePeak reports GFLOP/s for 12 × steps × 8 FLOP per call, between 0.1 and 10,000', async () => {
    const result = await measurePeak({ relaxed: false, targetMs: 5, passes: 3 });
    expect(result).toMatchObject({ probe: 'wasm-madd', threads: 1, passes: 3, unit: 'GFLOP/s' });
    expect(result.size % (PEAK_CHAINS * 8)).toBe(0);
    expect(result.best).toBeGreaterThanOrEqual(result.median);
    expect(result.median).toBeGreaterThan(0.1);
    expect(result.best).toBeLessThan(10_000);
  });
});

describe('the all-threads peak', () => {
  it('counts every thread\'s FLOP over the wall time of each round', async () => {
    const result = await measurePeakThreads({ threads: 2, spawn: inProcessThread, relaxed: false, targetMs: 5, passes: 2 });
    expect(result).toMatchObject({ probe: 'wasm-madd', threads: 2, passes: 2, unit: 'GFLOP/s' });
    expect(result.best).toBeGreaterThan(0.1);
  });

  it('passes on a thread\'s failure as an error', async () => {
    const failing = (): ProbeThread => ({ request: async () => ({ type: 'failed', message: 'invalid probe: broken' }), close: () => undefined });
    await expect(measurePeakThreads({ threads: 2, spawn: failing, relaxed: false, targetMs: 5 })).rejects.toThrow('invalid probe: broken');
  });

  it('rejects a reply that is not one', async () => {
    const garbled = (): ProbeThread => ({ request: async () => ({ type: 'done', ms: 'fast' }), close: () => undefined });
    await expect(measurePeakThreads({ threads: 1, spawn: garbled, relaxed: false, targetMs: 5 })).rejects.toThrow();
  });

  it('answers a probe request with its time and the checked sum', () => {
    const reply = answerProbeRequest({ type: 'madd', steps: 1000, relaxed: false });
    expect(reply).toMatchObject({ type: 'done', value: peakReference(1000, 0.999, 0.001) });
  });
});

describe('the memory probes', () => {
  it('copy, triad and set each check their output and report GB/s counting read + write bytes', () => {
    const floats = 1 << 18;
    const results = measureBandwidth({ floats, passes: 3 });
    expect(results.map((result) => result.probe)).toEqual(['wasm-copy', 'wasm-triad', 'js-set']);
    for (const result of results) {
      expect(result).toMatchObject({ threads: 1, size: floats * 4, passes: 3, unit: 'GB/s' });
      expect(result.median).toBeGreaterThan(0.1);
      expect(result.best).toBeLessThan(10_000);
    }
  });

  it('wasm SIMD copy and Float32Array.prototype.set in the same process land within 20× of each other', () => {
    const [copy, , set] = measureBandwidth({ floats: 1 << 20, passes: 5 });
    const ratio = (copy?.best ?? 0) / (set?.best ?? 1);
    expect(ratio).toBeGreaterThan(1 / 20);
    expect(ratio).toBeLessThan(20);
  });

  it('rejects an array size that is not a multiple of 16 floats', () => {
    expect(() => measureBandwidth({ floats: 1000 })).toThrow('invalid floats: 1000 (a positive multiple of 16)');
  });
});

describe('the all-threads memory probes (aggregate bandwidth)', () => {
  it('give each thread its share of the arrays and count every thread\'s read + write bytes over each round\'s wall time', async () => {
    const requests: unknown[] = [];
    const recording = (): ProbeThread => ({ request: async (request) => { requests.push(request); return answerProbeRequest(request); }, close: () => undefined });
    const floats = 1 << 16;
    const results = await measureBandwidthThreads({ threads: 2, spawn: recording, floats, rounds: 2, targetMs: 1 });
    expect(results.map((result) => result.probe)).toEqual(['wasm-copy', 'wasm-triad', 'js-set']);
    for (const result of results) {
      expect(result).toMatchObject({ threads: 2, size: (floats / 2) * 4, passes: 2, unit: 'GB/s' });
      expect(result.best).toBeGreaterThan(0.01);
    }
    // Every thread got half the floats; its first request of each probe is one pass (the arrays are allocated and the kernel checked).
    for (const probe of ['wasm-copy', 'wasm-triad', 'js-set']) {
      const first = requests.filter((request) => (request as { probe?: string }).probe === probe).slice(0, 2);
      expect(first).toEqual([{ type: 'stream', probe, floats: floats / 2, passes: 1 }, { type: 'stream', probe, floats: floats / 2, passes: 1 }]);
    }
  });

  it('a thread whose kernel wrote the wrong values fails the probe with its message', async () => {
    const failing = (): ProbeThread => ({ request: async () => ({ type: 'failed', message: 'invalid probe: wasm-copy wrote 0 at 1, expected 2' }), close: () => undefined });
    await expect(measureBandwidthThreads({ threads: 2, spawn: failing, floats: 1 << 10 })).rejects.toThrow('invalid probe: wasm-copy wrote 0 at 1, expected 2');
  });
});

describe('runMachineProbes', () => {
  it('runs memory and compute on one thread, then on every thread at once, and no GPU stage without WebGPU', async () => {
    const seen: string[] = [];
    const stages: string[] = [];
    const results = await runMachineProbes({
      threads: 2, spawnThread: inProcessThread, gpu: null, bandwidth: { floats: 1 << 16, passes: 2 },
      onStage: (stage) => stages.push(stage),
      onResult: (result) => seen.push(`${result.probe}/${result.threads}`),
    });
    expect(stages).toEqual(['memory', 'compute', 'memory-threads', 'compute-threads']);
    expect(seen).toEqual([
      'wasm-copy/1', 'wasm-triad/1', 'js-set/1', 'wasm-madd/1', 'wasm-relaxed-madd/1',
      'wasm-copy/2', 'wasm-triad/2', 'js-set/2', 'wasm-madd/2', 'wasm-relaxed-madd/2',
    ]);
    expect(results).toHaveLength(seen.length);
    expect(results.find((result) => result.probe === 'wasm-madd' && result.threads === 1)?.size).toBe(computeFlop({ chains: PEAK_CHAINS, steps: (results[3]?.size ?? 0) / (PEAK_CHAINS * 8) }));
  }, 120_000);
});

describe('runMachineProbes when a stage fails', () => {
  it('reports the stage and its message and runs the others; without a failure handler the error ends the run', async () => {
    const broken = (): ProbeThread => ({ request: async () => ({ type: 'failed', message: 'no threads here' }), close: () => undefined });
    const failed: string[] = [];
    const results = await runMachineProbes({
      threads: 2, spawnThread: broken, gpu: null, bandwidth: { floats: 1 << 12, passes: 1 },
      onStageFailed: (stage, message) => failed.push(`${stage}: ${message}`),
    });
    expect(failed).toEqual(['memory-threads: no threads here', 'compute-threads: no threads here']);
    expect(results.every((result) => result.threads === 1)).toBe(true);
    await expect(runMachineProbes({ threads: 2, spawnThread: broken, gpu: null, bandwidth: { floats: 1 << 12, passes: 1 } })).rejects.toThrow('no threads here');
  }, 120_000);
});

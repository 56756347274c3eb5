import { describe, expect, it } from 'vitest';
import {
  computeFlop, gigaPerSecond, machineRoofs, placeOp, probeResult, roofFor, streamBytes, type MachineProbeResult,
} from '../../../src/lib/lab';
import { rooflineStrings } from '../../../src/lib/strings';

const result = (probe: MachineProbeResult['probe'], threads: number, best: number): MachineProbeResult => ({
  probe, threads, size: 1, passes: 1, best, median: best, unit: probe.endsWith('madd') ? 'GFLOP/s' : 'GB/s',
});

describe('machine probe accounting', () => {
  it('streamBytes counts read + write as STREAM does: copy 8 bytes per float, triad 12', () => {
    expect(streamBytes('wasm-copy', 1000)).toBe(8000);
    expect(streamBytes('js-set', 1000)).toBe(8000);
    expect(streamBytes('wasm-triad', 1000)).toBe(12_000);
  });

  it('computeFlop({chains: 12, steps: 1000}) is 12 × 1000 × 4 lanes × 2 = 96,000', () => {
    expect(computeFlop({ chains: 12, steps: 1000 })).toBe(96_000);
    expect(computeFlop({ chains: 8, steps: 10, invocations: 256 })).toBe(8 * 10 * 4 * 2 * 256);
  });

  it('rejects a fractional step count and an empty array', () => {
    expect(() => computeFlop({ chains: 12, steps: 1.5 })).toThrow('invalid steps: 1.5');
    expect(() => streamBytes('wasm-copy', 0)).toThrow('invalid floats: 0');
  });

  it('gigaPerSecond(8e9 bytes, 1000 ms) is 8 GB/s', () => {
    expect(gigaPerSecond(8e9, 1000)).toBe(8);
    expect(() => gigaPerSecond(1, 0)).toThrow('invalid ms: 0');
  });

  it('probeResult keeps the fastest pass as `best` (STREAM\'s convention) beside the median', () => {
    const copy = probeResult({ probe: 'wasm-copy', threads: 1, size: 64, amount: 1e9, passesMs: [100, 50, 200] });
    expect(copy).toEqual({ probe: 'wasm-copy', threads: 1, size: 64, passes: 3, best: 20, median: 10, unit: 'GB/s' });
    expect(probeResult({ probe: 'wasm-madd', threads: 2, size: 1, amount: 1e9, passesMs: [10] }).unit).toBe('GFLOP/s');
    expect(() => probeResult({ probe: 'wasm-madd', threads: 1, size: 1, amount: 1, passesMs: [] })).toThrow('invalid passesMs: no timed pass of wasm-madd');
    expect(() => probeResult({ probe: 'webgpu-copy', threads: 0, size: 1, amount: 1, passesMs: [3, 0] }))
      .toThrow("invalid passesMs: pass 1 of webgpu-copy took 0 ms (shorter than the clock's step)");
  });
});

describe('machineRoofs', () => {
  const probes = [
    result('wasm-copy', 1, 14), result('wasm-triad', 1, 16), result('js-set', 1, 22),
    result('wasm-madd', 1, 40), result('wasm-relaxed-madd', 1, 44), result('wasm-madd', 2, 80),
    result('webgpu-copy', 0, 300), result('webgpu-madd', 0, 9000),
  ];

  it('takes the best bandwidth and the best compute rate of each part of the machine, naming the probe and its threads', () => {
    expect(machineRoofs([...probes, result('wasm-triad', 2, 30)])).toEqual([
      { id: 'cpu-one-thread', threads: 1, bandwidth: 22, peak: 44, bandwidthProbe: { probe: 'js-set', threads: 1 }, peakProbe: { probe: 'wasm-relaxed-madd', threads: 1 } },
      { id: 'cpu-all-threads', threads: 2, bandwidth: 30, peak: 80, bandwidthProbe: { probe: 'wasm-triad', threads: 2 }, peakProbe: { probe: 'wasm-madd', threads: 2 } },
      { id: 'gpu', threads: 0, bandwidth: 300, peak: 9000, bandwidthProbe: { probe: 'webgpu-copy', threads: 0 }, peakProbe: { probe: 'webgpu-madd', threads: 0 } },
    ]);
  });

  it('the all-threads roof is never below one thread\'s: a busy machine\'s all-threads figure gives way to the one-thread one, which says so', () => {
    const roofs = machineRoofs([...probes, result('js-set', 2, 12), result('wasm-relaxed-madd', 2, 30)]);
    const all = roofs.find((roof) => roof.id === 'cpu-all-threads');
    expect(all).toMatchObject({ threads: 2, bandwidth: 22, bandwidthProbe: { probe: 'js-set', threads: 1 }, peak: 80 });
  });

  it('has no all-threads roof when nothing ran on every thread', () => {
    expect(machineRoofs(probes.filter((probe) => probe.threads !== 2)).map((roof) => roof.id)).toEqual(['cpu-one-thread', 'gpu']);
  });

  it('has no GPU roof without a WebGPU compute probe', () => {
    expect(machineRoofs(probes.filter((probe) => probe.probe !== 'webgpu-madd')).map((roof) => roof.id)).toEqual(['cpu-one-thread', 'cpu-all-threads']);
  });

  it('holds webgl and webgpu against the GPU roof, threaded wasm against all threads, cpu and plain wasm against one', () => {
    const roofs = machineRoofs(probes);
    expect(roofFor(roofs, 'webgl', false)?.id).toBe('gpu');
    expect(roofFor(roofs, 'webgpu', false)?.id).toBe('gpu');
    expect(roofFor(roofs, 'wasm', true)?.id).toBe('cpu-all-threads');
    expect(roofFor(roofs, 'wasm', false)?.id).toBe('cpu-one-thread');
    expect(roofFor(roofs, 'cpu', true)?.id).toBe('cpu-one-thread');
  });
});

describe('placeOp', () => {
  const roof = { bandwidth: 20, peak: 40 };

  it('a depthwise op at 0.5 FLOP/B reaching 1 GFLOP/s is memory-bound, 10× under a 10 GFLOP/s roof', () => {
    expect(placeOp({ intensity: 0.5, gflops: 1 }, roof)).toEqual({ bound: 'memory', attainable: 10, fraction: 0.1, headroom: 10 });
  });

  it('a pointwise op at 30 FLOP/B is compute-bound under the 40 GFLOP/s peak', () => {
    expect(placeOp({ intensity: 30, gflops: 20 }, roof)).toEqual({ bound: 'compute', attainable: 40, fraction: 0.5, headroom: 2 });
  });

  it('rejects an op that did no work', () => {
    expect(() => placeOp({ intensity: 0.5, gflops: 0 }, roof)).toThrow('invalid gflops: 0');
  });

  it('says in plain words how far the op sits from the machine\'s limit', () => {
    const placement = placeOp({ intensity: 0.5, gflops: 1 }, roof);
    expect(rooflineStrings.placement({ intensity: 0.5, gflops: 1, roof: rooflineStrings.roof('cpu-one-thread', 1), placement }))
      .toBe('At 0.5 FLOP per byte the limit is memory bandwidth: the wasm SIMD peak, one thread allows 10 GFLOP/s there. It reaches 1 GFLOP/s, 10 % of that: 10× under the machine’s limit.');
    const near = placeOp({ intensity: 30, gflops: 38 }, roof);
    expect(rooflineStrings.placement({ intensity: 30, gflops: 38, roof: rooflineStrings.roof('cpu-all-threads', 4), placement: near }))
      .toBe('At 30 FLOP per byte the limit is compute: the wasm SIMD peak, 4 threads allows 40 GFLOP/s there. It reaches 38 GFLOP/s, 95 % of that: at the machine’s limit.');
  });
});

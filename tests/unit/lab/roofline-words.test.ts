// The roofline in plain words: every op's distance from the machine's limit and from what TF.js reaches, and the
// notes a reader needs (a run without the machine's probes, ops small enough to stay in cache).
import { describe, expect, it } from 'vitest';
import { rooflineWords } from '../../../src/lib/lab/roofline-words';
import { runRoofline } from '../../../src/lib/lab';
import { makeRun } from './make-run';

describe('rooflineWords', () => {
  const run = makeRun({ backends: ['wasm'] });
  const words = rooflineWords(run);

  it('says first that every Quick op is small enough for the cache, then one sentence per op', () => {
    expect(words).toHaveLength(1 + run.results.length);
    expect(words[0]).toMatch(/^Every op here moves less than 8 MiB per run, little enough to stay in the processor’s cache between runs\./);
  });

  it('places the depthwise op of the first Quick layer under one thread\'s roof, with its share of what TF.js reaches', () => {
    const index = run.results.findIndex((result) => result.kind === 'depthwise');
    const op = runRoofline(run).ops[index]!;
    expect(op.machine?.placement.bound).toBe('memory');
    // The fixture: one thread moves 20 GB/s and peaks at 60 GFLOP/s (ridge 3 FLOP/B); TF.js reaches 3.1 GB/s and 2.1 GFLOP/s on wasm.
    expect(words[1 + index]).toBe('depthwise conv2d · 32×32×16 → 32, 3×3, stride 1 on wasm: At 2.24 FLOP per byte the limit is memory bandwidth: '
      + 'the wasm SIMD peak, one thread allows 44.8 GFLOP/s there. It reaches 0.147 GFLOP/s, 0.3 % of that: 304× under the machine’s limit. '
      + 'TF.js’s own add and matMul reach 2.1 GFLOP/s at that intensity; the op reaches 7 % of that.');
  });

  it('says when the machine was not probed, and holds each op against TF.js alone', () => {
    const unprobed = rooflineWords(makeRun({ backends: ['wasm'], machineProbes: null }));
    expect(unprobed[0]).toMatch(/^This run did not measure the machine’s own limits/);
    expect(unprobed.slice(1).every((line) => line.includes('no roof of this machine was measured for wasm.'))).toBe(true);
  });

  it('an op above the machine\'s roof is said to be above it, with the reasons that can put it there', () => {
    const fast = makeRun({ backends: ['wasm'], msFor: () => 0.0001 });
    expect(rooflineWords(fast).slice(1).every((line) => line.includes('above the measured roof, which happens when its data stays in cache'))).toBe(true);
  });

  it('has nothing to say about a run without ops', () => {
    expect(rooflineWords({ ...run, results: [] })).toEqual([]);
  });
});

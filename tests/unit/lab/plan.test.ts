import { describe, expect, it } from 'vitest';
import {
  customPreset, estimateRemainingMs, itemLabel, KERNEL_RUNS_PER_REGION, labStringsForTest, planRun, predictItemMs, PRESETS,
  type LayerShape,
} from './imports';

const custom: LayerShape = { batch: 1, inHeight: 20, inWidth: 30, inChannels: 8, outChannels: 16, filterSize: 5, chMul: 2, stride: 2, pad: 'valid' };

describe('run plan', () => {
  it('measures cpu first (the correctness reference), each backend’s ops then its two probes', () => {
    const plan = planRun(PRESETS.quick, ['wasm', 'cpu']);
    expect(plan.backends).toEqual(['cpu', 'wasm']);
    expect(plan.ops).toHaveLength(PRESETS.quick.layers.length * 5);
    expect(plan.items).toHaveLength(2 * (plan.ops.length + 2));
    expect(plan.items.slice(0, plan.ops.length).every((item) => item.backend === 'cpu' && item.target.type === 'op')).toBe(true);
    expect(plan.items[plan.ops.length]?.target).toEqual({ type: 'probe', probe: PRESETS.quick.settings.probes[0] });
  });

  it('refuses an empty or unknown backend list by name', () => {
    expect(() => planRun(PRESETS.quick, [])).toThrow('invalid backends: none selected');
    expect(() => planRun(PRESETS.quick, ['tpu' as never])).toThrow('invalid backend: tpu');
  });

  it('labels items for the progress bar', () => {
    const plan = planRun(PRESETS.quick, ['wasm']);
    const names = { ops: labStringsForTest.opNames, probes: labStringsForTest.probeNames };
    expect(itemLabel(plan.items[1] as never, names)).toBe('wasm · depthwise conv2d · 32×32×16 → 32, 3×3, stride 1');
    expect(itemLabel(plan.items[plan.ops.length + 1] as never, names)).toBe('wasm · compute peak (matMul)');
  });

  it('custom sizes are checked against the limits, naming the bad input', () => {
    expect(customPreset(custom).layers).toEqual([custom]);
    expect(() => customPreset({ ...custom, filterSize: 4 })).toThrow('invalid filterSize: 4 (one of 1, 3, 5, 7)');
    expect(() => customPreset({ ...custom, inHeight: 0 })).toThrow('invalid inHeight: 0');
    expect(() => customPreset({ ...custom, outChannels: 5000 })).toThrow('invalid outChannels: 5000 (at most 2048)');
    expect(() => customPreset({ ...custom, inHeight: 3, pad: 'valid' })).toThrow(/invalid filterSize: 5/);
    expect(() => customPreset(custom, { warmups: 2 })).toThrow('invalid warmups: 2 (at least 3)');
  });

  it('every preset measures at least 3 warmups and a modest Quick budget', () => {
    for (const preset of Object.values(PRESETS)) expect(preset.settings.warmups).toBeGreaterThanOrEqual(3);
    const quick = PRESETS.quick.settings;
    expect(quick.timeBudgetMs * planRun(PRESETS.quick, ['cpu', 'wasm']).items.length).toBeLessThan(15_000);
  });
});

describe('ETA', () => {
  const settings = { ...PRESETS.quick.settings, warmups: 3, runs: 10, minRuns: 5, timeBudgetMs: 100, minRegionMs: 2 };

  it('an item of 1 ms runs: first + warmups, then 10 timed regions of 2 ms, each followed by one kernel timing', () => {
    expect(predictItemMs(1, settings)).toBe(1 * (1 + 3 + 10 * KERNEL_RUNS_PER_REGION) + 10 * 2);
  });

  it('a slow item stops at the budget but still takes minRuns timed runs (and their kernel timings)', () => {
    expect(predictItemMs(50, settings)).toBe(50 * (4 + 5 * KERNEL_RUNS_PER_REGION) + 5 * 50);
  });

  it('scales remaining items by ms per MAC of the same kind and backend', () => {
    const plan = planRun(PRESETS.quick, ['cpu']);
    const [first, ...rest] = plan.items;
    if (!first) throw new Error('empty plan');
    expect(estimateRemainingMs([], rest, settings)).toBeNull();
    const done = [{ item: first, medianMs: 4 }];
    const same = rest.find((item) => item.target.type === 'op' && item.target.op.kind === 'standard');
    if (!same) throw new Error('no second standard op');
    const expected = predictItemMs((4 / first.work) * same.work, settings);
    expect(estimateRemainingMs(done, [same], settings)).toBeCloseTo(expected, 9);
    expect(estimateRemainingMs(done, rest, settings)).toBeGreaterThan(0);
  });
});

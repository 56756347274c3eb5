import { describe, expect, it } from 'vitest';
import { addToHistory, attainable, comparisonRows, macRatio, mergeRuns, rooflines, runLabels, runRoofline, speedups, PRESETS } from './imports';
import { makeRun } from './make-run';

describe('speed-up against the MAC ratio', () => {
  it('is standard median / separable median, per layer and backend', () => {
    const run = makeRun({ msFor: (_backend, kind) => ({ standard: 10, separable: 4, separableFused: 5 } as Record<string, number>)[kind] ?? 1 });
    const points = speedups(run);
    expect(points).toHaveLength(2 * PRESETS.quick.layers.length);
    for (const point of points) {
      expect(point.speedup).toBeCloseTo(2.5, 12);
      expect(point.fusedSpeedup).toBeCloseTo(2, 12);
    }
    expect(points[0]?.macRatio).toBeCloseTo(macRatio(PRESETS.quick.layers[0] as never), 12);
  });
});

describe('roofline', () => {
  it('attainable is min(peak, bandwidth × intensity), with the ridge at peak / bandwidth', () => {
    const [roof] = rooflines(makeRun({ backends: ['wasm'] }));
    expect(roof).toEqual({ backend: 'wasm', bandwidth: 3.1, peak: 2.1, ridge: 2.1 / 3.1 });
    if (!roof) throw new Error('no roof');
    expect(attainable(roof, 0.1)).toBeCloseTo(0.31, 12);
    expect(attainable(roof, 100)).toBe(2.1);
  });

  it('places each op at its intensity with GFLOP/s = 2 × GMAC/s, against the machine\'s roof and what TF.js reaches on its backend', () => {
    const run = makeRun({ backends: ['cpu'] });
    const { ops, machine, tfjs } = runRoofline(run);
    expect(machine.map((roof) => roof.id)).toEqual(['cpu-one-thread', 'cpu-all-threads']);
    expect(tfjs.map((roof) => roof.backend)).toEqual(['cpu']);
    expect(ops).toHaveLength(run.results.length);
    ops.forEach((op, index) => {
      const result = run.results[index]!;
      expect(op.intensity).toBe(result.intensity);
      expect(op.gflops).toBeCloseTo(2 * result.gmacPerSecond, 12);
      expect(op.machine?.roof.id).toBe('cpu-one-thread');
      expect(op.machine?.placement.fraction).toBeCloseTo(op.gflops / Math.min(60, 20 * op.intensity), 12);
      expect(op.tfjs?.placement.fraction).toBeCloseTo(op.gflops / attainable(tfjs[0]!, op.intensity), 12);
    });
  });

  it('holds threaded wasm against every thread\'s roof and single-threaded wasm against one thread\'s', () => {
    const run = makeRun({ backends: ['wasm'] });
    expect(runRoofline(run).ops.every((op) => op.machine?.roof.id === 'cpu-one-thread')).toBe(true);
    run.backends[0]!.flags = { threads: true };
    expect(runRoofline(run).ops.every((op) => op.machine?.roof.id === 'cpu-all-threads' && op.machine.roof.bandwidth === 30)).toBe(true);
  });

  it('a run whose machine was not probed places its ops against TF.js\'s roofs only', () => {
    const { ops, machine } = runRoofline(makeRun({ machineProbes: null }));
    expect(machine).toEqual([]);
    expect(ops.every((op) => op.machine === null && op.tfjs !== null)).toBe(true);
  });

  it('uses the best probe of each kind when several sizes were measured', () => {
    const run = makeRun({ backends: ['wasm'] });
    const extra = [
      { ...run.roofline[0], size: 1 << 22, value: 1.5 },
      { ...run.roofline[1], size: 512, value: 6.5 },
    ] as typeof run.roofline;
    expect(rooflines({ ...run, roofline: [...run.roofline, ...extra] })).toEqual([{ backend: 'wasm', bandwidth: 3.1, peak: 6.5, ridge: 6.5 / 3.1 }]);
  });

  it('has no roof for a backend whose probes are missing', () => {
    const run = { ...makeRun(), roofline: [] };
    expect(rooflines(run)).toEqual([]);
    expect(runRoofline(run).ops.every((op) => op.tfjs === null)).toBe(true);
  });
});

describe('pooling runs', () => {
  it('merging keeps order and drops a run already present by id', () => {
    const a = makeRun({ id: 'a' });
    const b = makeRun({ id: 'b' });
    expect(mergeRuns([a], [b, a]).map((run) => run.id)).toEqual(['a', 'b']);
  });

  it('history is newest first, replaces a run with the same id and keeps at most the limit', () => {
    let history = [makeRun({ id: 'old' })];
    history = addToHistory(history, makeRun({ id: 'new' }));
    expect(history.map((run) => run.id)).toEqual(['new', 'old']);
    history = addToHistory(history, makeRun({ id: 'old', machine: 'renamed' }));
    expect(history.map((run) => run.id)).toEqual(['old', 'new']);
    expect(history[0]?.machine).toBe('renamed');
    expect(addToHistory(history, makeRun({ id: 'x' }), 2).map((run) => run.id)).toEqual(['x', 'old']);
  });

  it('labels machines distinctly, adding the date when two runs share a name', () => {
    const runs = [makeRun({ id: 'a', machine: 'Laptop' }), { ...makeRun({ id: 'b', machine: 'Laptop' }), createdAt: '2026-11-26T08:30:00.000Z' }, makeRun({ id: 'c', machine: 'Desk' })];
    expect([...runLabels(runs).values()]).toEqual(['Laptop (2026-11-25 21:00)', 'Laptop (2026-11-26 08:30)', 'Desk']);
    const twins = [makeRun({ id: 'a', machine: 'Lab' }), makeRun({ id: 'b', machine: 'Lab' })];
    expect([...runLabels(twins).values()]).toEqual(['Lab (2026-11-25 21:00)', 'Lab #2']);
  });

  it('comparison rows carry one median per machine, op and backend', () => {
    const rows = comparisonRows([makeRun({ id: 'a', machine: 'A' }), makeRun({ id: 'b', machine: 'B', backends: ['wasm'] })]);
    expect(rows.filter((row) => row.machine === 'A')).toHaveLength(20);
    expect(rows.filter((row) => row.machine === 'B')).toHaveLength(10);
    expect(rows[0]).toMatchObject({ machine: 'A', backend: 'cpu', kind: 'standard', medianMs: 20 });
  });
});

import { describe, expect, it } from 'vitest';
import {
  calibrateReps, loopOverhead, MAX_REGION_REPS, overheadPerRun, regionMs, sampleRegions, timerStep, type RegionTimer,
} from '../../../src/lib/lab';

/** A fake machine: a true time in ms, a clock that reads it in steps (0.1 ms like Chromium without isolation), and an op of known cost. */
function fakeMachine(options: { stepMs: number; opMs: number; perRunMs?: number; perRegionMs?: number }) {
  let trueMs = 0;
  const now = () => Math.floor(trueMs / options.stepMs) * options.stepMs;
  const regions: number[] = [];
  const timeRegion: RegionTimer = async (reps) => {
    regions.push(reps);
    const start = now();
    trueMs += reps * (options.opMs + (options.perRunMs ?? 0)) + (options.perRegionMs ?? 0);
    return now() - start;
  };
  return { now, timeRegion, regions, advance: (ms: number) => (trueMs += ms) };
}

describe('regionMs', () => {
  it('regionMs({minRegionMs: 2, timerStepMs: 0.1}) is 5: fifty steps of a 0.1 ms clock', () => {
    expect(regionMs({ minRegionMs: 2, timerStepMs: 0.1 })).toBeCloseTo(5, 12);
  });

  it('regionMs({minRegionMs: 2, timerStepMs: 0.005}) is the preset\'s 2 ms when the clock is fine (cross-origin isolated)', () => {
    expect(regionMs({ minRegionMs: 2, timerStepMs: 0.005 })).toBe(2);
  });

  it('regionMs({…, fixedMs: 0.6}) is 12: a 0.6 ms read at the end of each region stays under 5 %', () => {
    expect(regionMs({ minRegionMs: 2, timerStepMs: 0.1, fixedMs: 0.6 })).toBeCloseTo(12, 12);
  });

  it('rejects a non-positive region and a negative fixed cost', () => {
    expect(() => regionMs({ minRegionMs: 0, timerStepMs: 0.1 })).toThrow('invalid minRegionMs: 0');
    expect(() => regionMs({ minRegionMs: 2, timerStepMs: 0.1, fixedMs: -1 })).toThrow('invalid fixedMs: -1');
  });
});

describe('timerStep', () => {
  it('finds the step of a clock that moves 0.01 ms per read but shows 0.1 ms steps', () => {
    let trueMs = 0.05;
    const now = () => {
      trueMs += 0.01;
      return Math.floor(trueMs / 0.1) * 0.1;
    };
    expect(timerStep(now)).toBeCloseTo(0.1, 9);
  });
});

describe('calibrateReps', () => {
  it('fills a 5 ms region with a 0.040 ms op on a 0.1 ms clock: 125 runs, within one step', async () => {
    const machine = fakeMachine({ stepMs: 0.1, opMs: 0.04 });
    const reps = await calibrateReps(machine.timeRegion, { targetMs: 5 });
    expect(Math.abs(reps * 0.04 - 5)).toBeLessThanOrEqual(0.2);
    // It grew by ×4 from one run while the clock could not yet tell the region apart from zero.
    expect(machine.regions.slice(0, 3)).toEqual([1, 4, 16]);
  });

  it('takes a region\'s fixed cost off each trial, so a 1 ms read does not shrink the region of a 0.6 ms op', async () => {
    const machine = fakeMachine({ stepMs: 0.005, opMs: 0.6, perRegionMs: 1 });
    const reps = await calibrateReps(machine.timeRegion, { targetMs: 12, fixedMs: 1 });
    expect(reps).toBe(20);
    // Without it, the first trial (1.6 ms for one run) would have been read as the op's own time: 8 runs.
    expect(await calibrateReps(fakeMachine({ stepMs: 0.005, opMs: 0.6, perRegionMs: 1 }).timeRegion, { targetMs: 12 })).toBe(8);
  });

  it('times the deciding trial twice and keeps the faster, so one pause does not shrink every region', async () => {
    const machine = fakeMachine({ stepMs: 0.005, opMs: 0.5 });
    let trials = 0;
    const paused: RegionTimer = async (reps) => {
      trials += 1;
      // The first trial is hit by a 9.5 ms pause (a garbage collection, another process).
      return (await machine.timeRegion(reps)) + (trials === 1 ? 9.5 : 0);
    };
    expect(await calibrateReps(paused, { targetMs: 2 })).toBe(4);
    expect(trials).toBe(2);
  });

  it('takes one run per region for an op longer than the region', async () => {
    const machine = fakeMachine({ stepMs: 0.1, opMs: 12 });
    expect(await calibrateReps(machine.timeRegion, { targetMs: 5 })).toBe(1);
  });

  it('stops at the cap for an op the clock never sees', async () => {
    const machine = fakeMachine({ stepMs: 0.1, opMs: 0 });
    expect(await calibrateReps(machine.timeRegion, { targetMs: 5 })).toBe(MAX_REGION_REPS);
    expect(machine.regions.at(-1)).toBe(MAX_REGION_REPS);
  });

  it('never exceeds the cap it is given', async () => {
    const machine = fakeMachine({ stepMs: 0.005, opMs: 0.001 });
    expect(await calibrateReps(machine.timeRegion, { targetMs: 5, maxReps: 100 })).toBe(100);
  });
});

describe('sampleRegions', () => {
  it('takes `runs` regions when the budget allows, each the per-run ms of its region', async () => {
    const machine = fakeMachine({ stepMs: 0.005, opMs: 0.04 });
    const samples = await sampleRegions({ now: machine.now, settings: { runs: 8, minRuns: 3, timeBudgetMs: 1000 }, reps: 125, timeRegion: machine.timeRegion });
    expect(samples).toHaveLength(8);
    for (const sample of samples) expect(sample).toBeCloseTo(0.04, 4);
  });

  it('stops after `minRuns` once the budget is spent, counting the work done between regions', async () => {
    const machine = fakeMachine({ stepMs: 0.1, opMs: 10 });
    const between: number[] = [];
    const samples = await sampleRegions({
      now: machine.now, settings: { runs: 30, minRuns: 3, timeBudgetMs: 25 }, reps: 1, timeRegion: machine.timeRegion,
      afterRegion: async (index) => {
        between.push(index);
        machine.advance(5);
      },
    });
    expect(samples).toHaveLength(3);
    expect(between).toEqual([0, 1, 2]);
  });
});

describe('loopOverhead', () => {
  it('separates a 0.002 ms per-run cost from a 0.3 ms per-region read', () => {
    const few = { reps: 1, regionsMs: [0.302, 0.31, 0.302] };
    const many = { reps: 32, regionsMs: [0.364, 0.364, 0.5] };
    const overhead = loopOverhead(few, many);
    expect(overhead.perRunMs).toBeCloseTo(0.002, 9);
    expect(overhead.perRegionMs).toBeCloseTo(0.3, 9);
  });

  it('reads a negative intercept from noise as 0', () => {
    expect(loopOverhead({ reps: 1, regionsMs: [0.01] }, { reps: 11, regionsMs: [0.2] }).perRegionMs).toBe(0);
  });

  it('rejects two sets with the same number of runs', () => {
    expect(() => loopOverhead({ reps: 4, regionsMs: [1] }, { reps: 4, regionsMs: [1] })).toThrow('invalid reps: 4 must exceed 4');
  });

  it('overheadPerRun spreads the region cost over the runs of a region: 0.002 + 0.3 / 125 ms', () => {
    expect(overheadPerRun({ perRunMs: 0.002, perRegionMs: 0.3 }, 125)).toBeCloseTo(0.0044, 12);
  });
});

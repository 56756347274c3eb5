import { describe, expect, it } from 'vitest';
import { addToRunHistory, HISTORY_LIMIT, readRunHistory, removeFromRunHistory, runId, runSeed } from '../../../src/lib/train/run-history';
import { makeResults, makeRun } from './make-results';

const at = (minute: number, seed = minute) => makeResults([makeRun('quick', 'standard', seed, 0.9)], { createdAt: `2026-12-07T10:${String(minute).padStart(2, '0')}:00.000Z` });

describe('the run history', () => {
  it('keeps the newest run first and every earlier run, each with its seed', () => {
    const history = addToRunHistory(addToRunHistory([], at(1, 111_111)), at(2, 222_222));
    expect(history.map(runSeed)).toEqual([222_222, 111_111]);
  });
  it('a run kept again (same start time) replaces its earlier copy instead of appearing twice', () => {
    const history = addToRunHistory(addToRunHistory([at(1)], at(2)), { ...at(1), device: 'again' });
    expect(history.map(runId)).toEqual(['2026-12-07T10:01:00.000Z', '2026-12-07T10:02:00.000Z']);
    expect(history[0]!.device).toBe('again');
  });
  it(`keeps at most ${HISTORY_LIMIT} runs, forgetting the oldest`, () => {
    let history = [at(0)];
    for (let minute = 1; minute <= HISTORY_LIMIT; minute += 1) history = addToRunHistory(history, at(minute));
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history.at(-1)!.createdAt).toBe('2026-12-07T10:01:00.000Z');
  });
  it('removes one run by its identity', () => {
    expect(removeFromRunHistory([at(2), at(1)], runId(at(2))).map(runId)).toEqual([runId(at(1))]);
  });
  it('reads what was stored through the results schema, setting aside what does not read', () => {
    const stored = JSON.parse(JSON.stringify([at(2), { format: 2, runs: 'nonsense' }, at(1), 'text', makeResults([])]));
    const { runs, unreadable } = readRunHistory(stored);
    expect(runs.map(runId)).toEqual([runId(at(2)), runId(at(1))]);
    expect(unreadable).toBe(3);
    expect(readRunHistory(null)).toEqual({ runs: [], unreadable: 0 });
    expect(readRunHistory({ format: 1 })).toEqual({ runs: [], unreadable: 1 });
  });
});

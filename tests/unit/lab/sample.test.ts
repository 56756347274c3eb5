import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { opCost, opsForLayer, summarize, toCsv, PRESETS } from '../../../src/lib/lab';
import { parseResults } from '../../../src/lib/lab/results-format';

const text = readFileSync(new URL('../../../docs/lab-results-sample.json', import.meta.url), 'utf8');

describe('the sample results file in docs/ (a real headless run)', () => {
  const outcome = parseResults(text);

  it('is accepted by the reader', () => {
    expect(outcome).toMatchObject({ ok: true });
  });

  it('has a row per op and backend, whose numbers follow from its own samples and the cost model', () => {
    if (!outcome.ok) throw new Error(outcome.error);
    const { run } = outcome;
    const ops = PRESETS[run.preset as 'quick'].layers.flatMap(opsForLayer);
    expect(run.results).toHaveLength(ops.length * run.backends.filter((backend) => backend.available).length);
    for (const result of run.results) {
      const op = ops.find((candidate) => candidate.id === result.opId);
      if (!op) throw new Error(`unknown op ${result.opId}`);
      expect(result).toMatchObject(opCost(op));
      const summary = summarize(result.samplesMs);
      expect(result.summary.median).toBeCloseTo(summary.median, 9);
      expect(result.summary.cv).toBeCloseTo(summary.cv, 9);
      expect(result.gmacPerSecond).toBeCloseTo(result.macs / (summary.median * 1e6), 9);
      if (result.backend !== 'cpu') expect(result.maxAbsDiff).toBeLessThan(1e-4);
    }
    expect(toCsv([run]).trimEnd().split('\r\n')).toHaveLength(1 + run.results.length);
  });
});

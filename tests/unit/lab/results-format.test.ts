// The lab results format's versions: older files still import (upgraded to the current version), and a refusal names the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESULTS_VERSION } from '../../../src/lib/lab';
import { parseResults, readResultsFile, readRun } from '../../../src/lib/lab/results-format';
import { environmentPairs } from '../../../src/client/lab/results-table';
import { makeRun } from './make-run';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const sample = read('../../../docs/lab-results-sample.json');
const minimalV1 = read('../../fixtures/formats/lab-results-v1-minimal.json');

function accepted(text: string) {
  const outcome = parseResults(text);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.run;
}

describe('the lab results format across versions', () => {
  it('writes version 2', () => {
    expect(RESULTS_VERSION).toBe(2);
    expect(makeRun().version).toBe(2);
  });

  it('reads a complete version 1 file (the docs sample, a real run) as version 2 with every field kept', () => {
    const original = JSON.parse(sample) as Record<string, unknown>;
    const run = accepted(sample);
    expect(original.version).toBe(1);
    expect(run.version).toBe(2);
    expect({ ...run, version: 1 }).toEqual(original);
  });

  it('reads an older lab\'s minimal version 1 file (no backend flags or availability, no environment beyond agent and cores), recording the rest as not recorded', () => {
    const run = accepted(minimalV1);
    expect(run.backends).toEqual([
      { name: 'cpu', available: true, flags: {} },
      { name: 'wasm', available: true, flags: {} },
      // Nothing was measured on webgl, so it was not available to that run.
      { name: 'webgl', available: false, flags: {} },
    ]);
    expect(run.environment).toMatchObject({ crossOriginIsolated: null, webglRenderer: null, timerResolutionMs: null, tfjsVersion: '' });
    expect(run.results).toHaveLength(4);
  });

  it('a migrated file is shown without error: the environment list says "not recorded" where the file said nothing', () => {
    const pairs = new Map(environmentPairs(accepted(minimalV1)));
    expect(pairs.get('Backends and flags')).toBe('cpu: available; wasm: available; webgl: unavailable: ');
    expect(pairs.get('Cross-origin isolation')).toBe('–');
    expect(pairs.get('Timer resolution in the worker')).toBe('–');
  });

  it('a version 1 file missing what older labs did check is refused, naming the field as the file has it', () => {
    const broken = JSON.parse(minimalV1) as { results: Array<Record<string, unknown>> };
    delete broken.results[2]!.summary;
    expect(parseResults(JSON.stringify(broken))).toEqual({ ok: false, error: 'it has no "results[2].summary" field.' });
  });

  it('a version 2 file must state everything: a backend without its flags is refused by name', () => {
    const run = makeRun();
    const { flags: _flags, ...withoutFlags } = run.backends[0]!;
    expect(readRun({ ...run, backends: [withoutFlags, ...run.backends.slice(1)] })).toEqual({ ok: false, error: 'it has no "backends[0].flags" field.' });
  });

  it('a bound is named as a bound, and an unknown version as unknown', () => {
    const run = makeRun();
    expect(readRun({ ...run, preset: 'huge' })).toEqual({ ok: false, error: 'its "preset" should be one of quick, mobilenet, seed, custom.' });
    expect(readRun({ ...run, version: 1.5 })).toEqual({ ok: false, error: 'its version 1.5 is not one this page knows.' });
  });

  it('a file of several runs reads each; one bad run refuses the file, naming its field', () => {
    const runs = [makeRun({ id: 'a' }), makeRun({ id: 'b' })];
    const both = readResultsFile(JSON.stringify([runs[0], JSON.parse(sample)]));
    expect(both.ok && both.runs.map((run) => run.id)).toEqual(['a', JSON.parse(sample).id]);
    const broken = structuredClone(runs) as unknown as Array<{ status: string }>;
    broken[1]!.status = 'finished';
    expect(readResultsFile(JSON.stringify(broken))).toEqual({ ok: false, error: 'its "status" should be one of complete, cancelled, failed.' });
    expect(readResultsFile('[]')).toEqual({ ok: false, error: 'the file is empty.' });
  });
});

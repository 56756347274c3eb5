// The lab results format: files as this lab writes them read back unchanged; files older labs wrote still import
// (upgraded and completed, never guessed); a refusal names the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESULTS_VERSION } from '../../../src/lib/lab';
import { parseResults, readResultsFile, readRun } from '../../../src/lib/lab/results-format';
import { environmentPairs } from '../../../src/client/lab/environment';
import { makeRun } from './make-run';

/** The parts of a version 1 file the upgrade touches. */
interface LabRunV1 {
  version: number;
  backends: Array<Record<string, unknown>>;
  results: Array<Record<string, unknown>>;
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const sampleV1 = read('../../fixtures/formats/lab-results-v1-sample.json');
const minimalV1 = read('../../fixtures/formats/lab-results-v1-minimal.json');

function accepted(text: string) {
  const outcome = parseResults(text);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.run;
}

describe('the lab results format, version 2', () => {
  it('writes and reads version 2', () => {
    expect(RESULTS_VERSION).toBe(2);
    expect(makeRun().version).toBe(2);
  });

  it('a run as this lab writes it reads back with every field kept: the loop\'s figures, the GPU, the machine\'s probes', () => {
    const run = makeRun({ backends: ['cpu', 'wasm', 'webgpu'] });
    run.backends[2]!.gpu = { name: 'google swiftshader SwiftShader Device (Subzero)', software: true };
    expect(accepted(JSON.stringify(run))).toEqual(run);
    expect(accepted(JSON.stringify({ ...run, machineProbes: null })).machineProbes).toBeNull();
  });

  it('a version 2 file without the loop\'s figures is refused, naming the field (a version 2 lab always writes them)', () => {
    const run = makeRun() as unknown as { results: Array<Record<string, unknown>> };
    delete run.results[1]!.backToBackMs;
    expect(parseResults(JSON.stringify(run))).toEqual({ ok: false, error: 'it has no "results[1].backToBackMs" field.' });
  });
});

describe('the lab results format as older labs wrote it (version 1)', () => {
  it('reads a real version 1 run, upgraded: every field it had kept as it was, what version 2 added recorded as not recorded', () => {
    const old = JSON.parse(sampleV1) as LabRunV1;
    const run = accepted(sampleV1);
    expect(old.version).toBe(1);
    expect(run.version).toBe(2);
    expect(run).toEqual({
      ...old,
      version: 2,
      backends: old.backends.map((backend) => ({ ...backend, gpu: null, loopOverhead: null })),
      results: old.results.map((result) => ({ ...result, backToBackMs: null, loopOverheadMs: null })),
      machineProbes: null,
    });
  });

  it('reads an older lab\'s minimal file (no backend flags or availability, no environment beyond agent and cores), recording the rest as not recorded', () => {
    const run = accepted(minimalV1);
    expect(run.backends).toEqual([
      { name: 'cpu', available: true, flags: {}, gpu: null, loopOverhead: null },
      { name: 'wasm', available: true, flags: {}, gpu: null, loopOverhead: null },
      // Nothing was measured on webgl, so it was not available to that run.
      { name: 'webgl', available: false, flags: {}, gpu: null, loopOverhead: null },
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

  it('a file missing what older labs did check is refused, naming the field as the file has it', () => {
    const broken = JSON.parse(minimalV1) as { results: Array<Record<string, unknown>> };
    delete broken.results[2]!.summary;
    expect(parseResults(JSON.stringify(broken))).toEqual({ ok: false, error: 'it has no "results[2].summary" field.' });
  });

  it('what was recorded must fit: a backend\'s flags that are not a record of flags are refused by name', () => {
    const run = makeRun();
    expect(readRun({ ...run, backends: [{ ...run.backends[0], flags: ['simd'] }, ...run.backends.slice(1)] })).toEqual({ ok: false, error: 'its "backends[0].flags" should be an object.' });
  });

  it('a bound is named as a bound, and an unknown version as unknown', () => {
    const run = makeRun();
    expect(readRun({ ...run, preset: 'huge' })).toEqual({ ok: false, error: 'its "preset" should be one of quick, mobilenet, seed, custom.' });
    expect(readRun({ ...run, version: 1.5 })).toEqual({ ok: false, error: 'its version 1.5 is not one this page knows.' });
  });

  it('a file of several runs reads each; one bad run refuses the file, naming its field', () => {
    const runs = [makeRun({ id: 'a' }), makeRun({ id: 'b' })];
    const both = readResultsFile(JSON.stringify([runs[0], JSON.parse(sampleV1)]));
    expect(both.ok && both.runs.map((run) => run.id)).toEqual(['a', JSON.parse(sampleV1).id]);
    const broken = structuredClone(runs) as unknown as Array<{ status: string }>;
    broken[1]!.status = 'finished';
    expect(readResultsFile(JSON.stringify(broken))).toEqual({ ok: false, error: 'its "status" should be one of complete, cancelled, failed.' });
    expect(readResultsFile('[]')).toEqual({ ok: false, error: 'the file is empty.' });
  });
});

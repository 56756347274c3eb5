import { describe, expect, it } from 'vitest';
import { MAX_RESULTS_BYTES, RESULTS_VERSION } from '../../../src/lib/lab';
import { parseResults } from '../../../src/lib/lab/results-format';
import { makeRun } from './make-run';

const good = makeRun();
const text = JSON.stringify(good);
const refusal = (input: string, byteLength?: number) => {
  const outcome = parseResults(input, byteLength);
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.error;
};

describe('results file validation', () => {
  it('a good file reads back equal to what was written', () => {
    const outcome = parseResults(text);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.run).toEqual(good);
  });

  it('a file from a newer lab is refused, naming both versions', () => {
    const future = JSON.stringify({ ...good, version: RESULTS_VERSION + 1 });
    expect(refusal(future)).toBe(`it was written by a newer lab (format version ${RESULTS_VERSION + 1}); this page reads version ${RESULTS_VERSION}.`);
  });

  it('a nonsense version is refused', () => {
    expect(refusal(JSON.stringify({ ...good, version: 0 }))).toBe('its version 0 is not one this page knows.');
    expect(refusal(JSON.stringify({ ...good, version: '1' }))).toBe('its version 1 is not one this page knows.');
  });

  it('a missing field is named by its path', () => {
    const { results: _results, ...withoutResults } = good;
    expect(refusal(JSON.stringify(withoutResults))).toBe('it has no "results" field.');
    const broken = structuredClone(good);
    delete (broken.results[3] as Partial<typeof broken.results[3]>).summary;
    expect(refusal(JSON.stringify(broken))).toBe('it has no "results[3].summary" field.');
  });

  it('a field of the wrong type is named with what it should be', () => {
    const broken = structuredClone(good) as unknown as { results: { summary: { median: unknown } }[] };
    (broken.results[0] as { summary: { median: unknown } }).summary.median = 'fast';
    expect(refusal(JSON.stringify(broken))).toBe('its "results[0].summary.median" should be a number.');
    expect(refusal(JSON.stringify({ ...good, status: 'done' }))).toBe('its "status" should be one of complete, cancelled, failed.');
  });

  it('truncated JSON is refused as not valid JSON', () => {
    expect(refusal(text.slice(0, Math.floor(text.length / 2)))).toMatch(/^it is not valid JSON, perhaps truncated or corrupted \(.+\)\.$/);
  });

  it('an empty file and a foreign JSON file are refused', () => {
    expect(refusal('  \n')).toBe('the file is empty.');
    expect(refusal('{"name": "something else"}')).toBe('it is not a Depthwise Lab results file (no "schema": "depthwise-lab-results").');
    expect(refusal('[1, 2, 3]')).toMatch(/not a Depthwise Lab results file/);
  });

  it('a huge file is refused by size before it is parsed', () => {
    expect(refusal('{', MAX_RESULTS_BYTES + 1)).toBe('the file is 10.0 MB, more than the 10.0 MB a results file can be.');
    const huge = ' '.repeat(MAX_RESULTS_BYTES + 1024 * 1024);
    expect(refusal(huge)).toBe('the file is 11.0 MB, more than the 10.0 MB a results file can be.');
  });
});

import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, parseCsv, toCsv } from '../../../src/lib/lab';
import { makeRun } from './make-run';

describe('CSV export', () => {
  it('quotes fields with commas, quotes or line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
  });

  it('writes a header and one row per op result with the median in its column', () => {
    const run = makeRun({ machine: 'Room 4, desk 2' });
    const lines = toCsv([run]).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + run.results.length);
    const first = lines[1] as string;
    expect(first.startsWith('"Room 4, desk 2",run-1,')).toBe(true);
    const cells = first.replace('"Room 4, desk 2"', 'machine').split(',');
    const result = run.results[0];
    expect(cells[CSV_COLUMNS.indexOf('median_ms')]).toBe(String(result?.summary.median));
    expect(cells[CSV_COLUMNS.indexOf('kernel_ms')]).toBe(String(result?.kernelMs));
    expect(cells[CSV_COLUMNS.indexOf('back_to_back_ms')]).toBe(String(result?.backToBackMs));
    expect(cells[CSV_COLUMNS.indexOf('loop_overhead_ms')]).toBe(String(result?.loopOverheadMs));
  });

  it('leaves the loop\'s figures empty where a file did not record them (a version 1 run)', () => {
    const run = makeRun();
    run.results = run.results.map((result) => ({ ...result, backToBackMs: null, loopOverheadMs: null }));
    const cells = parseCsv(toCsv([run]))[1] as string[];
    expect([cells[CSV_COLUMNS.indexOf('back_to_back_ms')], cells[CSV_COLUMNS.indexOf('loop_overhead_ms')]]).toEqual(['', '']);
    expect(cells[CSV_COLUMNS.indexOf('median_ms')]).toBe(String(run.results[0]?.summary.median));
  });

  it('leaves an unmeasured kernel time and an uncompared diff empty', () => {
    const run = makeRun({ backends: ['wasm'] });
    const cells = (toCsv([run]).split('\r\n')[1] as string).split(',');
    expect(cells[CSV_COLUMNS.indexOf('kernel_ms')]).toBe('');
    expect(cells[CSV_COLUMNS.indexOf('max_abs_diff')]).toBe('3e-7');
  });
});

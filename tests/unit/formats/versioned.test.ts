// Reading versioned files (src/lib/formats): text read once, refusals that name the field, migrations step by step.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { readJsonItems } from '../../../src/lib/formats/json-text';
import { assertFormat, migration, readFormat, type FileFormat } from '../../../src/lib/formats/versioned';

// A format in its third version: v1 named the field `ms`, v2 renamed it `durationMs`, v3 added a required `unit`.
const V1 = z.object({ kind: z.literal('timing'), version: z.literal(1), ms: z.number() });
const V2 = z.object({ kind: z.literal('timing'), version: z.literal(2), durationMs: z.number() });
const V3 = z.object({ kind: z.literal('timing'), version: z.literal(3), durationMs: z.number().check(z.gte(0)), unit: z.enum(['ms', 's']) });
const TIMING: FileFormat<typeof V3> = {
  marker: { field: 'kind', value: 'timing', foreign: 'it is not a timing file.' },
  versionField: 'version',
  version: 3,
  schema: V3,
  migrations: [
    migration(1, V1, ({ ms, ...rest }) => ({ ...rest, version: 2, durationMs: ms })),
    migration(2, V2, (data) => ({ ...data, version: 3, unit: 'ms' })),
  ],
};

describe('readFormat', () => {
  it('reads the current version as it is, and an older one upgraded step by step', () => {
    expect(readFormat(TIMING, { kind: 'timing', version: 3, durationMs: 2, unit: 's' })).toEqual({ ok: true, version: 3, value: { kind: 'timing', version: 3, durationMs: 2, unit: 's' } });
    expect(readFormat(TIMING, { kind: 'timing', version: 1, ms: 5 })).toEqual({ ok: true, version: 1, value: { kind: 'timing', version: 3, durationMs: 5, unit: 'ms' } });
  });

  it('refuses an old file by the field its own version has, a foreign file by its marker, a future one as newer', () => {
    expect(readFormat(TIMING, { kind: 'timing', version: 1 })).toEqual({ ok: false, error: 'it has no "ms" field.' });
    expect(readFormat(TIMING, { kind: 'timing', version: 1, ms: 'fast' })).toEqual({ ok: false, error: 'its "ms" should be a number.' });
    expect(readFormat(TIMING, { kind: 'score', version: 3 })).toEqual({ ok: false, error: 'it is not a timing file.' });
    expect(readFormat(TIMING, [1, 2])).toEqual({ ok: false, error: 'it is not a timing file.' });
    expect(readFormat(TIMING, { kind: 'timing', version: 4 })).toEqual({ ok: false, error: 'it was written by a newer lab (format version 4); this page reads version 3.' });
    expect(readFormat(TIMING, { kind: 'timing', version: 0 })).toEqual({ ok: false, error: 'its version 0 is not one this page knows.' });
  });

  it('names bounds and choices in words', () => {
    expect(readFormat(TIMING, { kind: 'timing', version: 3, durationMs: -1, unit: 'ms' })).toEqual({ ok: false, error: 'its "durationMs" should be at least 0.' });
    expect(readFormat(TIMING, { kind: 'timing', version: 3, durationMs: 1, unit: 'h' })).toEqual({ ok: false, error: 'its "unit" should be one of ms, s.' });
  });

  it('assertFormat throws naming the file, for builds and scripts', () => {
    expect(() => assertFormat(TIMING, { kind: 'timing', version: 2 }, 'data/timing.json')).toThrow('data/timing.json: it has no "durationMs" field.');
  });
});

describe('readJsonItems', () => {
  it('refuses by size before parsing, then empty and broken text, each in words', () => {
    expect(readJsonItems('{', { maxBytes: 10, byteLength: 11 * 1024 * 1024 })).toEqual({ ok: false, error: 'the file is 11.0 MB, more than the 0.0 MB a results file can be.' });
    expect(readJsonItems(' \n', { maxBytes: 100 })).toEqual({ ok: false, error: 'the file is empty.' });
    expect(readJsonItems('[]', { maxBytes: 100 })).toEqual({ ok: false, error: 'the file is empty.' });
    expect(readJsonItems('{"a": ', { maxBytes: 100 })).toMatchObject({ ok: false, error: expect.stringMatching(/^it is not valid JSON, perhaps truncated or corrupted \(.+\)\.$/) });
  });

  it('gives a list\'s items, or the one item, parsed once', () => {
    expect(readJsonItems('[{"a": 1}, {"a": 2}]', { maxBytes: 100 })).toEqual({ ok: true, items: [{ a: 1 }, { a: 2 }] });
    expect(readJsonItems('{"a": 1}', { maxBytes: 100 })).toEqual({ ok: true, items: [{ a: 1 }] });
  });
});

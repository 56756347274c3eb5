// What a teacher drops on /train/class/: training exports accepted, anything else refused by name with the field or the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStoredSource, readTrainClassInput } from '../../../src/lib/train/class-import';
import { trainClassStrings as s } from '../../../src/lib/strings/train-class';

const FILE = 'src/data/experiment-reference.json';
const reference = JSON.parse(readFileSync(FILE, 'utf8')) as { runs: Record<string, unknown>[] } & Record<string, unknown>;
const text = (value: unknown) => JSON.stringify(value);

describe('readTrainClassInput', () => {
  it('accepts a format-2 export, and a JSON list of them as one source each', () => {
    const one = readTrainClassInput('ana.json', text(reference));
    expect(one.ok && one.sources.map((source) => [source.name, source.file.runs.length])).toEqual([['ana.json', reference.runs.length]]);
    const two = readTrainClassInput('class.json', text([reference, reference]));
    expect(two.ok && two.sources.map((source) => source.name)).toEqual(['class.json (1)', 'class.json (2)']);
  });

  it('refuses a damaged export naming the field, and a whole list when one item fails', () => {
    const broken = { ...reference, runs: [{ ...reference.runs[0], testAccuracy: 'high' }] };
    expect(readTrainClassInput('ben.json', text(broken))).toEqual({ ok: false, name: 'ben.json', error: s.refused('ben.json', 'its "runs[0].testAccuracy" should be a number.') });
    expect(readTrainClassInput('both.json', text([reference, broken])).ok).toBe(false);
  });

  it('refuses what is not an export: cut-off JSON, a lab results file, another JSON file, plain text, an export without runs', () => {
    expect(readTrainClassInput('cut.json', text(reference).slice(0, 200))).toMatchObject({ ok: false, error: expect.stringMatching(/^cut\.json was refused: it is not valid JSON/) });
    expect(readTrainClassInput('lab.json', text({ schema: 'depthwise-lab-results', version: 1 }))).toMatchObject({ error: s.refused('lab.json', s.labFile) });
    expect(readTrainClassInput('notes.json', text({ hello: 'world' }))).toMatchObject({ error: s.refused('notes.json', s.foreign) });
    expect(readTrainClassInput('pasted item 1', 'hello')).toMatchObject({ error: s.refused('pasted item 1', s.unknownInput) });
    expect(readTrainClassInput('empty.json', text({ ...reference, runs: [] }))).toMatchObject({ error: s.refused('empty.json', s.noRuns) });
    expect(readTrainClassInput('old.json', text({ ...reference, format: 1 }))).toMatchObject({ error: s.refused('old.json', 'its version 1 is not one this page knows.') });
  });
});

describe('readStoredSource', () => {
  it('reads back what the page stored, and drops an entry that no longer reads', () => {
    expect(readStoredSource({ name: 'ana.json', file: reference })?.name).toBe('ana.json');
    expect(readStoredSource({ name: 'ana.json', file: { ...reference, format: 9 } })).toBeUndefined();
    expect(readStoredSource('ana.json')).toBeUndefined();
  });
});

// What a teacher drops on /train/class/: training exports accepted, anything else refused by name with the field or the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStoredSource, readTrainClassInputs, storedForm } from '../../../src/lib/train/class-import';
import { encodeRunLink, runLinkFromResults } from '../../../src/lib/train/run-link';
import { readExperimentFile } from '../../../src/lib/train/experiment-format';
import { trainClassStrings as s } from '../../../src/lib/strings/train-class';

const FILE = 'src/data/experiment-reference.json';
const reference = JSON.parse(readFileSync(FILE, 'utf8')) as { runs: Record<string, unknown>[] } & Record<string, unknown>;
const text = (value: unknown) => JSON.stringify(value);
/** The one input a file or text gives. */
const readTrainClassInput = (name: string, input: string) => readTrainClassInputs(name, input)[0]!;

describe('readTrainClassInput', () => {
  it('accepts a format-2 export, and a JSON list of them as one source each', () => {
    const one = readTrainClassInput('ana.json', text(reference));
    expect(one.ok && one.sources.map((source) => [source.name, 'file' in source ? source.file.runs.length : 0])).toEqual([['ana.json', reference.runs.length]]);
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

describe('results links', () => {
  const file = readExperimentFile(reference, FILE);
  const one = (seed: number) => ({ ...file, runs: file.runs.filter((run) => run.configuration === file.runs[0]!.configuration && run.seed === seed) });
  const seeds = [...new Set(file.runs.map((run) => run.seed))];
  const link = (seed: number) => `https://example.org/train/class/#${encodeRunLink(runLinkFromResults(one(seed)))}`;

  it('each pasted link is its own input, named by its seed; a damaged one is refused on its own', () => {
    const inputs = readTrainClassInputs('pasted item 1', `${link(seeds[0]!)}\n${link(seeds[0]!).slice(0, -5)}\n`);
    expect(inputs).toHaveLength(2);
    expect(inputs[0]).toMatchObject({ ok: true, sources: [{ name: s.linkName(seeds[0]!, '') }] });
    expect(inputs[1]).toMatchObject({ ok: false, error: expect.stringMatching(/^pasted item 1, link 2 was refused: This link/) });
  });

  it('the pool stores a link as its text and reads it back', () => {
    const [input] = readTrainClassInputs('pasted item 1', link(seeds[0]!));
    if (!input?.ok) throw new Error('the link should read');
    const stored = JSON.parse(JSON.stringify(storedForm(input.sources[0]!))) as unknown;
    expect(stored).toEqual({ name: s.linkName(seeds[0]!, ''), link: link(seeds[0]!) });
    expect(readStoredSource(stored)).toMatchObject({ name: s.linkName(seeds[0]!, ''), link: { seed: seeds[0] } });
  });
});

describe('readStoredSource', () => {
  it('reads back what the page stored, and drops an entry that no longer reads', () => {
    expect(readStoredSource({ name: 'ana.json', file: reference })?.name).toBe('ana.json');
    expect(readStoredSource({ name: 'link', link: 't1.AAAA' })).toBeUndefined();
    expect(readStoredSource({ name: 'ana.json', file: { ...reference, format: 9 } })).toBeUndefined();
    expect(readStoredSource('ana.json')).toBeUndefined();
  });
});

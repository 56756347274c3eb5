// The shipped training metrics' format: the file in the repository reads; a malformed one stops the build naming the file and the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTrainReference } from '../../../src/lib/train/reference-format';

const FILE = 'src/data/train-reference.json';
const shipped = () => JSON.parse(readFileSync(FILE, 'utf8')) as { format: number; networks: { standard: { runs: Array<Record<string, unknown>> } } };

describe('the shipped training metrics (src/data/train-reference.json)', () => {
  it('read by their format: version 1, both networks', () => {
    const metrics = readTrainReference(shipped(), FILE);
    expect(metrics.format).toBe(1);
    expect(Object.keys(metrics.networks).sort()).toEqual(['separable', 'standard']);
  });

  it('a malformed copy is refused naming the file and the field', () => {
    const broken = shipped();
    broken.networks.standard.runs[0]!.seed = 'one';
    expect(() => readTrainReference(broken, FILE)).toThrow(`${FILE}: its "networks.standard.runs[0].seed" should be a number.`);
    broken.networks.standard.runs[0]!.seed = 1.5;
    expect(() => readTrainReference(broken, FILE)).toThrow(`${FILE}: its "networks.standard.runs[0].seed" should be a whole number.`);
    const { networks: _networks, ...withoutNetworks } = shipped();
    expect(() => readTrainReference(withoutNetworks, FILE)).toThrow(`${FILE}: it has no "networks" field.`);
  });

  it('a newer format is refused as newer', () => {
    expect(() => readTrainReference({ ...shipped(), format: 2 }, FILE)).toThrow(`${FILE}: it was written by a newer lab (format version 2); this page reads version 1.`);
  });
});

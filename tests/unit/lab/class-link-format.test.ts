// The results link's format: a damaged link is refused naming the field in plain names, a newer version as newer.
import { describe, expect, it } from 'vitest';
import { encodeMachine, machineFromRun } from '../../../src/lib/lab';
import { toBase64Url } from '../../../src/lib/lab/class-link-codec';
import { decodeMachine } from '../../../src/lib/lab/class-link-format';
import { makeRun } from './make-run';

const packed = () => JSON.parse(Buffer.from(encodeMachine(machineFromRun(makeRun())).slice(3), 'base64url').toString('utf8')) as Record<string, unknown> & { r: unknown[][] };
const link = (data: unknown, prefix = 'r1.') => `https://example.org/lab/class/#${prefix}${toBase64Url(JSON.stringify(data))}`;

describe('results links', () => {
  it('read back from a whole URL or its fragment, on a host whose name contains "r1."', () => {
    const code = encodeMachine(machineFromRun(makeRun({ id: 'x' })));
    expect(decodeMachine(`https://server1.example.org/lab/class/#${code}`).id).toBe('x');
    expect(decodeMachine(code).id).toBe('x');
  });

  it('a field missing or out of range is named by its long name', () => {
    const { m: _machine, ...withoutMachine } = packed();
    expect(() => decodeMachine(link(withoutMachine))).toThrow('it has no "machine" field.');
    const negative = packed();
    negative.r[0]![2] = -1;
    expect(() => decodeMachine(link(negative))).toThrow('its "rows[0].standardMs" should be more than 0.');
    const unknownBackend = packed();
    unknownBackend.r[1]![0] = 'tpu';
    expect(() => decodeMachine(link(unknownBackend))).toThrow('its "rows[1].backend" should be one of wasm, cpu, webgl, webgpu.');
  });

  it('a link of a newer format version is refused as newer, not as damaged', () => {
    expect(() => decodeMachine(link(packed(), 'r2.'))).toThrow('it was written by a newer lab (format version 2); this page reads version 1.');
  });
});

import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, bytesToBase64Url, isBase64Url } from '../../../src/lib/formats/base64url';
import { ByteFieldError, ByteReader, ByteWriter, fletcher16 } from '../../../src/lib/formats/byte-stream';

describe('byte records', () => {
  it('varints take one byte below 128 and read back exactly up to 2⁴² − 1', () => {
    const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31 - 1, 2 ** 42 - 1];
    const bytes = values.reduce((writer, value) => writer.varint(value), new ByteWriter()).finish();
    expect(Array.from(new ByteWriter().varint(300).finish())).toEqual([0xac, 0x02]);
    const reader = new ByteReader(bytes);
    expect(values.map(() => reader.varint('a value'))).toEqual(values);
    expect(reader.remaining).toBe(0);
  });
  it('refuses to write what is not a whole number in range', () => {
    expect(() => new ByteWriter().varint(-1)).toThrow('invalid varint: -1');
    expect(() => new ByteWriter().varint(1.5)).toThrow('invalid varint: 1.5');
    expect(() => new ByteWriter().varint(2 ** 42)).toThrow('invalid varint: 4398046511104');
  });
  it('a short record names the field it ends before; an oversized varint names its field', () => {
    const reader = new ByteReader(Uint8Array.of(0x80));
    expect(() => reader.varint('the seed')).toThrow(new ByteFieldError('ended', 'the seed'));
    expect(() => new ByteReader(Uint8Array.of(1, 2)).raw(3, 'the bitmap')).toThrow('invalid record: it ends before the bitmap');
    const huge = new ByteReader(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f));
    expect(() => huge.varint('the minute')).toThrow(expect.objectContaining({ kind: 'too-large', field: 'the minute' }));
  });
  it('Fletcher-16 matches the published check values', () => {
    const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));
    expect(fletcher16(ascii('abcde'))).toBe(0xc8f0);
    expect(fletcher16(ascii('abcdef'))).toBe(0x2057);
    expect(fletcher16(ascii('abcdefgh'))).toBe(0x0627);
  });
  it('base64url round-trips every byte value without padding, and refuses other text', () => {
    const all = Uint8Array.from({ length: 256 }, (_, index) => index);
    const text = bytesToBase64Url(all);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Array.from(base64UrlToBytes(text))).toEqual(Array.from(all));
    expect(isBase64Url('abcde')).toBe(false);
    expect(() => base64UrlToBytes('ab+c')).toThrow('invalid base64url: "ab+c"');
  });
});

import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, KB, MB, plural } from '../../../src/lib/strings/units';

describe('plural', () => {
  const machines = { one: '# machine', other: '# machines' };
  it('plural(1, …) takes the "one" form and every other count the "other" form, with # the count', () => {
    expect(plural(1, machines)).toBe('1 machine');
    expect(plural(0, machines)).toBe('0 machines');
    expect(plural(2, machines)).toBe('2 machines');
    expect(plural(-1, machines)).toBe('-1 machine');
  });
  it('writes the count with group separators', () => {
    expect(plural(12_345, machines)).toBe('12,345 machines');
  });
  it('with fractionDigits the written number decides: "1.0 points", as English says', () => {
    expect(plural(1, { one: '# point', other: '# points' }, 1)).toBe('1.0 points');
    expect(plural(2.345, { one: '# point', other: '# points' }, 1)).toBe('2.3 points');
  });
  it('falls back to "other" when a language category has no form given', () => {
    expect(plural(1, { other: '# items' })).toBe('1 items');
  });
});

describe('formatBytes: binary units, 1 KB = 1,024 bytes and 1 MB = 2²⁰ bytes', () => {
  it('KB and MB are 2¹⁰ and 2²⁰ bytes', () => {
    expect([KB, MB]).toEqual([1024, 1_048_576]);
  });
  it('picks the largest unit that keeps the size at 1 or more', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(2.4 * MB)).toBe('2.4 MB');
    expect(formatBytes(-2048)).toBe('-2.0 KB');
  });
  it('a given unit is kept: 1,000,000 bytes is 0.95 MB, not 1 MB', () => {
    expect(formatBytes(1_000_000, { unit: 'MB' })).toBe('1.0 MB');
    expect(formatBytes(1_000_000, { unit: 'MB', fractionDigits: 2 })).toBe('0.95 MB');
    expect(formatBytes(0, { unit: 'MB' })).toBe('0.0 MB');
    expect(formatBytes(10 * MB, { unit: 'MB', fractionDigits: 0 })).toBe('10 MB');
  });
  it('formatNumber groups thousands and fixes decimals only when asked', () => {
    expect(formatNumber(8768)).toBe('8,768');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(2, 1)).toBe('2.0');
  });
});

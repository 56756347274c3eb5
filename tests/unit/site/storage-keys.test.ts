import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGACY_KEYS, readStored, STORAGE_KEYS, STORAGE_PREFIX } from '../../../src/lib/site/storage-keys';

/** An in-memory Storage, with a switch that makes writes fail as a full storage does. */
function memory(entries: Record<string, string> = {}, full = false) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key: string) => void map.delete(key),
  };
}

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));

describe('storage keys', () => {
  it('every key the site keeps starts with its one prefix, and no two things share a key', () => {
    const keys = Object.values(STORAGE_KEYS);
    for (const key of keys) expect(key.startsWith(STORAGE_PREFIX), key).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('no other source file names a storage key of its own (with either prefix)', () => {
    const offenders = files(SRC).filter((file) => /\.(ts|astro)$/.test(file) && !file.endsWith('storage-keys.ts'))
      .filter((file) => /localStorage\.(getItem|setItem|removeItem)\(\s*['"`]|['"`](dwlab|depthwise-lab):(?!exercise-progress|timing)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });
  it('readStored reads the key, and moves a value an earlier version kept under the old prefix', () => {
    expect(readStored(memory({ [STORAGE_KEYS.theme]: 'dark' }), 'theme')).toBe('dark');
    const old = memory({ [LEGACY_KEYS.labHistory!]: '[1]' });
    expect(readStored(old, 'labHistory')).toBe('[1]');
    expect(Object.fromEntries(old.map)).toEqual({ [STORAGE_KEYS.labHistory]: '[1]' });
    expect(readStored(memory(), 'backend')).toBeNull();
  });
  it('a full storage keeps the old key (read again next time) rather than lose the value', () => {
    const full = memory({ [LEGACY_KEYS.classResults!]: '["r1.x"]' }, true);
    expect(readStored(full, 'classResults')).toBe('["r1.x"]');
    expect(full.map.get(LEGACY_KEYS.classResults!)).toBe('["r1.x"]');
  });
});

import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { BUSY_SELECTOR, isOfflineFiles, totalBytes } from '../../../src/lib/offline/cache-names';

describe('offline file list', () => {
  it('accepts the build’s shape and refuses anything else', () => {
    expect(isOfflineFiles({ files: [{ url: '/_astro/a.wasm', bytes: 10 }] })).toBe(true);
    expect(isOfflineFiles({ files: [] })).toBe(true);
    for (const bad of [null, [], { files: {} }, { files: [{ url: 'a.wasm', bytes: 1 }] }, { files: [{ url: '/a', bytes: -1 }] }, { files: [{ url: '/a', bytes: Number.NaN }] }]) {
      expect(isOfflineFiles(bad), JSON.stringify(bad)).toBe(false);
    }
  });
  it('totalBytes sums the files (the Save button states them with formatBytes, tests/unit/strings/units.test.ts)', () => {
    expect(totalBytes([{ url: '/a', bytes: 1_000_000 }, { url: '/b', bytes: 150_000 }])).toBe(1_150_000);
    expect(totalBytes([])).toBe(0);
  });
  it('BUSY_SELECTOR names running and queued cells and a running benchmark, not finished ones', () => {
    expect(BUSY_SELECTOR).toContain('[data-cell][data-state="running"]');
    expect(BUSY_SELECTOR).toContain('[data-cell][data-state="queued"]');
    expect(BUSY_SELECTOR).toContain('[data-lab-status="running"]');
    expect(BUSY_SELECTOR).not.toContain('done');
  });
  it('BUSY_SELECTOR matches a training run while it runs or is paused, and not once it is idle', () => {
    const { document } = new JSDOM('<div data-train-state="running"></div><div data-train-state="paused"></div><div data-train-state="idle"></div>').window;
    const [running, paused, idle] = [...document.querySelectorAll('div')];
    expect(running?.matches(BUSY_SELECTOR)).toBe(true);
    expect(paused?.matches(BUSY_SELECTOR)).toBe(true);
    expect(idle?.matches(BUSY_SELECTOR)).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { nextStates, notRunAbove } from '../../../src/lib/notebook/run-state';
import { clearPageEdits, editKey, initialCode, loadEdit, saveEdit, type KeyValueStorage } from '../../../src/lib/notebook/edit-store';
import { formatDiff, lineDiff } from '../../../src/lib/notebook/line-diff';
import { hashCode } from '../../../src/lib/notebook/hash';
import { codeFromHtml } from '../../../src/lib/notebook/code-from-html';

class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  failWith?: Error;
  get length() { return this.map.size; }
  key(index: number) { return [...this.map.keys()][index] ?? null; }
  getItem(key: string) { return this.map.get(key) ?? null; }
  setItem(key: string, value: string) { if (this.failWith) throw this.failWith; this.map.set(key, value); }
  removeItem(key: string) { this.map.delete(key); }
}

describe('run states', () => {
  test('a restart makes finished and running cells stale, dequeues queued ones, and marks the watchdog cell error', () => {
    expect(nextStates(['done', 'error', 'running', 'queued', 'idle'], { type: 'restart', failed: 2 })).toEqual(['stale', 'stale', 'error', 'idle', 'idle']);
  });

  test('editing a cell makes only later finished cells stale', () => {
    expect(nextStates(['done', 'done', 'error', 'idle'], { type: 'edit', index: 0 })).toEqual(['done', 'stale', 'stale', 'idle']);
  });

  test('notRunAbove lists earlier cells that have not completed', () => {
    expect(notRunAbove(['done', 'stale', 'idle', 'done', 'running'], 4)).toEqual([1, 2]);
  });
});

describe('edit store', () => {
  const base = { page: '/convolution/', cellId: 'dw', authorCode: 'a', authorHash: hashCode('a') };

  test('saves, loads and clears per page and cell', () => {
    const storage = new MemoryStorage();
    expect(saveEdit(storage, { ...base, code: 'b', now: 5 })).toEqual({ ok: true });
    expect(loadEdit(storage, '/convolution/', 'dw')).toEqual({ code: 'b', authorHash: hashCode('a'), savedAt: 5 });
    expect(loadEdit(storage, '/other/', 'dw')).toBeUndefined();
    saveEdit(storage, { ...base, cellId: 'other', code: 'c' });
    storage.setItem(editKey('/other/', 'dw'), 'x');
    expect(clearPageEdits(storage, '/convolution/')).toBe(2);
    expect(storage.map.size).toBe(1);
  });

  test('saving the author\'s code removes the edit', () => {
    const storage = new MemoryStorage();
    saveEdit(storage, { ...base, code: 'b' });
    saveEdit(storage, { ...base, code: 'a' });
    expect(storage.map.size).toBe(0);
  });

  test('a full storage is reported, not thrown', () => {
    const storage = new MemoryStorage();
    storage.failWith = new DOMException('exceeded', 'QuotaExceededError');
    expect(saveEdit(storage, { ...base, code: 'b' })).toEqual({ ok: false, reason: 'storage is full' });
    expect(saveEdit(undefined, { ...base, code: 'b' }).ok).toBe(false);
  });

  test('corrupt entries read as no edit', () => {
    const storage = new MemoryStorage();
    storage.setItem(editKey('/p/', 'c'), '{not json');
    expect(loadEdit(storage, '/p/', 'c')).toBeUndefined();
  });

  test('initialCode prefers a share link, then an edit flagged when the author changed', () => {
    const saved = { code: 'mine', authorHash: hashCode('old'), savedAt: 0 };
    expect(initialCode({ authorCode: 'new', authorHash: hashCode('new'), saved, shared: 'link' })).toEqual({ code: 'link', origin: 'shared' });
    expect(initialCode({ authorCode: 'new', authorHash: hashCode('new'), saved })).toEqual({ code: 'mine', origin: 'author-changed' });
    expect(initialCode({ authorCode: 'old', authorHash: hashCode('old'), saved })).toEqual({ code: 'mine', origin: 'edited' });
    expect(initialCode({ authorCode: 'old', authorHash: hashCode('old') })).toEqual({ code: 'old', origin: 'author' });
  });
});

describe('helpers', () => {
  test('lineDiff aligns unchanged lines', () => {
    expect(formatDiff(lineDiff('a\nb\nc', 'a\nB\nc\nd'))).toBe('  a\n- b\n+ B\n  c\n+ d');
  });

  test('hashCode is stable and sensitive to one character', () => {
    expect(hashCode('const a = 1;')).toBe(hashCode('const a = 1;'));
    expect(hashCode('const a = 1;')).not.toBe(hashCode('const a = 2;'));
    expect(hashCode('')).toMatch(/^[0-9a-f]{14}$/);
  });

  test('codeFromHtml recovers code from highlighted HTML with entities', () => {
    const html = '<pre class="astro-code" tabindex="0"><code><span class="line"><span style="color:red">if</span> (a &lt; b &amp;&amp; c &gt; 0) {</span>\n<span class="line">  s = &quot;&#x7B;&#39;&quot;;</span>\n<span class="line">}</span>\n</code></pre>';
    expect(codeFromHtml(html)).toBe('if (a < b && c > 0) {\n  s = "{\'";\n}');
    expect(codeFromHtml('<p>no code</p>')).toBeUndefined();
  });
});

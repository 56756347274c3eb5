import { describe, expect, it } from 'vitest';
import { DOUBLE_ESCAPE_MS, StopChord } from '../../../src/lib/notebook/stop-chord';

const key = (name: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean } = {}) => ({ key: name, ctrlKey: false, metaKey: false, ...modifiers });

describe('the stop chord', () => {
  it('Ctrl+. and Cmd+. stop at once; a bare dot or another Ctrl key does not', () => {
    const chord = new StopChord();
    expect(chord.press(key('.', { ctrlKey: true }), 0)).toBe(true);
    expect(chord.press(key('.', { metaKey: true }), 0)).toBe(true);
    expect(chord.press(key('.'), 0)).toBe(false);
    expect(chord.press(key('s', { ctrlKey: true }), 0)).toBe(false);
  });

  it('Escape twice within a second stops; a single one, or two a second apart, does not', () => {
    const chord = new StopChord();
    expect(chord.press(key('Escape'), 5000)).toBe(false);
    expect(chord.press(key('Escape'), 5000 + DOUBLE_ESCAPE_MS)).toBe(false);
    expect(chord.press(key('Escape'), 5000 + DOUBLE_ESCAPE_MS + 999)).toBe(true);
  });

  it('a third quick Escape starts a new pair instead of stopping again', () => {
    const chord = new StopChord();
    expect([0, 100, 200, 300].map((at) => chord.press(key('Escape'), at))).toEqual([false, true, false, true]);
  });

  it('the very first Escape of a page never stops, even at time 0', () => {
    expect(new StopChord().press(key('Escape'), 0)).toBe(false);
  });
});

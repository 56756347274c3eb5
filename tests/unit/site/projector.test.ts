import { describe, expect, it } from 'vitest';
import { presentSearch, projectorAction, wantsPresent } from '../../../src/lib/present/projector';

describe('projectorAction', () => {
  const press = (key: string, focus: 'page' | 'control' | 'text' = 'page', modified = false) => projectorAction({ key, focus, modified });
  it('Page Down / Page Up move a screen wherever the focus is', () => {
    for (const focus of ['page', 'control', 'text'] as const) {
      expect(press('PageDown', focus)).toBe('next');
      expect(press('PageUp', focus)).toBe('previous');
    }
  });
  it('arrows move a screen only when no control has the focus', () => {
    expect(press('ArrowRight')).toBe('next');
    expect(press('ArrowLeft')).toBe('previous');
    expect(press('ArrowRight', 'control')).toBeNull();
    expect(press('ArrowLeft', 'text')).toBeNull();
  });
  it('Escape leaves, but first releases a text field', () => {
    expect(press('Escape')).toBe('leave');
    expect(press('Escape', 'control')).toBe('leave');
    expect(press('Escape', 'text')).toBe('release-focus');
  });
  it('ignores browser shortcuts and other keys', () => {
    expect(press('ArrowRight', 'page', true)).toBeNull();
    expect(press('a')).toBeNull();
    expect(press('ArrowDown')).toBeNull();
  });
});

describe('?present in the URL', () => {
  it('adds and removes the flag, keeping other parameters', () => {
    expect(presentSearch('', true)).toBe('?present');
    expect(presentSearch('?a=1', true)).toBe('?a=1&present');
    expect(presentSearch('?present&a=1', false)).toBe('?a=1');
    expect(presentSearch('?present=1', false)).toBe('');
    expect(presentSearch('?present', true)).toBe('?present');
  });
  it('reads the flag in its spellings, and present=0 as off', () => {
    expect(wantsPresent('?present')).toBe(true);
    expect(wantsPresent('?x=1&present=1')).toBe(true);
    expect(wantsPresent('?present=0')).toBe(false);
    expect(wantsPresent('?presenter')).toBe(false);
    expect(wantsPresent('')).toBe(false);
  });
});

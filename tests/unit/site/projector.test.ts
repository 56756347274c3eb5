import { describe, expect, it } from 'vitest';
import { presentSearch, projectorAction, projectorSections, sectionOf, wantsPresent } from '../../../src/lib/present/projector';

describe('projectorSections', () => {
  it('puts the title and introduction before the first H2 in section 0, then one section per H2', () => {
    expect(projectorSections(['HEADER', 'P', 'H2', 'P', 'DW-CELL', 'H2', 'P'])).toEqual([
      { start: 0, end: 2 }, { start: 2, end: 5 }, { start: 5, end: 7 },
    ]);
  });
  it('treats H3 as part of its H2 section and an article without H2 as one section', () => {
    expect(projectorSections(['HEADER', 'H3', 'P'])).toEqual([{ start: 0, end: 3 }]);
  });
  it('returns no section for an empty article', () => {
    expect(projectorSections([])).toEqual([]);
  });
  it('sectionOf finds the section of a child and falls back to 0', () => {
    const sections = projectorSections(['HEADER', 'H2', 'P', 'H2']);
    expect(sectionOf(sections, 2)).toBe(1);
    expect(sectionOf(sections, 3)).toBe(2);
    expect(sectionOf(sections, 99)).toBe(0);
  });
});

describe('projectorAction', () => {
  const press = (key: string, focus: 'page' | 'control' | 'text' = 'page', modified = false) => projectorAction({ key, focus, modified });
  it('Page Down / Page Up change section wherever the focus is', () => {
    for (const focus of ['page', 'control', 'text'] as const) {
      expect(press('PageDown', focus)).toBe('next');
      expect(press('PageUp', focus)).toBe('previous');
    }
  });
  it('arrows change section only when no control has the focus', () => {
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

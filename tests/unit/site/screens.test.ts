import { describe, expect, it } from 'vitest';
import { blockKind, MIN_FILL, projectorScreens, screenOf, sectionStarts, type BlockKind, type ProjectorBlock } from '../../../src/lib/present/screens';

const block = (kind: BlockKind, height: number): ProjectorBlock => ({ kind, height });
const h2 = (height = 60) => block('heading', height);
const h3 = (height = 50) => block('subheading', height);
const p = (height = 100) => block('text', height);
const fig = (height = 300) => block('figure', height);

describe('blockKind', () => {
  it('reads H2 as a section heading, H3–H6 as sub-headings, custom elements, pictures, tables and wide maths as figures', () => {
    expect(blockKind('H2')).toBe('heading');
    expect(blockKind('h3')).toBe('subheading');
    expect(['DW-CELL', 'VIZ-STEPPER', 'FIGURE', 'TABLE', 'PRE'].map((tag) => blockKind(tag))).toEqual(Array(5).fill('figure'));
    expect(blockKind('DIV', ['table-scroll'])).toBe('figure');
    expect(blockKind('P')).toBe('text');
    expect(blockKind('DIV')).toBe('text');
  });
});

describe('projectorScreens', () => {
  it('keeps a short section on one screen, and never mixes two sections', () => {
    const blocks = [p(), p(), h2(), p(), h2(), p()];
    expect(sectionStarts(blocks)).toEqual([0, 2, 4]);
    expect(projectorScreens(blocks, 700)).toEqual([
      { start: 0, end: 2, section: 0 }, { start: 2, end: 4, section: 1 }, { start: 4, end: 6, section: 2 },
    ]);
  });
  it('cuts a section taller than a screen into screens that each fit', () => {
    const blocks = [h2(), p(200), p(200), p(200), p(200), p(200), p(200)];
    const screens = projectorScreens(blocks, 700);
    expect(screens).toEqual([{ start: 0, end: 4, section: 0 }, { start: 4, end: 7, section: 0 }]);
    for (const screen of screens) expect(blocks.slice(screen.start, screen.end).reduce((sum, b) => sum + b.height, 0)).toBeLessThanOrEqual(700);
  });
  it('prefers to break around a figure or before a sub-heading once the screen is well filled', () => {
    // The figure that does not fit starts the next screen (this one is 460/700 full)…
    expect(projectorScreens([h2(), p(200), p(200), fig(400), p(100)], 700)[0]).toEqual({ start: 0, end: 3, section: 0 });
    // …a figure that fits ends this one rather than a paragraph after it…
    expect(projectorScreens([h2(), p(200), fig(220), p(100), p(100), p(100)], 700)[0]).toEqual({ start: 0, end: 3, section: 0 });
    // …and a sub-heading starts the next one.
    expect(projectorScreens([h2(), p(200), p(100), h3(), p(200), p(200)], 700)[0]).toEqual({ start: 0, end: 3, section: 0 });
    // …but not when the screen would be nearly empty.
    const early = [h2(), fig(150), p(300), p(300)];
    expect(60 + 0 < MIN_FILL * 700).toBe(true);
    expect(projectorScreens(early, 700)[0]).toEqual({ start: 0, end: 3, section: 0 });
  });
  it('never ends a screen on a heading: the sub-heading moves on with what follows it', () => {
    const blocks = [h2(), p(300), p(250), h3(), p(300)];
    expect(projectorScreens(blocks, 700)).toEqual([{ start: 0, end: 3, section: 0 }, { start: 3, end: 5, section: 0 }]);
  });
  it('gives a block taller than the screen a screen of its own, with its heading', () => {
    const blocks = [h2(), fig(2000), p(), p()];
    expect(projectorScreens(blocks, 700)).toEqual([{ start: 0, end: 2, section: 0 }, { start: 2, end: 4, section: 0 }]);
    expect(projectorScreens([p(), fig(2000)], 700)).toEqual([{ start: 0, end: 1, section: 0 }, { start: 1, end: 2, section: 0 }]);
  });
  it('plans again from a block on, leaving earlier blocks to the screens already shown', () => {
    const blocks = [h2(), p(400), p(300), p(300), h2(), p()];
    expect(projectorScreens(blocks, 700, 2)).toEqual([{ start: 2, end: 4, section: 0 }, { start: 4, end: 6, section: 1 }]);
  });
  it('refuses a screen without height and a bad start', () => {
    expect(() => projectorScreens([p()], 0)).toThrow('invalid screenHeight: 0');
    expect(() => projectorScreens([p()], 500, -1)).toThrow('invalid from: -1');
    expect(projectorScreens([], 500)).toEqual([]);
  });
  it('screenOf finds the screen of a block and falls back to 0', () => {
    const screens = projectorScreens([h2(), p(400), p(400), h2(), p()], 700);
    expect(screenOf(screens, 2)).toBe(1);
    expect(screenOf(screens, 4)).toBe(2);
    expect(screenOf(screens, 99)).toBe(0);
  });
});

describe('projectorScreens with introducing sentences', () => {
  it('never ends a screen on a paragraph that introduces the next block; a break after a figure is preferred too', () => {
    const intro = { ...p(100), keepWithNext: true };
    expect(projectorScreens([h2(), p(300), intro, fig(400)], 700)).toEqual([{ start: 0, end: 2, section: 0 }, { start: 2, end: 4, section: 0 }]);
    expect(projectorScreens([h2(), fig(350), p(200), p(200)], 700)[0]).toEqual({ start: 0, end: 2, section: 0 });
  });
});

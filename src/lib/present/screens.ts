// How projector mode cuts a page into screens, without a DOM: a section (everything under one H2) is
// often several screens tall, so it is split where a screen fills up, preferably before a sub-heading
// or a figure, never right after a heading or a sentence that introduces what follows. A block taller than a screen gets a screen of its own,
// which Page Down then scrolls through before moving on.

/** What a block of the page is to projector mode: a section heading (H2), a sub-heading, a figure (picture, cell, widget, table), or text. */
export type BlockKind = 'heading' | 'subheading' | 'figure' | 'text';

/** One block of the page in reading order, with its height in CSS pixels as laid out in projector mode. */
export interface ProjectorBlock {
  kind: BlockKind;
  height: number;
  /** The block introduces the next one (a paragraph ending in a colon): a screen never ends on it. */
  keepWithNext?: boolean;
}

/** A screen: blocks `start` up to (not including) `end`, in section `section` (0: what comes before the first H2). */
export interface ProjectorScreen {
  start: number;
  end: number;
  section: number;
}

/** A preferred break (before a sub-heading or figure) is taken only if the screen before it is at least this full. */
export const MIN_FILL = 0.4;

/** Elements that count as figures: pictures, tables, code, custom elements (cells, steppers, widgets) and forms (display maths reads as text). */
const FIGURE_TAGS = new Set(['FIGURE', 'TABLE', 'PRE', 'FORM', 'DETAILS', 'ASIDE', 'VIDEO', 'CANVAS', 'IMG', 'SVG']);

/** The kind of a block from its tag name and classes (`DW-CELL`, `H3`, `DIV` with class `table-scroll`, …). */
export function blockKind(tagName: string, classes: readonly string[] = []): BlockKind {
  const tag = tagName.toUpperCase();
  if (tag === 'H2') return 'heading';
  if (/^H[3-6]$/.test(tag)) return 'subheading';
  if (tag.includes('-') || FIGURE_TAGS.has(tag) || classes.some((name) => ['table-scroll', 'diagram'].includes(name))) return 'figure';
  return 'text';
}

const isHeading = (block: ProjectorBlock | undefined) => block?.kind === 'heading' || block?.kind === 'subheading';
/** A block a screen must not end on: a heading, or a sentence introducing the next block. */
const leadsOn = (block: ProjectorBlock | undefined) => isHeading(block) || block?.keepWithNext === true;

/** Index of the first block of each section: 0, then every H2 after the first block. */
export function sectionStarts(blocks: readonly ProjectorBlock[]): number[] {
  const starts = blocks.length ? [0] : [];
  blocks.forEach((block, index) => { if (index > 0 && block.kind === 'heading') starts.push(index); });
  return starts;
}

/** Where the screen starting at `start` (inside a section ending at `limit`) ends. */
function screenEnd(blocks: readonly ProjectorBlock[], start: number, limit: number, screenHeight: number): number {
  let used = 0;
  let end = start;
  while (end < limit) {
    const height = blocks[end]!.height;
    const onlyHeadings = blocks.slice(start, end).every(isHeading);
    if (end > start && !onlyHeadings && used + height > screenHeight) break;
    used += height;
    end += 1;
  }
  if (end === limit) return end;
  // Prefer to break before a sub-heading or a figure, or after a figure, if the screen is already well filled there.
  let filled = used;
  for (let at = end; at > start + 1; at -= 1) {
    if (at < end) filled -= blocks[at]!.height;
    const kind = blocks[at]!.kind;
    const preferred = kind === 'subheading' || kind === 'figure' || blocks[at - 1]!.kind === 'figure';
    if (preferred && filled >= MIN_FILL * screenHeight) {
      end = at;
      break;
    }
  }
  // A heading, or a sentence that introduces the next block, stays with what follows it.
  while (end - 1 > start && leadsOn(blocks[end - 1]) && !blocks.slice(start, end - 1).every(leadsOn)) end -= 1;
  return end;
}

/**
 * Splits a page's blocks into screens of at most `screenHeight` pixels, section by section, starting
 * at block `from` (blocks before it belong to screens already planned). Every block is on exactly
 * one screen; a screen never ends on a heading and never mixes two sections.
 */
export function projectorScreens(blocks: readonly ProjectorBlock[], screenHeight: number, from = 0): ProjectorScreen[] {
  if (!(screenHeight > 0)) throw new Error(`invalid screenHeight: ${screenHeight}`);
  if (!(Number.isInteger(from) && from >= 0)) throw new Error(`invalid from: ${from}`);
  const starts = sectionStarts(blocks);
  const screens: ProjectorScreen[] = [];
  starts.forEach((sectionStart, section) => {
    const limit = starts[section + 1] ?? blocks.length;
    let start = Math.max(sectionStart, from);
    while (start < limit) {
      const end = screenEnd(blocks, start, limit, screenHeight);
      screens.push({ start, end, section });
      start = end;
    }
  });
  return screens;
}

/** The screen holding block `index` (0 when there is none or it is out of range). */
export function screenOf(screens: readonly ProjectorScreen[], index: number): number {
  const found = screens.findIndex((screen) => index >= screen.start && index < screen.end);
  return found === -1 ? 0 : found;
}

/**
 * The page side of projector mode's screens: which elements are the blocks a screen is made of, how
 * tall each is in projector type, and which screen is shown (the others get `data-projector-hidden`).
 */
import { blockKind, type ProjectorBlock } from '../../lib/present/screens';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Whether a container is split into its children rather than shown whole: the lesson's header, or anything holding a section heading (H2). */
function splits(element: HTMLElement): boolean {
  return element.tagName === 'HEADER' || element.querySelector('h2') !== null;
}

/** The page's blocks in reading order: the root's children, with the header and whatever holds a section heading opened up. */
export function pageBlocks(root: HTMLElement): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  for (const child of root.children) {
    if (!(child instanceof HTMLElement) || SKIPPED.has(child.tagName) || child.hasAttribute('data-projector-keep')) continue;
    if (splits(child) && child.children.length > 0) blocks.push(...pageBlocks(child));
    else blocks.push(child);
  }
  return blocks;
}

/** Each block's kind and height (margins included) with every block shown, measured in one go (nothing is painted in between). */
export function measureBlocks(blocks: readonly HTMLElement[]): ProjectorBlock[] {
  const hidden = blocks.filter((block) => block.hasAttribute('data-projector-hidden'));
  for (const block of hidden) block.removeAttribute('data-projector-hidden');
  const measured = blocks.map((block) => {
    const style = getComputedStyle(block);
    const height = style.display === 'none' ? 0 : block.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
    // A paragraph ending in a colon introduces what follows ("Step through it:"): it stays on that block's screen.
    const keepWithNext = block.tagName === 'P' && /:\s*$/.test(block.textContent ?? '');
    return { kind: blockKind(block.tagName, [...block.classList]), height, keepWithNext };
  });
  for (const block of hidden) block.setAttribute('data-projector-hidden', '');
  return measured;
}

/** Shows blocks `start` up to `end` and hides the rest. */
export function showBlocks(blocks: readonly HTMLElement[], start: number, end: number): void {
  blocks.forEach((block, index) => block.toggleAttribute('data-projector-hidden', index < start || index >= end));
}

/** The title of the section a block opens, as a reader reads it: its H1 or H2, formulas once (KaTeX's MathML copy left out). */
export function titleOf(block: HTMLElement | undefined): string {
  const heading = !block ? null : block.matches('h1, h2') ? block : block.querySelector<HTMLElement>('h1, h2');
  if (!heading) return '';
  // The on-page contents already spell the heading as it reads (rehype-reader-text): use that where there is one.
  const contents = heading.id ? document.querySelector(`nav a[href="#${CSS.escape(heading.id)}"]`) : null;
  if (contents?.textContent) return contents.textContent.trim();
  const copy = heading.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.katex-mathml, .visually-hidden')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An id to put in the URL for a screen starting at `block`: its own, or its first heading's. */
export function anchorOf(block: HTMLElement | undefined): string {
  if (!block) return '';
  if (block.id) return block.id;
  return block.querySelector<HTMLElement>('h1[id], h2[id], h3[id]')?.id ?? '';
}

/**
 * Projector mode on a page (a lesson, /train/, /lab/, /lab/class/): `html[data-projector]` switches on
 * the large, high-contrast styles (ProjectorToggle.astro), and this module shows the page one screen at
 * a time. A section (everything under one H2) is cut into screens that fit the window
 * (src/lib/present/screens.ts); Page Down steps through a section's screens, then on to the next
 * section, scrolling first through a screen taller than the window. `?present` and the screen's
 * anchor stay in the URL, so a reload or a shared link lands on the same screen.
 */
import { presentSearch, projectorAction, wantsPresent, type FocusKind } from '../../lib/present/projector';
import { projectorScreens, screenOf, type ProjectorScreen } from '../../lib/present/screens';
import { presentStrings } from '../../lib/strings/present';
import { anchorOf, measureBlocks, pageBlocks, showBlocks, titleOf } from './projector-page';
import { enlargeCharts, watchCharts } from './projector-charts';

const TEXT = 'input:not([type=range]):not([type=checkbox]):not([type=radio]):not([type=button]):not([type=file]), textarea, [contenteditable=""], [contenteditable="true"], .cm-editor';
const CONTROL = 'input, select, [role=slider], [role=radiogroup], [tabindex]:not([tabindex="-1"]):not(a):not(button)';
/** Pixels of the previous view kept in sight when Page Down scrolls within a tall screen. */
const OVERLAP = 48;

function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof Element)) return 'page';
  if (target.closest(TEXT)) return 'text';
  if (target.closest(CONTROL)) return 'control';
  return 'page';
}

class Projector {
  #blocks: HTMLElement[] = [];
  #screens: ProjectorScreen[] = [];
  #current = 0;
  #stopCharts: (() => void) | undefined;
  readonly #root: HTMLElement;

  constructor(readonly article: HTMLElement, readonly bar: HTMLElement) {
    this.#root = article.ownerDocument.documentElement;
  }

  get on(): boolean {
    return this.#root.dataset.projector !== undefined;
  }

  /** The height a screen may fill: the window less the fixed bar and the space above the page's first block. */
  #screenHeight(): number {
    const top = this.article.getBoundingClientRect().top + window.scrollY + parseFloat(getComputedStyle(this.article).paddingTop);
    return Math.max(200, window.innerHeight - this.bar.getBoundingClientRect().height - top - 8);
  }

  /** Measures the blocks in projector type and plans the screens from block `from` on (earlier screens are kept). */
  #plan(from = 0): void {
    const kept = this.#screens.filter((screen) => screen.end <= from);
    this.#screens = [...kept, ...projectorScreens(measureBlocks(this.#blocks), this.#screenHeight(), from)];
  }

  enter(): void {
    const hashTarget = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    this.#blocks = pageBlocks(this.article);
    const holder = hashTarget ? this.#blocks.findIndex((block) => block === hashTarget || block.contains(hashTarget)) : -1;
    const inView = this.#blocks.findIndex((block) => block.getBoundingClientRect().bottom > 0);
    this.#root.dataset.projector = '';
    this.article.dataset.projectorRoot = '';
    this.#setPressed(true);
    this.#screens = [];
    this.#plan();
    this.show(screenOf(this.#screens, holder >= 0 ? holder : Math.max(0, inView)));
    this.#stopCharts = watchCharts(this.article);
    window.addEventListener('resize', this.#onResize);
  }

  leave(): void {
    const first = this.#blocks[this.#screens[this.#current]?.start ?? 0];
    window.removeEventListener('resize', this.#onResize);
    this.#stopCharts?.();
    delete this.#root.dataset.projector;
    delete this.article.dataset.projectorRoot;
    for (const block of this.#blocks) block.removeAttribute('data-projector-hidden');
    this.#setPressed(false);
    history.replaceState(history.state, '', `${location.pathname}${presentSearch(location.search, false)}${location.hash}`);
    first?.scrollIntoView({ block: 'start' });
  }

  /** A new window size: plan again, staying on the screen that holds the same first block. */
  readonly #onResize = (): void => {
    const anchor = this.#screens[this.#current]?.start ?? 0;
    this.#screens = [];
    this.#plan();
    this.show(screenOf(this.#screens, anchor));
  };

  show(index: number): void {
    if (this.#screens.length === 0) return;
    this.#current = Math.min(Math.max(index, 0), this.#screens.length - 1);
    const screen = this.#screens[this.#current]!;
    showBlocks(this.#blocks, screen.start, screen.end);
    const sectionScreens = this.#screens.filter((other) => other.section === screen.section);
    const sectionStart = sectionScreens[0]!.start;
    const anchor = anchorOf(this.#blocks[screen.start]) || anchorOf(this.#blocks[sectionStart]);
    history.replaceState(history.state, '', `${location.pathname}${presentSearch(location.search, true)}${anchor ? `#${anchor}` : ''}`);
    const counter = this.bar.querySelector('[data-projector-count]');
    if (counter) {
      counter.textContent = presentStrings.screenCount({
        section: screen.section, sections: this.#screens.at(-1)!.section + 1,
        screen: sectionScreens.indexOf(screen), screens: sectionScreens.length,
        title: titleOf(this.#blocks[sectionStart]),
      });
    }
    this.bar.querySelector<HTMLButtonElement>('[data-projector-prev]')!.disabled = this.#current === 0;
    this.bar.querySelector<HTMLButtonElement>('[data-projector-next]')!.disabled = this.#current === this.#screens.length - 1 && !this.#moreBelow();
    window.scrollTo({ top: 0, behavior: 'instant' });
    // Charts drawn while their screen was hidden had no size to enlarge for until now.
    enlargeCharts(this.article);
  }

  /** Whether the shown screen runs on below the part of the window the bar leaves free. */
  #moreBelow(): boolean {
    const screen = this.#screens[this.#current];
    if (!screen) return false;
    const bottom = Math.max(...this.#blocks.slice(screen.start, screen.end).map((block) => block.getBoundingClientRect().bottom));
    return bottom > window.innerHeight - this.bar.getBoundingClientRect().height + 1;
  }

  /** One step forward or back: within a screen taller than the window first, then to the next or previous screen. */
  step(delta: 1 | -1): void {
    const page = window.innerHeight - this.bar.getBoundingClientRect().height - OVERLAP;
    if (delta === 1 && this.#moreBelow()) {
      window.scrollBy({ top: page, behavior: 'instant' });
      this.#updateNext();
      return;
    }
    if (delta === -1 && window.scrollY > 0) {
      window.scrollBy({ top: -page, behavior: 'instant' });
      return;
    }
    const next = this.#current + delta;
    if (next < 0 || next >= this.#screens.length) return;
    // Blocks drawn since the plan (a stepper's controls, a cell's output) change heights: plan the rest again.
    if (delta === 1) this.#plan(this.#screens[next]!.start);
    this.show(delta === 1 ? screenOf(this.#screens, this.#screens[this.#current]!.end) : next);
  }

  #updateNext(): void {
    this.bar.querySelector<HTMLButtonElement>('[data-projector-next]')!.disabled = this.#current === this.#screens.length - 1 && !this.#moreBelow();
  }

  #setPressed(pressed: boolean): void {
    for (const toggle of this.bar.querySelectorAll('[data-projector-toggle]')) toggle.setAttribute('aria-pressed', String(pressed));
  }
}

/** Wires the projector bar of a page: the toggle, screen buttons, keys, and `?present` on load. */
export function mountProjector(doc: Document): void {
  const bar = doc.querySelector<HTMLElement>('[data-projector-bar]');
  const article = bar?.closest<HTMLElement>('article');
  if (!bar || !article) return;
  const projector = new Projector(article, bar);
  bar.querySelector('[data-projector-toggle]')?.addEventListener('click', () => (projector.on ? projector.leave() : projector.enter()));
  bar.querySelector('[data-projector-prev]')?.addEventListener('click', () => projector.step(-1));
  bar.querySelector('[data-projector-next]')?.addEventListener('click', () => projector.step(1));
  doc.addEventListener('keydown', (event) => {
    if (!projector.on || event.defaultPrevented) return;
    const action = projectorAction({ key: event.key, focus: focusKind(event.target), modified: event.altKey || event.ctrlKey || event.metaKey });
    if (action === null) return;
    event.preventDefault();
    // Projector mode wins these keys: the stepper or editor underneath must not act on them too.
    event.stopPropagation();
    if (action === 'next') projector.step(1);
    else if (action === 'previous') projector.step(-1);
    else if (action === 'leave') projector.leave();
    else if (event.target instanceof HTMLElement) {
      // Leave the field but stay near it: focus its cell, figure or section instead of the page top.
      const holder = event.target.closest<HTMLElement>('[data-cell], figure, section, viz-feature-maps, viz-stepper') ?? article;
      if (!holder.hasAttribute('tabindex')) holder.setAttribute('tabindex', '-1');
      holder.focus();
    }
  }, { capture: true });
  if (wantsPresent(location.search)) projector.enter();
}

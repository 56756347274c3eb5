/**
 * Projector mode on a lesson: `html[data-projector]` switches on the large, high-contrast styles
 * (ProjectorToggle.astro), and this module shows one section of the article at a time, moves
 * between sections on the keys `projectorAction` allows, and keeps `?present` and the section's
 * heading in the URL so a reload or a shared link lands on the same screen.
 */
import { presentSearch, projectorAction, projectorSections, sectionOf, wantsPresent, type FocusKind, type ProjectorSection } from '../../lib/present/projector';
import { presentStrings } from '../../lib/strings/present';

const TEXT = 'input:not([type=range]):not([type=checkbox]):not([type=radio]):not([type=button]):not([type=file]), textarea, [contenteditable=""], [contenteditable="true"], .cm-editor';
const CONTROL = 'input, select, [role=slider], [role=radiogroup], [tabindex]:not([tabindex="-1"]):not(a):not(button)';

function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof Element)) return 'page';
  if (target.closest(TEXT)) return 'text';
  if (target.closest(CONTROL)) return 'control';
  return 'page';
}

class Projector {
  #sections: ProjectorSection[] = [];
  #current = 0;
  readonly #root: HTMLElement;

  constructor(readonly article: HTMLElement, readonly bar: HTMLElement) {
    this.#root = article.ownerDocument.documentElement;
  }

  get on(): boolean {
    return this.#root.dataset.projector !== undefined;
  }

  #children(): HTMLElement[] {
    return [...this.article.children].filter((child): child is HTMLElement => child instanceof HTMLElement && !child.hasAttribute('data-projector-keep'));
  }

  enter(): void {
    const children = this.#children();
    this.#sections = projectorSections(children.map((child) => child.tagName));
    const hashTarget = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const holder = hashTarget ? children.findIndex((child) => child === hashTarget || child.contains(hashTarget)) : -1;
    const inView = children.findIndex((child) => child.getBoundingClientRect().bottom > 0);
    this.#root.dataset.projector = '';
    this.#setPressed(true);
    this.show(sectionOf(this.#sections, holder >= 0 ? holder : Math.max(0, inView)));
  }

  leave(): void {
    const heading = this.#heading(this.#current);
    delete this.#root.dataset.projector;
    for (const child of this.#children()) child.removeAttribute('data-projector-hidden');
    this.#setPressed(false);
    history.replaceState(history.state, '', `${location.pathname}${presentSearch(location.search, false)}${location.hash}`);
    heading?.scrollIntoView({ block: 'start' });
  }

  show(index: number): void {
    if (this.#sections.length === 0) return;
    this.#current = Math.min(Math.max(index, 0), this.#sections.length - 1);
    const { start, end } = this.#sections[this.#current]!;
    this.#children().forEach((child, i) => child.toggleAttribute('data-projector-hidden', i < start || i >= end));
    const heading = this.#heading(this.#current);
    const hash = heading?.id ? `#${heading.id}` : '';
    history.replaceState(history.state, '', `${location.pathname}${presentSearch(location.search, true)}${hash}`);
    const counter = this.bar.querySelector('[data-projector-count]');
    if (counter) counter.textContent = presentStrings.sectionCount(this.#current, this.#sections.length, heading?.textContent?.trim() ?? '');
    this.bar.querySelector<HTMLButtonElement>('[data-projector-prev]')!.disabled = this.#current === 0;
    this.bar.querySelector<HTMLButtonElement>('[data-projector-next]')!.disabled = this.#current === this.#sections.length - 1;
    window.scrollTo({ top: 0, behavior: 'instant' });
  }

  step(delta: number): void {
    this.show(this.#current + delta);
  }

  /** The section's own heading: its h2, or the lesson's h1 for the first section. */
  #heading(index: number): HTMLElement | null {
    const section = this.#sections[index];
    const first = section ? this.#children()[section.start] : undefined;
    if (!first) return null;
    return first.tagName === 'H2' ? first : first.querySelector('h1');
  }

  #setPressed(pressed: boolean): void {
    for (const toggle of this.bar.querySelectorAll('[data-projector-toggle]')) toggle.setAttribute('aria-pressed', String(pressed));
  }
}

/** Wires the projector bar of a lesson page: the toggle, section buttons, keys, and `?present` on load. */
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

/**
 * Defines a custom element only when the reader gets near one: the element's module is imported
 * when an instance comes within `rootMargin` of the viewport, or at once on the first pointer,
 * focus or key event inside one. Until then the server-rendered HTML stands on its own, and the
 * page ships only this loader — which keeps each page's JS budget before interaction.
 */

/** How a lazily defined element is loaded: its tag name and a function that imports and defines it. */
export interface LazyElement {
  /** The custom element's tag, e.g. 'viz-stepper'. */
  tag: string;
  /** Imports the element's module and calls its define function. */
  load: () => Promise<unknown>;
  /** How far outside the viewport an instance starts loading (CSS margin, default '400px'). */
  rootMargin?: string;
}

const INTERACTIONS = ['pointerdown', 'focusin', 'keydown', 'dragenter'] as const;

/** Loads `load()` once, when any `tag` element nears the viewport or is interacted with. */
export function lazyDefine({ tag, load, rootMargin = '400px' }: LazyElement): void {
  if (customElements.get(tag)) return;
  const instances = [...document.querySelectorAll(tag)];
  if (instances.length === 0) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    for (const instance of instances) for (const type of INTERACTIONS) instance.removeEventListener(type, start, true);
    load().catch((error: unknown) => console.error(`Could not load <${tag}>:`, error));
  };
  const observer = typeof IntersectionObserver === 'undefined'
    ? undefined
    : new IntersectionObserver((entries) => { if (entries.some((entry) => entry.isIntersecting)) start(); }, { rootMargin });
  for (const instance of instances) {
    observer?.observe(instance);
    for (const type of INTERACTIONS) instance.addEventListener(type, start, true);
  }
  if (!observer) start();
}

/**
 * Defines a custom element only when the reader gets near one: the element's module is imported
 * when an instance comes within `rootMargin` of the viewport, or at once on the first pointer,
 * focus or key event inside one. Until then the server-rendered HTML stands on its own, and the
 * page ships only this loader — which keeps each page's JS budget before interaction. Clicks on
 * buttons and key presses that arrive while the module is still loading are replayed once the
 * element is defined, so a reader's first action is never lost.
 */

/** How a lazily defined element is loaded: its tag name and a function that imports and defines it. */
export interface LazyElement {
  /** The custom element's tag, e.g. 'viz-stepper'. */
  tag: string;
  /** Imports the element's module and calls its define function. */
  load: () => Promise<unknown>;
  /** How far outside the viewport an instance starts loading (CSS margin, default '400px'); `null`: only on interaction. */
  rootMargin?: string | null;
}

const INTERACTIONS = ['pointerdown', 'focusin', 'keydown', 'dragenter'] as const;
const REPLAYED = ['click', 'keydown'] as const;
/** Keys that only move focus or are modifiers on their own: the browser has already acted on them. */
const NOT_REPLAYED_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta']);

/** Whether `event`, arriving before the element is defined, is an action the element would have handled. */
function replayable(event: Event): boolean {
  const target = event.target;
  if (!(target instanceof Element) || !event.isTrusted) return false;
  if (event.type === 'click') return target.closest('button') !== null;
  const { key } = event as KeyboardEvent;
  // Form fields have already acted on their own keys (typing, arrows in a range or radio group).
  return !NOT_REPLAYED_KEYS.has(key) && !target.closest('input, select, textarea, [contenteditable]');
}

/** Dispatches a copy of an early event at its original target, now that the element listens. */
function replay(event: Event): void {
  const target = event.target as Element;
  if (!target.isConnected) return;
  if (event.type === 'click') {
    target.closest('button')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    return;
  }
  const { key, code, altKey, ctrlKey, metaKey, shiftKey } = event as KeyboardEvent;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, code, altKey, ctrlKey, metaKey, shiftKey, bubbles: true, cancelable: true, composed: true }));
}

/**
 * Loads `load()` once, when any `tag` element nears the viewport or is interacted with; early actions are replayed after.
 * Returns a function that starts loading now (for other signs of intent), or undefined when there is nothing to load.
 */
export function lazyDefine({ tag, load, rootMargin = '400px' }: LazyElement): (() => void) | undefined {
  if (customElements.get(tag)) return undefined;
  const instances = [...document.querySelectorAll(tag)];
  if (instances.length === 0) return undefined;
  const early: Event[] = [];
  const remember = (event: Event) => { if (!customElements.get(tag) && replayable(event)) early.push(event); };
  const stopRemembering = () => {
    for (const instance of instances) for (const type of REPLAYED) instance.removeEventListener(type, remember, true);
  };
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    for (const instance of instances) for (const type of INTERACTIONS) instance.removeEventListener(type, start, true);
    load()
      .then(() => customElements.whenDefined(tag))
      .then(() => { stopRemembering(); for (const event of early.splice(0)) replay(event); })
      .catch((error: unknown) => { stopRemembering(); console.error(`Could not load <${tag}>:`, error); });
  };
  const observer = rootMargin === null || typeof IntersectionObserver === 'undefined'
    ? undefined
    : new IntersectionObserver((entries) => { if (entries.some((entry) => entry.isIntersecting)) start(); }, { rootMargin });
  for (const instance of instances) {
    observer?.observe(instance);
    for (const type of REPLAYED) instance.addEventListener(type, remember, true);
    for (const type of INTERACTIONS) instance.addEventListener(type, start, true);
  }
  if (!observer && rootMargin !== null) start();
  return start;
}

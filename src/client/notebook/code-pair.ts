/** <code-pair>: turns a Keras/TF.js pair of panels into keyboard-operable ARIA tabs, remembering the reader's pick. */
import { readStored, STORAGE_KEYS } from '../../lib/site/storage-keys';

function remembered(): string | null {
  try {
    return readStored(localStorage, 'codePair');
  } catch {
    return null;
  }
}

class CodePair extends HTMLElement {
  connectedCallback(): void {
    const tablist = this.querySelector<HTMLElement>(':scope > [role="tablist"]');
    const tabs = [...this.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] [role="tab"]')];
    if (!tablist || tabs.length === 0) return;
    tablist.hidden = false;
    this.dataset.enhanced = '';
    for (const panel of this.#panels()) panel.setAttribute('role', 'tabpanel');
    const initial = remembered() ?? this.dataset.initial ?? tabs[0]!.dataset.key!;
    this.select(tabs.some((tab) => tab.dataset.key === initial) ? initial : tabs[0]!.dataset.key!, false);
    tablist.addEventListener('click', (event) => {
      const tab = (event.target as HTMLElement).closest<HTMLButtonElement>('[role="tab"]');
      if (tab?.dataset.key) this.select(tab.dataset.key, true);
    });
    tablist.addEventListener('keydown', (event) => this.#onKey(event, tabs));
  }

  #panels(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > .panel')];
  }

  /** Shows the panel for `key` ('python' | 'tfjs'); `remember` stores the choice for every pair on the site. */
  select(key: string, remember: boolean): void {
    for (const tab of this.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] [role="tab"]')) {
      const selected = tab.dataset.key === key;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    for (const panel of this.#panels()) panel.hidden = panel.dataset.key !== key;
    if (!remember) return;
    try {
      localStorage.setItem(STORAGE_KEYS.codePair, key);
    } catch {
      // Storage blocked: the choice still applies on this page.
    }
  }

  #onKey(event: KeyboardEvent, tabs: HTMLButtonElement[]): void {
    const current = tabs.findIndex((tab) => tab === document.activeElement);
    if (current < 0) return;
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -current, End: tabs.length - 1 - current };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const target = tabs[(current + move + tabs.length) % tabs.length]!;
    this.select(target.dataset.key!, true);
    target.focus();
  }
}

/** Registers the <code-pair> custom element once. */
export function defineCodePair(): void {
  if (!customElements.get('code-pair')) customElements.define('code-pair', CodePair);
}

/** The theme toggle: flips data-theme on <html>, remembers the choice, and follows the system until one is made. */
import { readStored, STORAGE_KEYS } from '../../lib/site/storage-keys';

function storedTheme(): string | null {
  try {
    return readStored(localStorage, 'theme');
  } catch {
    return null;
  }
}

function apply(root: HTMLElement, theme: 'light' | 'dark', buttons: HTMLElement[]): void {
  root.dataset.theme = theme;
  for (const button of buttons) button.setAttribute('aria-pressed', String(theme === 'dark'));
}

/** Wires every `[data-theme-toggle]` button in `doc`; safe to call once per page. */
export function mountThemeToggle(doc: Document): void {
  const root = doc.documentElement;
  const buttons = [...doc.querySelectorAll<HTMLElement>('[data-theme-toggle]')];
  apply(root, root.dataset.theme === 'dark' ? 'dark' : 'light', buttons);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
      apply(root, next, buttons);
      try {
        localStorage.setItem(STORAGE_KEYS.theme, next);
      } catch {
        // Storage blocked: the choice lasts for this page only, which is still correct behaviour.
      }
    });
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
    if (!storedTheme()) apply(root, event.matches ? 'dark' : 'light', buttons);
  });
}

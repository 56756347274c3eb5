/**
 * <site-search>: a search box over the site's own Pagefind index, loaded on first focus. The box is a combobox
 * over a listbox of results (the WAI-ARIA pattern): ↓ and ↑ move through the results, Enter opens the chosen one,
 * Escape clears; focus stays in the box, the active result is announced through aria-activedescendant. A result
 * opens its page at the section that matched best.
 */
import { siteStrings } from '../../lib/strings/site';
import { searchHit, type SearchHit, type SearchPage } from '../../lib/site/search-result';

interface Pagefind {
  search(term: string): Promise<{ results: { data(): Promise<SearchPage> }[] } | null>;
}

const MAX_RESULTS = 8;
const OPTION_ID = 'site-search-option-';

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind | null> | undefined;
  #latest = 0;
  #active = -1;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const list = this.querySelector('.results');
    if (!form || !input || !list) return;
    form.hidden = false;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', siteStrings.searchResultsLabel);
    form.addEventListener('submit', (event) => event.preventDefault());
    // Narrow screens: one tap on Search opens the box with the keyboard up; Escape or a second tap closes it.
    const opener = this.querySelector<HTMLButtonElement>('[data-search-open]');
    opener?.addEventListener('click', () => {
      const open = opener.getAttribute('aria-expanded') !== 'true';
      opener.setAttribute('aria-expanded', String(open));
      if (open) input.focus();
    });
    input.addEventListener('focus', () => void this.#load());
    input.addEventListener('input', () => void this.#search(input.value.trim()));
    input.addEventListener('keydown', (event) => {
      this.#onKey(event, input);
      if (event.key === 'Escape' && opener?.getAttribute('aria-expanded') === 'true') {
        opener.setAttribute('aria-expanded', 'false');
        opener.focus();
      }
    });
    list.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option?.dataset.href) location.assign(option.dataset.href);
    });
  }

  #options(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('.results [role="option"]')];
  }

  #onKey(event: KeyboardEvent, input: HTMLInputElement): void {
    const options = this.#options();
    if (event.key === 'Escape') {
      input.value = '';
      void this.#search('');
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && options.length > 0) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#activate(input, (this.#active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && this.#active >= 0) {
      const href = options[this.#active]?.dataset.href;
      if (!href) return;
      event.preventDefault();
      location.assign(href);
    }
  }

  /** Marks result `index` as the active option (−1: none) and points the box at it. */
  #activate(input: HTMLInputElement, index: number): void {
    this.#active = index;
    for (const [position, option] of this.#options().entries()) {
      option.setAttribute('aria-selected', String(position === index));
      if (position === index) option.scrollIntoView({ block: 'nearest' });
    }
    if (index >= 0) input.setAttribute('aria-activedescendant', `${OPTION_ID}${index}`);
    else input.removeAttribute('aria-activedescendant');
  }

  #load(): Promise<Pagefind | null> {
    // The URL is built at run time so the bundler leaves the site's own index script alone.
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    this.#pagefind ??= import(/* @vite-ignore */ url).then(
      (module: Pagefind) => module,
      () => null,
    );
    return this.#pagefind;
  }

  #show(results: SearchHit[]): void {
    const input = this.querySelector('input');
    this.querySelector('.results')?.replaceChildren(...results.map(renderResult));
    input?.setAttribute('aria-expanded', String(results.length > 0));
    if (input) this.#activate(input, -1);
  }

  async #search(query: string): Promise<void> {
    const run = ++this.#latest;
    const status = this.querySelector('.status')!;
    if (!query) {
      status.textContent = '';
      this.#show([]);
      return;
    }
    status.textContent = siteStrings.searchLoading;
    const pagefind = await this.#load();
    if (!pagefind) {
      status.textContent = siteStrings.searchUnavailable;
      return;
    }
    const found = await pagefind.search(query);
    const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
    if (run !== this.#latest) return; // A newer query has started: drop this stale answer.
    status.textContent = data.length ? siteStrings.searchResults(data.length, query) : siteStrings.searchNoResults(query);
    this.#show(data.map(searchHit));
  }
}

function renderResult(result: SearchHit, index: number): HTMLLIElement {
  const item = document.createElement('li');
  item.id = `${OPTION_ID}${index}`;
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  // The page at the section that matched (Pagefind's sub-result anchor), not at its top.
  item.dataset.href = result.href;
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = result.title;
  const excerpt = document.createElement('span');
  excerpt.className = 'excerpt';
  // Pagefind's excerpt is escaped text with <mark> around hits; it comes from our own built pages.
  excerpt.innerHTML = result.excerpt;
  item.append(title, excerpt);
  return item;
}

/** Registers the <site-search> custom element once. */
export function defineSiteSearch(): void {
  if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
}

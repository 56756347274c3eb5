/** <site-search>: a search box over the site's own Pagefind index, loaded on first focus. */
import { siteStrings } from '../../lib/strings';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind | null> | undefined;
  #latest = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    if (!form || !input) return;
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
      if (event.key === 'Escape') {
        input.value = '';
        void this.#search('');
        if (opener?.getAttribute('aria-expanded') === 'true') {
          opener.setAttribute('aria-expanded', 'false');
          opener.focus();
        }
      }
    });
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

  async #search(query: string): Promise<void> {
    const run = ++this.#latest;
    const status = this.querySelector('.status')!;
    const list = this.querySelector('.results')!;
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
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
    list.replaceChildren(...data.map(renderResult));
  }
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around hits; it comes from our own built pages.
  excerpt.innerHTML = result.excerpt;
  item.append(link, excerpt);
  return item;
}

/** Registers the <site-search> custom element once. */
export function defineSiteSearch(): void {
  if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
}

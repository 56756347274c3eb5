// Where a search result takes the reader: Pagefind splits each page into sections at its headings
// with ids (its "sub-results"); a result opens the page at the section that matches best.

/** The part of one Pagefind sub-result (a section of a page, from one heading to the next) that the search box uses. */
export interface SearchSection {
  title: string;
  /** The page's URL with the heading's anchor (`/depthwise/#one-filter-per-channel`), or the page's own URL before the first heading. */
  url: string;
  excerpt: string;
  locations: readonly number[];
  weighted_locations?: readonly { balanced_score: number }[];
}

/** The part of one Pagefind result (a page) that the search box uses. */
export interface SearchPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: readonly SearchSection[];
}

/** What the results list shows for a page and where Enter takes the reader. */
export interface SearchHit {
  /** The page's title, or "Page › Section" when the best match is under one of its headings. */
  title: string;
  href: string;
  excerpt: string;
}

/** How strongly a section matches: Pagefind's balanced scores of its matching words, or their count when it gives none. */
function sectionScore(section: SearchSection): number {
  const weighted = section.weighted_locations ?? [];
  return weighted.length > 0 ? weighted.reduce((total, word) => total + word.balanced_score, 0) : section.locations.length;
}

/** The page's best-matching section (the first of equals, in page order), as the hit to show and open. */
export function searchHit(page: SearchPage): SearchHit {
  const pageTitle = page.meta.title ?? page.url;
  const best = (page.sub_results ?? []).reduce<SearchSection | undefined>((top, section) => (!top || sectionScore(section) > sectionScore(top) ? section : top), undefined);
  if (!best) return { title: pageTitle, href: page.url, excerpt: page.excerpt };
  const inSection = best.url !== page.url && best.title !== pageTitle;
  return { title: inSection ? `${pageTitle} › ${best.title}` : pageTitle, href: best.url, excerpt: best.excerpt };
}

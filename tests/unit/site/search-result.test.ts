import { describe, expect, it } from 'vitest';
import { searchHit, type SearchPage } from '../../../src/lib/site/search-result';

const section = (title: string, url: string, scores: number[]) => ({
  title, url, excerpt: `…${title}…`, locations: scores.map((_, i) => i), weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('searchHit', () => {
  const page: SearchPage = {
    url: '/depthwise/', excerpt: 'page excerpt', meta: { title: 'Depthwise convolution' },
    sub_results: [
      section('Depthwise convolution', '/depthwise/', [1]),
      section('One filter per channel', '/depthwise/#one-filter-per-channel', [2, 2]),
      section('Padding, stride and dilation', '/depthwise/#padding-stride-and-dilation', [5]),
    ],
  };

  it('opens the page at the section whose matches score highest, titled "Page › Section"', () => {
    expect(searchHit(page)).toEqual({
      title: 'Depthwise convolution › Padding, stride and dilation', href: '/depthwise/#padding-stride-and-dilation', excerpt: '…Padding, stride and dilation…',
    });
  });
  it('keeps the first of equally good sections, and counts matches when Pagefind gives no scores', () => {
    const tied = { ...page, sub_results: [section('A', '/x/#a', [3]), section('B', '/x/#b', [1, 2])] };
    expect(searchHit(tied).href).toBe('/x/#a');
    const unweighted = { ...page, sub_results: [{ ...section('A', '/x/#a', [1]), weighted_locations: [] }, { ...section('B', '/x/#b', [1, 1]), weighted_locations: [] }] };
    expect(searchHit(unweighted).href).toBe('/x/#b');
  });
  it('opens the page at its top, under the page title, when the best match is before the first heading or there are no sections', () => {
    const top = { ...page, sub_results: [section('Depthwise convolution', '/depthwise/', [9]), section('One filter per channel', '/depthwise/#one', [1])] };
    expect(searchHit(top)).toMatchObject({ title: 'Depthwise convolution', href: '/depthwise/' });
    expect(searchHit({ url: '/lab/', excerpt: 'e', meta: {} })).toEqual({ title: '/lab/', href: '/lab/', excerpt: 'e' });
  });
});

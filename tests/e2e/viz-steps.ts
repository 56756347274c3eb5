/** Shared steps for the visual-explanation e2e specs. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The fixture page with every visual component in the configurations the specs check (tests/fixtures/pages/viz.astro). */
export const PAGE = '/test/viz/';

/** The data URL of the raster drawn for channel 0 of a feature-map group: changes when the picture or kernel does. */
export async function rasterOf(group: Locator): Promise<string> {
  return (await group.locator('[data-channel="0"] image').getAttribute('href')) ?? '';
}

/** The three feature-map groups of the photo block, drawn. */
export async function photoGroups(page: Page): Promise<Locator> {
  const block = page.locator('#maps-photo-block');
  await block.scrollIntoViewIfNeeded();
  const groups = block.locator('[data-viz="feature-maps"]');
  await expect(groups).toHaveCount(3);
  await expect(groups.first()).toHaveAttribute('data-drawn', /shared|independent/);
  return groups;
}

/**
 * Steps shared by the printing specs (print.spec.ts, worksheets.spec.ts): what a printed page must
 * hold before any script has drawn it.
 */
import type { Page } from '@playwright/test';

/** Labels of heatmap slots without a drawn picture (SVG or a decoded PNG) of a real size. */
export async function emptySlots(page: Page): Promise<string[]> {
  return page.locator('[data-plot]').evaluateAll((slots) => slots.flatMap((slot) => {
    const picture = slot.querySelector('svg, img');
    const box = picture?.getBoundingClientRect();
    const decoded = !(picture instanceof HTMLImageElement) || (picture.complete && picture.naturalWidth > 0);
    return picture && box && box.width > 20 && box.height > 20 && decoded ? [] : [slot.getAttribute('data-label') ?? '?'];
  }));
}

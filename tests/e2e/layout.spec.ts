/**
 * Layout as a phone (and a desktop) reader meets it: a one-row header with Menu and one-tap
 * Search, the lesson title on the first screen, no layout shift while the page loads (with the CPU
 * slowed 4× on the phone, as Lighthouse does), and no sideways panning at 360 or 390 px once the
 * whole page, every lazy part included, has been drawn.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtRoutes, LESSON_ROUTES } from './routes';

const routes = builtRoutes();
const MAX_CLS = 0.05;

/** The page's cumulative layout shift so far (shifts right after input excluded, as the metric defines). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) total += entry.value;
      }
      resolve(total);
    }).observe({ type: 'layout-shift', buffered: true });
    // No shift at all: the observer never calls back, so answer after a frame.
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
  }));
}

/** Loads `route` and waits until its scripts, lazy modules included, have settled. */
async function loadSettled(page: Page, route: string): Promise<void> {
  await page.goto(route, { waitUntil: 'networkidle' });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
}

/** Scrolls through the whole page a screen at a time, so every lazily defined part is drawn, then back to the top. */
async function readWholePage(page: Page): Promise<void> {
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 500) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await expect.poll(() => page.evaluate(() => document.querySelectorAll(':not(:defined)').length)).toBe(0);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('no layout shift while loading', () => {
  for (const route of routes) {
    test(`${route}: CLS ≤ ${MAX_CLS} on a 412×823 phone with the CPU slowed 4× and at 1280×800`, async ({ page }) => {
      await page.setViewportSize({ width: 412, height: 823 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await loadSettled(page, route);
      expect(await layoutShift(page), `phone CLS on ${route}`).toBeLessThanOrEqual(MAX_CLS);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.setViewportSize({ width: 1280, height: 800 });
      await loadSettled(page, route);
      expect(await layoutShift(page), `desktop CLS on ${route}`).toBeLessThanOrEqual(MAX_CLS);
    });
  }
});

test.describe('no sideways panning on phones', () => {
  for (const route of routes) {
    test(`${route} fits 360 and 390 px screens after every lazy part is drawn`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(route);
      await readWholePage(page);
      expect(await overflow(page), `overflow at 360 px on ${route}`).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 390, height: 844 });
      await readWholePage(page);
      expect(await overflow(page), `overflow at 390 px on ${route}`).toBeLessThanOrEqual(0);
    });
  }
});

test('wide tables scroll inside their own named, focusable box', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/effective/');
  const boxes = page.locator('.table-scroll');
  expect(await boxes.count()).toBeGreaterThanOrEqual(2);
  const first = page.getByRole('region', { name: /MobileNet/ });
  await expect(first).toBeVisible();
  await first.focus();
  await expect(first).toBeFocused();
  const before = await first.evaluate((node) => node.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => first.evaluate((node) => node.scrollLeft)).toBeGreaterThan(before);
});

test.describe('phone header', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('is one row with the lesson title on the first screen, a Menu with the links and lessons, and Search in one tap', async ({ page }) => {
    const lesson = LESSON_ROUTES.find((route) => routes.includes(route)) ?? routes[0]!;
    await page.goto(lesson);
    const header = await page.locator('header.site-header').boundingBox();
    expect(header?.height).toBeLessThan(70);
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect((title?.y ?? Infinity) + (title?.height ?? 0)).toBeLessThan(823);

    await page.getByText('Menu', { exact: true }).click();
    const main = page.getByRole('navigation', { name: 'Main' });
    await expect(main.getByRole('link', { name: 'Benchmark lab' })).toBeVisible();
    const lessons = page.getByRole('navigation', { name: 'Lessons' });
    await expect(lessons.getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
    await main.getByRole('link', { name: 'About & credits' }).click();
    await expect(page).toHaveURL(/\/about\/$/);

    await page.getByRole('button', { name: 'Search' }).click();
    const box = page.getByRole('combobox', { name: 'Search lessons' });
    await expect(box).toBeFocused();
    await box.fill('pointwise');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
  });
});

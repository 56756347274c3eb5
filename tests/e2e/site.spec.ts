/** The site foundation as a reader meets it: every page loads cleanly, maths, theme, search, keyboard, 404. */
import { test, expect, expectNoA11yViolations } from './fixtures';
import { builtRoutes } from './routes';

const routes = builtRoutes();

test.describe('every page', () => {
  for (const route of routes) {
    test(`${route} answers 200, is cross-origin isolated and has no serious axe violation in light and dark`, async ({ page }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      await expect(page.getByRole('main')).toBeVisible();
      await expectNoA11yViolations(page);
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expectNoA11yViolations(page);
    });
  }
});

test('maths on a lesson is typeset at build time, with no KaTeX script shipped', async ({ page }) => {
  await page.goto('/convolution/');
  const formulas = page.locator('.katex');
  expect(await formulas.count()).toBeGreaterThan(3);
  await expect(page.locator('.katex-display').first()).toBeVisible();
  // MathML is there for screen readers; the visual HTML is there for everyone else.
  await expect(page.locator('.katex-mathml math').first()).toBeAttached();
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
  expect(scripts.filter((src) => /katex/i.test(src))).toEqual([]);
});

test('the theme toggle flips the theme and the choice survives a reload without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // The theme must be set before first paint: read it as soon as the document has been parsed.
  await page.goto('/convolution/', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('without a stored choice the theme follows prefers-color-scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('search finds lessons that mention "pointwise"', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search lessons' });
  await box.fill('pointwise');
  const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((options) => options.map((option) => new URL((option as HTMLElement).dataset.href ?? '', location.href).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  if (routes.includes('/pointwise/')) expect(hrefs).toContain('/pointwise/');
  await box.fill('zzqqxxnotaword');
  await expect(page.getByText('No results for “zzqqxxnotaword”.')).toBeVisible();
});

test('keyboard-only navigation reaches every link on every page', async ({ page }) => {
  test.setTimeout(360_000);   // Tabs through every stop of every page: the lessons now hold more cells, each several stops.
  for (const route of routes) {
    await page.goto(route);
    const links = await page.locator('a[href]:visible').evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).href));
    // The page records every link that receives focus; the test only presses Tab.
    await page.evaluate(() => {
      const reached = new Set<string>();
      (window as unknown as { reachedLinks: Set<string> }).reachedLinks = reached;
      document.addEventListener('focusin', (event) => {
        const target = event.target as HTMLAnchorElement;
        if (target.href) reached.add(target.href);
      });
    });
    const tabStops = await page.locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').count();
    const wanted = new Set(links).size;
    let reached = new Set<string>();
    for (let presses = 0; presses < tabStops + 20 && reached.size < wanted; presses += 10) {
      for (let press = 0; press < 10; press++) await page.keyboard.press('Tab');
      reached = new Set(await page.evaluate(() => [...(window as unknown as { reachedLinks: Set<string> }).reachedLinks]));
    }
    expect([...new Set(links)].filter((href) => !reached.has(href)), `links not reachable by Tab on ${route}`).toEqual([]);
  }
});

test.describe('not found', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('an unknown path answers 404 with a way back', async ({ page }) => {
    const response = await page.goto('/no-such-lesson/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Start from the home page' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectNoA11yViolations(page);
  });
});

test('print hides navigation and keeps the lesson text and code', async ({ page }) => {
  await page.goto('/convolution/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the layout works on a 360 px phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of ['/', '/convolution/']) {
    await page.goto(route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${route}`).toBeLessThanOrEqual(1);
  }
});

test('the home page answers the seed question with numbers computed by the cost formulas', async ({ page }) => {
  const { compareSeparable, formatCount, formatRatio } = await import('../../src/lib/cost');
  const block = compareSeparable({ inHeight: 32, inWidth: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('single kernel per channel effective');
  const answer = page.locator('.answer');
  await expect(answer).toContainText(`${formatCount(block.separableParameters)} parameters instead of ${formatCount(block.standardParameters)}`);
  await expect(answer).toContainText(`${formatRatio(block.parameterFactor)} fewer`);
  await expect(page.getByRole('link', { name: /Standard convolution/ })).toBeVisible();
});

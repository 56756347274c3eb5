/**
 * Search and on-page contents as a reader uses them: formulas read once, controls, figure tables and
 * placeholders not indexed, the lab found, keys work, and a result opens its page at the matching section.
 */
import { test, expect, expectNoA11yViolations } from './fixtures';
import { LESSON_ROUTES } from './routes';
import { presentStrings } from '../../src/lib/strings/present';
import { vizStrings } from '../../src/lib/strings/viz';

async function search(page: import('@playwright/test').Page, query: string) {
  const box = page.getByRole('combobox', { name: 'Search lessons' });
  await box.fill(query);
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  return { box, options };
}

test('"roofline" finds the benchmark lab', async ({ page }) => {
  await page.goto('/');
  const { options } = await search(page, 'roofline');
  const hrefs = await options.evaluateAll((nodes) => nodes.map((node) => new URL((node as HTMLElement).dataset.href ?? '', location.href).pathname));
  expect(hrefs).toContain('/lab/');
});

test('ArrowDown then Enter in the search box opens the first result; the box points at the active option', async ({ page }) => {
  await page.goto('/');
  const { box, options } = await search(page, 'pointwise');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const first = await options.first().getAttribute('data-href');
  await box.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  await expect(box).toBeFocused();
  await expectNoA11yViolations(page, 'site-search');
  await box.press('Enter');
  await expect(page).toHaveURL(new URL(first!, page.url()).href);
});

test('search excerpts read each formula once and never index control labels', async ({ page }) => {
  await page.goto('/');
  for (const query of ['channels', 'output', 'kernel']) {
    const { options } = await search(page, query);
    const texts = await options.allTextContents();
    for (const text of texts) {
      // KaTeX's TeX source and MathML duplicates ("NNN", "H_\text{out}") must not appear.
      expect(text).not.toMatch(/\\text|\\times|_\{|\^\{|NNN|MMM/);
      expect(text).not.toMatch(/Capture\s*Cancel|Apply kernel|Copy link|Previous step/);
    }
  }
});

test('the contents of /cost/ read the ratio heading once, as a reader sees it', async ({ page }) => {
  await page.goto('/cost/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  // "The ratio 1/N + 1/k²" (or 1/C_out once the notation changes): the formula once, never its TeX source.
  await expect(contents.getByRole('link', { name: /^The ratio/ })).toHaveText(/^The ratio 1\/[A-Za-z_]+ \+ 1\/k²$/);
});

test('search indexes prose, captions and headings: figure tables, projector help and placeholders never show in excerpts', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search lessons' });
  const status = page.locator('#site-search-status');
  // A placeholder, the projector's key help, figure tables' captions and cells, the stepper's key hint.
  const junk = [presentStrings.runToSee(presentStrings.runToSeeDefault), 'Page Down / Page Up', vizStrings.summaryTable, `${vizStrings.column} 0`, vizStrings.minimum, vizStrings.stepperKeys];
  for (const query of ['Run this cell to see its output', 'Esc leaves', 'minimum mean maximum', 'values as a table', 'Home and End jump']) {
    await box.fill(query);
    await expect(status).toHaveText(new RegExp(`(results? for|No results for) “${query}”`));
    const texts = await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').allTextContents();
    for (const text of texts) for (const phrase of junk) expect(text, `a result for “${query}”`).not.toContain(phrase);
  }
  // What the index holds for each lesson: its headings, none of the interface text.
  const indexed = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href);
    const found = await pagefind.search(null, { filters: {} });
    return Promise.all(found.results.map(async (result: { data(): Promise<{ url: string; content: string }> }) => {
      const { url, content } = await result.data();
      return { url, content };
    }));
  });
  for (const route of LESSON_ROUTES) {
    const lesson = indexed.find((entry: { url: string }) => entry.url === route);
    expect(lesson, `${route} is indexed`).toBeTruthy();
    for (const phrase of junk) expect(lesson!.content, `${route}'s indexed text`).not.toContain(phrase);
    expect(lesson!.content).not.toContain(presentStrings.projectorMode);
  }
});

test('Enter on a result opens the page at the section that matched, not at its top', async ({ page }) => {
  await page.goto('/');
  const { box, options } = await search(page, 'dilation');
  await expect(options.first()).toContainText('Depthwise convolution › Padding, stride and dilation');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/depthwise\/#padding-stride-and-dilation$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Padding, stride and dilation' })).toBeInViewport();
});

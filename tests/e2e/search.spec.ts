/** Search and on-page contents as a reader uses them: formulas read once, controls not indexed, the lab found, keys work. */
import { test, expect, expectNoA11yViolations } from './fixtures';

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

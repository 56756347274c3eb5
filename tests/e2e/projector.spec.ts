/**
 * Projector mode as a lecturer uses it: the button and `?present` switch it on, type grows at least
 * 1.5×, the sidebars go, → and Page Down move one section on, a focused control keeps its arrows,
 * Esc leaves, and axe finds nothing serious in light, dark and projector mode.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { LESSON_ROUTES } from './routes';
import { presentStrings } from '../../src/lib/strings/present';
import { vizStrings } from '../../src/lib/strings/viz';

const paragraphSize = (page: Page) => page.locator('article.lesson > p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
const visibleH2 = (page: Page) => page.locator('article.lesson > h2:visible');

test('the Projector mode button enlarges type 1.5× or more, hides the sidebars and → moves to the next section', async ({ page }) => {
  await page.goto('/depthwise/');
  const before = await paragraphSize(page);
  const toggle = page.getByRole('button', { name: presentStrings.projectorMode });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?present/);
  expect(await paragraphSize(page)).toBeGreaterThanOrEqual(1.5 * before);
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(visibleH2(page)).toHaveCount(0);
  const headings = await page.locator('article.lesson > h2').allTextContents();
  await page.keyboard.press('ArrowRight');
  await expect(visibleH2(page)).toHaveText([headings[0]!]);
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: presentStrings.sectionCount(1, headings.length + 1, headings[0]!) })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(visibleH2(page)).toHaveText([headings[1]!]);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/present/);
  expect(await paragraphSize(page)).toBe(before);
  await expect(page.locator('article.lesson > h2').first()).toBeVisible();
});

test('?present opens projector mode, and a focused stepper keeps its arrows while Page Down still changes section', async ({ page }) => {
  await page.goto('/convolution/?present');
  await expect(page.getByRole('button', { name: presentStrings.projectorMode })).toHaveAttribute('aria-pressed', 'true');
  const stage = page.getByRole('group', { name: vizStrings.stageLabel });
  const sections = await page.locator('article.lesson > h2').count();
  for (let pressed = 0; pressed <= sections && !(await stage.isVisible()); pressed++) await page.keyboard.press('PageDown');
  await expect(stage).toBeVisible();
  const counter = page.locator('[data-projector-count]');
  const screen = (await counter.textContent()) ?? '';
  await stage.focus();
  const announced = page.locator('viz-stepper [data-live]');
  const first = (await announced.textContent()) ?? '';
  await page.keyboard.press('ArrowRight');
  await expect(announced).not.toHaveText(first);
  await expect(counter).toHaveText(screen);
  await page.keyboard.press('PageDown');
  await expect(counter).not.toHaveText(screen);
  await expect(stage).toBeHidden();
});

test('a cell stays usable in projector mode: it runs, its editor keeps the arrows, Esc leaves the editor before projector mode', async ({ page }) => {
  await page.goto('/depthwise/?present');
  const counter = page.locator('[data-projector-count]');
  const cell = page.locator('dw-cell').first();
  const sections = await page.locator('article.lesson > h2').count();
  for (let pressed = 0; pressed <= sections && !(await cell.isVisible()); pressed++) await page.keyboard.press('PageDown');
  await expect(cell).toBeVisible();
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(cell).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(cell.getByRole('log')).not.toBeEmpty();
  const screen = (await counter.textContent()) ?? '';
  await cell.locator('[data-part="code"]').click();
  const editor = cell.getByRole('textbox');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(screen);
  await page.keyboard.press('Escape');
  await expect(editor).not.toBeFocused();
  await expect(page.getByRole('button', { name: presentStrings.projectorMode })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: presentStrings.projectorMode })).toHaveAttribute('aria-pressed', 'false');
});

for (const route of LESSON_ROUTES) {
  test(`${route} has a Projector mode button and is axe-clean in projector mode, light and dark`, async ({ page }) => {
    await page.goto(`${route}?present`);
    await expect(page.getByRole('button', { name: presentStrings.projectorMode })).toHaveAttribute('aria-pressed', 'true');
    await expectNoA11yViolations(page);
    await page.keyboard.press('PageDown');
    await expectNoA11yViolations(page);
    await page.evaluate(() => { document.documentElement.dataset.theme = 'dark'; });
    await expectNoA11yViolations(page);
  });
}

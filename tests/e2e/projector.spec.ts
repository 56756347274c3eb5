/**
 * Projector mode as a lecturer uses it: the button and `?present` switch it on, type grows at least
 * 1.5×, the sidebars go, a section taller than the screen is cut into screens that Page Down (a
 * clicker) steps through before the next section, every projected word and number is about 20 px or
 * more, the controls are one compact line at 1024×768, a focused control keeps its arrows, Esc leaves,
 * /train/, /lab/ and /lab/class/ project too (with large charts), and axe finds nothing serious in
 * light, dark and projector mode.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { LESSON_ROUTES } from './routes';
import { presentStrings } from '../../src/lib/strings/present';
import { vizStrings } from '../../src/lib/strings/viz';
import { classResultsStrings } from '../../src/lib/strings/class-results';

/** Below this, projected text is too small to read from the back of a room (body text is about 20 px). */
const MIN_PROJECTED_PX = 19.5;
/** More presses than any page has screens: loops stop long before. */
const MAX_PRESSES = 120;

const paragraphSize = (page: Page) => page.locator('article > p, article.lesson > header > p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
const counter = (page: Page) => page.getByRole('group', { name: presentStrings.projectorBar }).getByRole('status');
const toggle = (page: Page) => page.getByRole('button', { name: presentStrings.projectorMode });

/** The smallest text in view, in screen pixels (zoom and SVG scaling included), with what it is; sub- and superscripts of formulas aside. */
function smallestText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/[\u200b\s]/g, '');
      const element = node.parentElement;
      if (!text || !element || !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (element.closest('.visually-hidden, .katex-mathml, .katex .msupsub')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.bottom < 0 || box.top > window.innerHeight) continue;
      const zoom = (of: Element) => (of as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      const svg = element.closest('svg');
      let scale = zoom(element);
      if (svg) {
        // A drawing's text scales with the drawing: its size on screen over its viewBox (zoom included).
        const view = svg.viewBox.baseVal;
        const drawn = svg.getBoundingClientRect();
        scale = view && view.width ? Math.min(drawn.width / view.width, drawn.height / view.height) : zoom(svg);
      }
      const px = parseFloat(getComputedStyle(element).fontSize) * scale;
      if (px < smallest.px) smallest = { px, text: `${element.tagName.toLowerCase()} “${text.slice(0, 24)}”` };
    }
    return smallest;
  });
}

/** Presses Page Down until the counter and scroll position stop changing (the end), calling `visit` at every stop. */
async function walkScreens(page: Page, visit: (position: string) => Promise<void>): Promise<number> {
  let last = '';
  for (let pressed = 0; pressed < MAX_PRESSES; pressed++) {
    const position = `${await counter(page).textContent()} @${await page.evaluate(() => Math.round(window.scrollY))}`;
    if (position === last) return pressed;
    await visit(position);
    last = position;
    await page.keyboard.press('PageDown');
  }
  throw new Error('Page Down never reached the end');
}

test('the Projector mode button enlarges type 1.5× or more, hides the sidebars, and Page Down / Page Up and the arrows step through screens', async ({ page }) => {
  await page.goto('/depthwise/');
  const before = await paragraphSize(page);
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?present/);
  expect(await paragraphSize(page)).toBeGreaterThanOrEqual(1.5 * before);
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('article.lesson > h2:visible')).toHaveCount(0);
  const headings = await page.locator('article.lesson > h2').allTextContents();
  const first = counter(page);
  await expect(first).toHaveText(new RegExp(`^Section 1 of ${headings.length + 1}`));
  for (let pressed = 0; pressed < 10 && !(await page.getByRole('heading', { level: 2, name: headings[0]! }).isVisible()); pressed++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: headings[0]! })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(counter(page)).toHaveText(new RegExp(`^Section 2 of ${headings.length + 1}, screen 1 of \\d+: ${headings[0]}$`));
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(/^Section 2 of \d+, screen 2 of \d+/);
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText(/^Section 2 of \d+, screen 1 of \d+/);
  for (let pressed = 0; pressed < 10 && !(await page.getByRole('heading', { level: 1 }).isVisible()); pressed++) await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/present/);
  expect(await paragraphSize(page)).toBe(before);
  await expect(page.locator('article.lesson > h2').first()).toBeVisible();
});

test('/depthwise/ at 1280×720: a clicker alone reaches every stepper, cell and feature map of "One filter per channel", screen by screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/depthwise/?present');
  const section = 'One filter per channel';
  const wanted: Record<string, Locator> = {
    stepper: page.getByRole('group', { name: vizStrings.stageLabel }),
    'the seed\'s cell': page.getByRole('region', { name: 'The seed\'s depthwise layer, in TF.js' }),
    'the Sobel cell': page.getByRole('region', { name: /^Sobel x is spatially separable/ }),
    'feature maps': page.getByRole('region', { name: vizStrings.groupDepthwise }),
  };
  const seen = new Set<string>();
  const positions: string[] = [];
  await walkScreens(page, async (position) => {
    if (!position.includes(`: ${section} @`)) return;
    positions.push(position);
    const free = 720 - ((await page.locator('[data-projector-bar]').boundingBox())?.height ?? 0);
    for (const [name, target] of Object.entries(wanted)) {
      const box = await target.isVisible() ? await target.boundingBox() : null;
      // Seen: on the screen, above the bar, with at least 100 px of it (or all of it) in sight.
      if (box && Math.min(box.y + box.height, free) - Math.max(box.y, 0) >= Math.min(100, box.height)) seen.add(name);
    }
  });
  expect([...seen].sort(), `reached with Page Down in “${section}”`).toEqual(Object.keys(wanted).sort());
  const screens = new Set(positions.map((position) => position.replace(/ @\d+$/, '')));
  expect(screens.size, 'the section is cut into several screens').toBeGreaterThan(3);
});

test('/depthwise/ at 1024×768: the projector\'s controls are one compact line', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/depthwise/?present');
  const bar = page.locator('[data-projector-bar]');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  const box = (await bar.boundingBox())!;
  expect(box.height, 'the bar takes one line of the screen').toBeLessThanOrEqual(64);
  expect(box.y + box.height).toBeCloseTo(768, 0);
  const controls = [toggle(page), page.getByRole('button', { name: presentStrings.previousScreen }), counter(page), page.getByRole('button', { name: presentStrings.nextScreen })];
  const middles = await Promise.all(controls.map(async (control) => { const b = (await control.boundingBox())!; return b.y + b.height / 2; }));
  for (const middle of middles) expect(Math.abs(middle - middles[0]!)).toBeLessThanOrEqual(4);
  // The keys are one click away, in the same line.
  await page.getByText(presentStrings.keysButton, { exact: true }).click();
  await expect(page.getByText(presentStrings.projectorKeys)).toBeVisible();
});

test('?present opens projector mode, and a focused stepper keeps its arrows while Page Down still moves on', async ({ page }) => {
  await page.goto('/convolution/?present');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  const stage = page.getByRole('group', { name: vizStrings.stageLabel });
  for (let pressed = 0; pressed < MAX_PRESSES && !(await stage.isVisible()); pressed++) await page.keyboard.press('PageDown');
  await expect(stage).toBeVisible();
  const screen = (await counter(page).textContent()) ?? '';
  await stage.focus();
  const announced = page.locator('viz-stepper [data-live]');
  const first = (await announced.textContent()) ?? '';
  await page.keyboard.press('ArrowRight');
  await expect(announced).not.toHaveText(first);
  await expect(counter(page)).toHaveText(screen);
  for (let pressed = 0; pressed < 10 && (await counter(page).textContent()) === screen; pressed++) await page.keyboard.press('PageDown');
  await expect(counter(page)).not.toHaveText(screen);
  await expect(stage).toBeHidden();
});

test('a cell stays usable in projector mode: it runs, its editor keeps the arrows, Esc leaves the editor before projector mode', async ({ page }) => {
  await page.goto('/depthwise/?present');
  const cell = page.locator('dw-cell').first();
  for (let pressed = 0; pressed < MAX_PRESSES && !(await cell.isVisible()); pressed++) await page.keyboard.press('PageDown');
  await expect(cell).toBeVisible();
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(cell).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(cell.getByRole('log')).not.toBeEmpty();
  const screen = (await counter(page).textContent()) ?? '';
  await cell.locator('[data-part="code"]').click();
  const editor = cell.getByRole('textbox');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(screen);
  await page.keyboard.press('Escape');
  await expect(editor).not.toBeFocused();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
});

for (const route of LESSON_ROUTES) {
  test(`${route} in projector mode: every screen's text projects at about 20 px or more, and axe is clean in light and dark`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${route}?present`);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expectNoA11yViolations(page);
    const small: string[] = [];
    await walkScreens(page, async (position) => {
      const { px, text } = await smallestText(page);
      if (px < MIN_PROJECTED_PX) small.push(`${position}: ${text} at ${px.toFixed(1)} px`);
    });
    expect(small, 'text smaller than about 20 px on a projected screen').toEqual([]);
    await expectNoA11yViolations(page);
    await page.evaluate(() => { document.documentElement.dataset.theme = 'dark'; });
    await expectNoA11yViolations(page);
  });
}

for (const route of ['/train/', '/train/class/', '/lab/', '/lab/class/']) {
  test(`${route} has projector mode: ?present enlarges its type and hides the site's chrome, axe-clean in light and dark`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(route);
    const before = await paragraphSize(page);
    await page.goto(`${route}?present`);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await paragraphSize(page)).toBeGreaterThanOrEqual(1.5 * before);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(counter(page)).toHaveText(/^Section 1 of \d+/);
    await expectNoA11yViolations(page);
    await page.evaluate(() => { document.documentElement.dataset.theme = 'dark'; });
    await expectNoA11yViolations(page);
  });
}

test('/lab/class/ projected at 1024×768: the class chart fills the screen and its labels project at 20 px', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/lab/class/?present');
  await page.getByLabel(classResultsStrings.dropLabel).setInputFiles('docs/lab-results-sample.json');
  const chart = page.getByRole('img', { name: classResultsStrings.chartLabel('wasm') });
  for (let pressed = 0; pressed < 20 && !(await chart.isVisible().catch(() => false)); pressed++) await page.keyboard.press('PageDown');
  await chart.scrollIntoViewIfNeeded();
  const drawn = (await chart.boundingBox())!;
  expect(drawn.width, 'the chart is as wide as the screen allows').toBeGreaterThan(0.9 * 1024 - 80);
  const smallest = await chart.evaluate((svg: SVGSVGElement) => {
    const view = svg.viewBox.baseVal;
    const box = svg.getBoundingClientRect();
    const scale = Math.min(box.width / view.width, box.height / view.height);
    return Math.min(...[...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale));
  });
  expect(smallest).toBeGreaterThanOrEqual(MIN_PROJECTED_PX);
});

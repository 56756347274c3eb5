/** What a new reader meets first: the home page's figure and words, and the About page naming the seed article. */
import { test, expect } from './fixtures';
import { SEED_ARTICLE } from '../../src/lib/sources/seed';

test('home: the bold answer and the next sentence are separate words; the seed article is named where first mentioned', async ({ page }) => {
  await page.goto('/');
  const answer = page.locator('.answer');
  await expect(answer).toContainText('convolution. On its own');
  expect(await answer.innerText()).not.toMatch(/convolution\.On/);
  const kicker = page.locator('[data-seed-kicker]');
  await expect(kicker).toContainText('seed article');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_ARTICLE.title);
  // The kicker (naming the article) comes before any other mention of it.
  const main = (await page.locator('main').textContent()) ?? '';
  const kickerText = (await kicker.textContent()) ?? '';
  expect(main.indexOf('seed article')).toBe(main.indexOf(kickerText) + kickerText.indexOf('seed article'));
});

test('/about/ names the seed article by its title and keeps a space after each semicolon', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('[data-seed-article]')).toContainText(`“${SEED_ARTICLE.title}”`);
  const text = await page.locator('main').innerText();
  expect(text).toContain('collection page; package');
  expect(text).not.toMatch(/;[A-Za-z]/);
});

test('home: a static figure above the fold shows one RGB tensor through three convolutions, with parameter counts and a text alternative', async ({ page }) => {
  const { homeFigurePanels } = await import('../../src/lib/viz/home-figure');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  const figure = page.getByRole('img', { name: 'One RGB picture through three convolutions' });
  await expect(figure).toBeVisible();
  const box = (await figure.boundingBox())!;
  expect(box.y + box.height, 'the figure is above the fold').toBeLessThanOrEqual(720);
  await expect(figure).toHaveAccessibleDescription(/depthwise 3×3 convolution gives each input channel its own 3×3 kernel/);
  for (const panel of homeFigurePanels()) await expect(figure).toContainText(`${panel.parameters} parameters`);
  // Drawn at build time: it is in the HTML as served, and the page ships no script for it.
  const html = await (await page.request.get('/')).text();
  expect(html).toContain('data-panel="depthwise"');
});

/** The teacher's page as a lecturer reads it: the class links, the honest warning, a computed plan, every handout, the lab outlook. */
import { classPlan, clockTime, objectivesFor } from '../../src/lib/class';
import { exerciseById, exercises } from '../../src/lib/exercises';
import { answerKeyHref, worksheetHref } from '../../src/lib/site/routes';
import { classStrings } from '../../src/lib/strings/class';
import { trainClassStrings } from '../../src/lib/strings/train-class';
import { expect, test } from './fixtures';
import { LESSON_ROUTES } from './routes';

const lessonIds = LESSON_ROUTES.map((route) => route.replace(/\//g, ''));

test('/teach/ gives full class links, says class mode deters and does not lock, and links every worksheet and answer key', async ({ page, baseURL }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: classStrings.teachLink }).click();
  await expect(page).toHaveURL(/\/teach\/$/);
  await expect(page.getByRole('heading', { level: 1, name: classStrings.teach.title })).toBeVisible();
  await expect(page.getByRole('link', { name: `${baseURL}/?class=student` })).toHaveAttribute('href', '/?class=student');
  await expect(page.getByRole('link', { name: `${baseURL}/?class=teacher` })).toHaveAttribute('href', '/?class=teacher');
  await expect(page.getByText('it deters, it does not lock')).toBeVisible();
  for (const lesson of lessonIds) {
    await expect(page.locator(`a[data-handout="worksheet"][href="${worksheetHref(lesson)}"]`)).toBeVisible();
    await expect(page.locator(`a[data-handout="answers"][href="${answerKeyHref(lesson)}"]`)).toBeVisible();
    for (const objective of objectivesFor(lesson)) await expect(page.getByText(objective).first()).toBeVisible();
  }
});

test('the plan on /teach/ is the one classPlan computes from the lessons\' stated reading times, within 90 minutes', async ({ page }) => {
  const lessons = [];
  for (const route of LESSON_ROUTES) {
    await page.goto(route);
    const minutes = Number((await page.locator('.lesson .meta').textContent())?.match(/(\d+) min read/)?.[1]);
    lessons.push({ id: route.replace(/\//g, ''), title: (await page.getByRole('heading', { level: 1 }).textContent()) ?? '', minutes });
  }
  const plan = classPlan(lessons, exercises);
  expect(plan.totalMinutes).toBeLessThanOrEqual(90);
  await page.goto('/teach/');
  const rows = page.getByRole('table', { name: classStrings.teach.planCaption }).locator('tbody tr');
  await expect(rows).toHaveCount(plan.blocks.length);
  for (const [index, block] of plan.blocks.entries()) {
    await expect(rows.nth(index).locator('td').first()).toHaveText(clockTime(block.start));
    await expect(rows.nth(index).locator('td').nth(1)).toHaveText(String(block.minutes));
  }
});

test('a lesson shows its learning objectives under its title', async ({ page }) => {
  await page.goto('/depthwise/');
  const objectives = page.getByRole('region', { name: classStrings.objectivesHeading });
  for (const objective of objectivesFor('depthwise')) await expect(objectives.getByText(objective)).toBeVisible();
});

test('answer keys and exercise solutions stay out of the search index', async ({ page, request }) => {
  const keys = await Promise.all(lessonIds.map(async (lesson) => ({ lesson, response: await request.get(answerKeyHref(lesson)) })));
  // Every lesson has an answer key: a missing one is a broken route, not a reason to check nothing.
  expect(keys.filter((key) => !key.response.ok()).map((key) => `${key.lesson}: HTTP ${key.response.status()}`)).toEqual([]);
  expect(keys.length).toBeGreaterThan(0);
  for (const { lesson, response } of keys) {
    const html = await response.text();
    expect(html, lesson).toContain('data-answers');
    expect(html, lesson).not.toContain('data-pagefind-body');
  }
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search lessons' });
  const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  const resultPaths = () => results.evaluateAll((options) => options.map((option) => new URL((option as HTMLElement).dataset.href ?? '', location.href).pathname));
  // A name only the dw-pick-multiplier solution, and so only its answer key, contains (the lesson's starter has wantedShape).
  expect(exerciseById('dw-pick-multiplier').solution).toContain('wantedHeight');
  expect(exerciseById('dw-pick-multiplier').starter).not.toContain('wantedHeight');
  for (const query of ['wantedHeight', 'pointwise']) {
    await box.fill(query);
    await expect(results.first()).toBeVisible();
    expect((await resultPaths()).filter((path) => path.includes('/worksheet/answers/')), query).toEqual([]);
  }
});

test('/teach/ schedules the class experiment and links /train/ and /train/class/', async ({ page }) => {
  await page.goto('/teach/');
  const plan = page.getByRole('table', { name: classStrings.teach.planCaption });
  await expect(plan.getByRole('row', { name: new RegExp(classStrings.teach.blockTitles.start) })).toBeVisible();
  await expect(plan.getByRole('row', { name: new RegExp(classStrings.teach.blockTitles.pool) })).toBeVisible();
  const verdict = plan.getByRole('row', { name: new RegExp(classStrings.teach.blockTitles.verdict) });
  await expect(verdict.getByRole('link', { name: classStrings.teach.projectVerdict })).toHaveAttribute('href', '/train/class/?present');
  await expect(verdict.getByRole('link', { name: /the reference’s evidence/ })).toHaveAttribute('href', '/effective/#on-real-digits-trained-here');
  await page.getByRole('link', { name: classStrings.teach.planExperiment.train, exact: true }).click();
  await expect(page).toHaveURL(/\/train\/$/);
  await page.goBack();
  await page.getByRole('link', { name: classStrings.teach.planExperiment.pool, exact: true }).click();
  await expect(page).toHaveURL(/\/train\/class\/$/);
  await expect(page.getByRole('heading', { level: 1, name: trainClassStrings.title })).toBeVisible();
});

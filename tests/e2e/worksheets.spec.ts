/**
 * Every lesson's worksheet prints to PDF with its figures drawn and no navigation, and holds no
 * answer; its answer key holds every answer and solution and stays out of the search index. Printed
 * on A4, nothing forces a page break (the figures start on page 1), a question keeps its answer space
 * and a heading or label what follows it, the key leaves the figures out, and each fits in at most
 * the pages below.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { LESSON_ROUTES } from './routes';
import { emptySlots } from './print-steps';
import { worksheetOf } from '../../src/lib/worksheet';
import { worksheetStrings } from '../../src/lib/strings/present';

function worksheetFor(route: string) {
  return worksheetOf(route.replaceAll('/', ''));
}


/** The solution's own lines (not in the starter), long enough to be distinctive. */
function solutionOnlyLines(starter: string, solution: string): string[] {
  const given = new Set(starter.split('\n').map((line) => line.trim()));
  return solution.split('\n').map((line) => line.trim()).filter((line) => line.length > 12 && !given.has(line));
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

/**
 * Most A4 pages each sheet may take: what it printed to in Chromium when these rules landed, plus one
 * for a machine whose fonts run longer (before them: 5/5, 8/9, 7/6, 6/6, 2/1 and 2/2 pages).
 */
const MAX_PAGES: Record<string, { worksheet: number; answers: number }> = {
  '/convolution/': { worksheet: 2 + 1, answers: 1 + 1 },
  '/depthwise/': { worksheet: 4 + 1, answers: 3 + 1 },
  '/pointwise/': { worksheet: 3 + 1, answers: 1 + 1 },
  '/separable/': { worksheet: 4 + 1, answers: 2 + 1 },
  '/cost/': { worksheet: 2 + 1, answers: 1 + 1 },
  '/effective/': { worksheet: 2 + 1, answers: 2 + 1 },
};

/** An A4 page in CSS pixels (page.pdf prints without margins unless asked). */
const A4 = { width: 794, height: 1123 };

/** Elements that may not break across pages but are taller than a page: each would start a page of its own. */
async function oversizedUnbreakables(page: Page): Promise<string[]> {
  return page.locator('article *').evaluateAll((elements, pageHeight) => elements.flatMap((element) =>
    getComputedStyle(element).breakInside === 'avoid' && element.getBoundingClientRect().height > pageHeight
      ? [`${element.tagName.toLowerCase()}.${element.className} (${Math.round(element.getBoundingClientRect().height)} px)`] : []), A4.height);
}

/** Elements of the sheet whose printed style forces a page break before or after them. */
async function forcedBreaks(page: Page): Promise<string[]> {
  return page.locator('article *').evaluateAll((elements) => elements.flatMap((element) => {
    const style = getComputedStyle(element);
    const forced = (value: string) => ['page', 'left', 'right', 'always', 'recto', 'verso'].includes(value);
    return forced(style.breakBefore) || forced(style.breakAfter) ? [`${element.tagName.toLowerCase()}.${element.className}`] : [];
  }));
}

/** Checks, in print styles, that the sheet's headings and labels stay with what follows them. */
async function expectHeadingsKeptWithWhatFollows(page: Page): Promise<void> {
  const loose = await page.locator('article h2, article h3, article .ws-label').evaluateAll((elements) =>
    elements.filter((element) => getComputedStyle(element).breakAfter !== 'avoid').map((element) => element.textContent?.trim()));
  expect(loose, 'headings a page break may separate from what follows').toEqual([]);
}

/** For each element with exactly `text`: the names of the pictures in the nearest box around it that a page break may not cut. */
const unbreakableBox = (page: Page, text: string) => page.getByText(text, { exact: true }).evaluateAll((labels) => labels.map((label) => {
  let box: Element | null = label;
  while (box && getComputedStyle(box).breakInside !== 'avoid') box = box.parentElement;
  return box ? [...box.querySelectorAll('[role="img"]')].map((img) => img.getAttribute('aria-label')) : null;
}));

for (const route of LESSON_ROUTES) {
  test(`${route}worksheet/ prints with its figures, without navigation or answers`, async ({ page }) => {
    const sheet = worksheetFor(route);
    await page.goto(route);
    await page.getByRole('link', { name: worksheetStrings.worksheetLink }).click();
    await expect(page).toHaveURL(new RegExp(`${route}worksheet/$`));
    await expectNoA11yViolations(page);
    await page.setViewportSize(A4);
    await page.emulateMedia({ media: 'print' });
    for (const navigation of await page.getByRole('navigation').all()) await expect(navigation).toBeHidden();
    await expect(page.getByRole('button', { name: worksheetStrings.print })).toBeHidden();
    expect(await emptySlots(page)).toEqual([]);
    const steppers = sheet.figures.filter((figure) => figure.kind === 'Stepper').length;
    await expect(page.locator('.ws-step')).toHaveCount(3 * steppers);
    await expect(page.locator('.ws-question')).toHaveCount(sheet.questions.length);
    await expect(page.getByRole('img', { name: worksheetStrings.answerSpace })).toHaveCount(sheet.questions.length);
    for (const exercise of sheet.exercises) await expect(page.getByRole('heading', { name: exercise.title })).toBeVisible();
    const text = (await page.locator('article').textContent()) ?? '';
    for (const question of sheet.questions) expect(text, `the explanation of ${question.id}`).not.toContain(question.question.explanation);
    for (const exercise of sheet.exercises) {
      const lines = solutionOnlyLines(exercise.starter, exercise.solution);
      expect(lines.length, `${exercise.id} has lines of its own`).toBeGreaterThan(0);
      for (const line of lines) expect(text, `a line of the solution of ${exercise.id}`).not.toContain(line);
    }
    await expect(page.locator('[data-answer], [data-solution]')).toHaveCount(0);
    // Page 1 holds more than the title: nothing forces a break, and nothing unbreakable is taller than a page.
    expect(await forcedBreaks(page), 'forced page breaks').toEqual([]);
    expect(await oversizedUnbreakables(page), 'unbreakable boxes taller than an A4 page').toEqual([]);
    if (sheet.figures.length > 0) {
      const first = await page.locator('.ws-step, .ws-figure').first().boundingBox();
      expect(first!.y, 'the first figure starts on page 1').toBeLessThan(A4.height / 2);
    }
    await expectHeadingsKeptWithWhatFollows(page);
    for (const question of await page.locator('.ws-question').all()) {
      await expect(question).toHaveCSS('break-inside', 'avoid');
      await expect(question.getByRole('img', { name: worksheetStrings.answerSpace })).toHaveCount(1);
    }
    // "Write your function here" and its box are never printed on two pages.
    expect(await unbreakableBox(page, worksheetStrings.codeSpace)).toEqual(sheet.exercises.map(() => [worksheetStrings.codeSpace]));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBeGreaterThan(0);
    expect(pdfPages(pdf), 'A4 pages').toBeLessThanOrEqual(MAX_PAGES[route]!.worksheet);
  });

  test(`${route}worksheet/answers/ has every answer and solution and is not indexed for search`, async ({ page }) => {
    const sheet = worksheetFor(route);
    await page.goto(`${route}worksheet/`);
    await page.getByRole('link', { name: worksheetStrings.openAnswers }).click();
    await expect(page).toHaveURL(new RegExp(`${route}worksheet/answers/$`));
    const answers = page.locator('[data-answer]');
    await expect(answers).toHaveCount(sheet.questions.length);
    for (const [index, question] of sheet.questions.entries()) await expect(answers.nth(index)).toContainText(`${worksheetStrings.answer}: ${question.answer}.`);
    await expect(page.locator('[data-solution]')).toHaveCount(sheet.exercises.length);
    await expect(page.locator('main[data-pagefind-body]')).toHaveCount(0);
    await expect(page.locator('[data-pagefind-ignore="all"]')).toHaveCount(1);
    await expectNoA11yViolations(page);
    // A key needs the answers, not the figures again.
    await expect(page.getByRole('heading', { name: worksheetStrings.figures })).toHaveCount(0);
    await expect(page.locator('[data-plot], .ws-step, figure')).toHaveCount(0);
    await page.setViewportSize(A4);
    await page.emulateMedia({ media: 'print' });
    expect(await forcedBreaks(page)).toEqual([]);
    expect(await oversizedUnbreakables(page)).toEqual([]);
    await expectHeadingsKeptWithWhatFollows(page);
    // The "Solution" label is printed on the page of its code.
    const solutions = await page.getByText(worksheetStrings.solution, { exact: true }).evaluateAll((labels) => labels.map((label) => {
      let box: Element | null = label;
      while (box && getComputedStyle(box).breakInside !== 'avoid') box = box.parentElement;
      return box?.querySelector('[data-solution]') !== null && box !== null;
    }));
    expect(solutions).toEqual(sheet.exercises.map(() => true));
    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThan(0);
    expect(pages, 'A4 pages').toBeLessThanOrEqual(MAX_PAGES[route]!.answers);
  });
}

test('the separable worksheet shows a pointwise step of the block and the MobileNet v1 block diagram', async ({ page }) => {
  await page.goto('/separable/worksheet/');
  const stepper = page.getByRole('figure', { name: /separable block stepper/ });
  await expect(stepper.getByText(/^Stage 1 of 2, depthwise/).first()).toBeVisible();
  await expect(stepper.getByText(/^Stage 2 of 2, pointwise/)).toBeVisible();
  await expect(page.getByRole('img', { name: /MobileNet v1/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: /MobileNet v1/ })).toBeVisible();
});

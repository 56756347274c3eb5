/**
 * Every lesson's worksheet prints to PDF with its figures drawn and no navigation, and holds no
 * answer; its answer key holds every answer and solution and stays out of the search index.
 */
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

for (const route of LESSON_ROUTES) {
  test(`${route}worksheet/ prints with its figures, without navigation or answers`, async ({ page }) => {
    const sheet = worksheetFor(route);
    await page.goto(route);
    await page.getByRole('link', { name: worksheetStrings.worksheetLink }).click();
    await expect(page).toHaveURL(new RegExp(`${route}worksheet/$`));
    await expectNoA11yViolations(page);
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
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBeGreaterThan(0);
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
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(0);
  });
}

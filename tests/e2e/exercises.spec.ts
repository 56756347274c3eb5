/**
 * Checked exercises as a student uses them: Check on the starter code names the first mismatch (the message the
 * library computes for that code), hints one at a time, Show solution asks first and then passes, progress survives a
 * reload; an exception is shown with its line and a runaway check can be stopped; class mode hides the solution.
 */
import type { Locator, Page } from '@playwright/test';
import { exerciseById, runCheck, checkSuiteFor } from '../../src/lib/exercises';
import { exerciseStrings as s } from '../../src/lib/strings/exercises';
import { progressStrings } from '../../src/lib/strings/progress';
import { expect, expectNoA11yViolations, test } from './fixtures';

/** Loads TF.js in the worker on the first check: allow for it. */
const FIRST_CHECK_MS = 90_000;

/** An exercise, scrolled into view as a reader scrolls to it (its controls appear once it is near the viewport). */
async function exercise(page: Page, id: string): Promise<Locator> {
  const target = page.locator(`[data-exercise="${id}"]`);
  await target.scrollIntoViewIfNeeded();
  await expect(target.getByRole('button', { name: s.check, exact: true })).toBeVisible();
  return target;
}

/** The verdict the library gives `code` (no TF.js needed for these exercises), so the page is held to the same words. */
async function libraryVerdict(id: string, code: string): Promise<string> {
  const { functionName } = exerciseById(id);
  const fn = new Function(`${code}\nreturn ${functionName};`)() as unknown;
  return (await runCheck(checkSuiteFor(id), fn)).verdict.message;
}

/** Types `code` into the exercise's editor as a reader would (lines without auto-closed brackets or indentation to fight). */
async function typeCode(page: Page, target: Locator, code: string): Promise<void> {
  await target.locator('dw-cell [data-part="code"]').click();
  const editor = target.getByRole('textbox');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await editor.pressSequentially(code);
  await expect(editor.locator('.cm-line')).toHaveText(code.split('\n'));
}

async function openClean(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

test('starter code fails with the first mismatch; hints come one at a time; Show solution then Check is "solved with the solution shown", on the page, after a reload, in every count and on /teach/', async ({ page }) => {
  await openClean(page, '/depthwise/');
  const target = await exercise(page, 'dw-loops');
  const verdict = target.locator('[data-verdict]');
  await target.getByRole('button', { name: s.check, exact: true }).click();
  await expect(verdict).toHaveAttribute('data-verdict', 'fail', { timeout: FIRST_CHECK_MS });
  await expect(verdict).toHaveText(await libraryVerdict('dw-loops', exerciseById('dw-loops').starter));
  await expect(verdict).toContainText(/Case 1 of 6 \(input \[1, 5, 5, 2\].*\): output\[0\]\[0\]\[0\]\[0\] should be -?[\d.]+, but yours is 0\./);

  const hints = exerciseById('dw-loops').hints;
  await expect(target.getByText(hints[0]!)).toBeHidden();
  await target.getByRole('button', { name: s.hint, exact: true }).click();
  await expect(target.getByText(hints[0]!)).toBeVisible();
  await expect(target.getByText(hints[1]!)).toBeHidden();
  await target.getByRole('button', { name: s.hint, exact: true }).click();
  await expect(target.getByText(hints[1]!)).toBeVisible();

  await target.getByRole('button', { name: s.showSolution }).click();
  const confirm = target.getByRole('group', { name: s.showSolution });
  await expect(confirm).toContainText(s.confirmSolution);
  await expect(target.getByRole('button', { name: s.confirmYes })).toBeFocused();
  await target.getByRole('button', { name: s.confirmNo }).click();
  await expect(confirm).toBeHidden();
  await expect(target.locator('dw-cell')).not.toContainText('padTop = pad ===');

  await target.getByRole('button', { name: s.showSolution }).click();
  await target.getByRole('button', { name: s.confirmYes }).click();
  await expect(target.locator('dw-cell [data-part="code"]')).toContainText("const padTop = pad === 'same'");
  await target.getByRole('button', { name: s.check, exact: true }).click();
  await expect(verdict).toHaveAttribute('data-verdict', 'pass');
  await expect(verdict).toHaveText(s.passed(6));
  // Passing with the solution in view is not solving it: the badge and every count say so.
  await expect(target.getByText(s.solvedWithSolution, { exact: true })).toBeVisible();
  await expect(target.getByText(s.solved, { exact: true })).toBeHidden();
  const sidebar = page.getByRole('navigation', { name: 'Lessons' });
  await expect(sidebar.getByRole('link', { name: /Depthwise convolution/ })).toContainText(progressStrings.solvedOf(0, 2, 1));

  // The student's own code is one click away, and it is what stays saved.
  await target.getByRole('button', { name: s.backToMine }).click();
  await expect(target.locator('dw-cell [data-part="code"]')).toContainText('TODO: add up input × filter');
  await target.getByRole('button', { name: s.toSolution }).click();
  await expect(target.locator('dw-cell [data-part="code"]')).toContainText("const padTop = pad === 'same'");

  await page.reload();
  await expect((await exercise(page, 'dw-loops')).getByText(s.solvedWithSolution, { exact: true })).toBeVisible();
  await expect((await exercise(page, 'dw-pick-multiplier')).getByText(s.solved, { exact: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Depthwise convolution/ })).toContainText(progressStrings.solvedOf(0, 2, 1));
  await page.goto('/');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Depthwise convolution' }) })).toContainText(progressStrings.solvedOf(0, 2, 1));
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Pointwise' }) })).toContainText(progressStrings.solvedOf(0, 1));
  // The teacher's page counts the same way, lesson by lesson.
  await page.goto('/teach/');
  await expect(page.getByRole('article', { name: /Depthwise convolution/ })).toContainText(progressStrings.solvedOf(0, 2, 1));
  await expect(page.getByRole('article', { name: /Pointwise/ })).toContainText(progressStrings.solvedOf(0, 1));
});

test('a renamed function is not checked through the old one; an exception is shown with its line; a runaway check is stopped and the page stays usable', async ({ page }) => {
  await openClean(page, '/convolution/');
  const target = await exercise(page, 'conv-output-size');
  const verdict = target.locator('[data-verdict]');
  await target.getByRole('button', { name: s.check, exact: true }).click();
  await expect(verdict).toHaveAttribute('data-verdict', 'fail', { timeout: FIRST_CHECK_MS });
  // The starter's outputSize stays in the notebook's scope; a renamed function must not be checked through it.
  await typeCode(page, target, 'const mySize = (inSize) => inSize;');
  await target.getByRole('button', { name: s.check, exact: true }).click();
  await expect(verdict).toHaveAttribute('data-verdict', 'error');
  await expect(verdict).toContainText(s.missingFunction('outputSize'));

  await typeCode(page, target, '// my first try\nconst outputSize = (inSize) => inSize.missing.value;');
  await target.getByRole('button', { name: s.check, exact: true }).click();
  await expect(verdict).toHaveAttribute('data-verdict', 'error', { timeout: FIRST_CHECK_MS });
  await expect(verdict).toContainText(/threw an error in case 1 of 9 \(outputSize\(7, 3, 1, 'valid'\)\)/);
  await expect(verdict).toContainText('line 2');

  await typeCode(page, target, 'const outputSize = () => { while (true); };');
  await target.getByRole('button', { name: s.check, exact: true }).click();
  // The cell runs (defining the function) and the check job then loops in the worker until stopped.
  await expect(target.locator('dw-cell')).toHaveAttribute('data-state', 'done');
  await expect(verdict).toHaveText(s.checking);
  await target.getByRole('button', { name: s.stopCheck }).click();
  await expect(verdict).toHaveAttribute('data-verdict', 'error');
  await expect(verdict).toHaveText(s.checkStopped);
  await expect(target.getByRole('button', { name: s.check, exact: true })).toBeEnabled();
  await target.getByRole('button', { name: s.hint, exact: true }).click();
  await expect(target.getByText(exerciseById('conv-output-size').hints[0]!)).toBeVisible();

  // Solved by the student's own code, no solution shown: plain "Solved", and counted as solved.
  await typeCode(page, target, "const outputSize = (inSize, filterSize, stride, pad) => Math.ceil((pad === 'same' ? inSize : inSize - filterSize + 1) / stride);");
  await target.getByRole('button', { name: s.check, exact: true }).click();
  await expect(verdict).toHaveAttribute('data-verdict', 'pass', { timeout: FIRST_CHECK_MS });
  await expect(target.getByText(s.solved, { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Standard convolution/ })).toContainText(progressStrings.solvedOf(1, 1));
});

test('class mode: the student link hides Show solution and quiz answers, never ships them, and is remembered; the teacher link shows them', async ({ page, request }) => {
  await openClean(page, '/depthwise/?class=student');
  await expect(page.getByText('Class mode: solutions and quiz answers are hidden')).toBeVisible();
  const target = await exercise(page, 'dw-loops');
  await expect(target.getByRole('button', { name: s.check, exact: true })).toBeVisible();
  await expect(target.getByRole('button', { name: s.showSolution })).toBeHidden();
  await expect(page.locator('quiz-question').first().getByText('Show the answer')).toBeHidden();

  const html = await (await request.get('/depthwise/')).text();
  expect(html).not.toContain('padTop = pad ===');
  expect(html).not.toContain('"expected"');
  expect(html).toContain('data-exercise="dw-loops"');

  // Remembered on the next lesson without the parameter.
  await page.goto('/pointwise/');
  await expect((await exercise(page, 'pw-as-matmul')).getByRole('button', { name: s.showSolution })).toBeHidden();

  await page.goto('/pointwise/?class=teacher');
  await expect(page.getByText('Teacher view: solutions and quiz answers are shown.')).toBeVisible();
  await expect((await exercise(page, 'pw-as-matmul')).getByRole('button', { name: s.showSolution })).toBeVisible();
  const quiz = page.locator('quiz-question').first();
  await quiz.getByText('Show the answer').click();
  await expect(quiz.getByText(/^The answer is /)).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an exercise with a verdict, hints and the confirm step is axe-clean in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openClean(page, '/pointwise/');
    const target = await exercise(page, 'pw-as-matmul');
    await target.getByRole('button', { name: s.check, exact: true }).click();
    await expect(target.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'fail', { timeout: FIRST_CHECK_MS });
    await target.getByRole('button', { name: s.hint, exact: true }).click();
    await target.getByRole('button', { name: s.showSolution }).click();
    await expectNoA11yViolations(page, '[data-exercise="pw-as-matmul"]');
    await expectNoA11yViolations(page, 'nav[aria-label="Lessons"]');
  });
}

test('a check still running at the time limit is stopped with a reason, and the next check works', async ({ page }) => {
  await openClean(page, '/test/exercises/');
  const target = await exercise(page, 'conv-output-size');
  const verdict = target.locator('[data-verdict]');
  await typeCode(page, target, 'const outputSize = () => { while (true); };');
  await target.getByRole('button', { name: s.check, exact: true }).click();
  await expect(verdict).toHaveText(s.checkTimedOut(3), { timeout: FIRST_CHECK_MS });
  await expect(verdict).toHaveAttribute('data-verdict', 'error');
  await typeCode(page, target, exerciseById('conv-output-size').solution.split('\n').filter((line) => !line.trim().startsWith('//')).map((line) => line.trim()).join(' '));
  await target.getByRole('button', { name: s.check, exact: true }).click();
  await expect(verdict).toHaveAttribute('data-verdict', 'pass', { timeout: FIRST_CHECK_MS });
});

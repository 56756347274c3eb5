/**
 * Notebook cells keep the reader's work: edits survive reloads and author changes, Reset and Reset all edits,
 * share links that never run by themselves, and storage that is full or blocked. Real Chromium, fixture page /test/cells/.
 */
import { expect, test } from './fixtures';
import { cell, edit, openCleanNotebook, PAGE, run } from './cells-steps';

test.describe('notebook cell edits and sharing', () => {
  test.beforeEach(async ({ page }) => openCleanNotebook(page));

  test('edits survive a reload; Reset restores the author\'s code', async ({ page }) => {
    const target = cell(page, 'Empty cell');
    await edit(page, target, '2 + 2');
    await expect(target.getByRole('button', { name: 'Reset', exact: true })).toBeEnabled();
    await target.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(target).toHaveAttribute('data-state', 'done');
    await page.reload();
    const reloaded = cell(page, 'Empty cell');
    await expect(reloaded.locator('[data-part="code"]')).toHaveText('2 + 2');
    await reloaded.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(reloaded.locator('[data-part="code"]')).toHaveText('1');
    await page.reload();
    await expect(cell(page, 'Empty cell').locator('[data-part="code"]')).toHaveText('1');
  });

  test('when the author changed a cell the reader edited, the edit is kept with a diff and a reset', async ({ page }) => {
    await page.evaluate(() => localStorage.setItem('dwlab:cell:v1:/test/cells/#empty', JSON.stringify({ code: 'mine()', authorHash: 'an-older-version', savedAt: 1 })));
    await page.reload();
    const target = cell(page, 'Empty cell');
    await expect(target.getByText('The author has updated this cell since you edited it')).toBeVisible();
    await expect(target.locator('[data-part="code"]')).toHaveText('mine()');
    await target.getByRole('button', { name: 'Show changes' }).click();
    await expect(target.getByLabel(/Changes from the author/)).toHaveText('- 1\n+ mine()');
    // Running the edit is not an answer to the notice: it is still there after a reload.
    await run(target, 'error');
    await page.reload();
    await expect(target.getByText('The author has updated this cell since you edited it')).toBeVisible();
    await target.getByRole('button', { name: 'Use the author’s version' }).click();
    await expect(target.locator('[data-part="code"]')).toHaveText('1');
  });

  test('a share link opens the code with a review notice and never runs it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const target = cell(page, 'Empty cell');
    await edit(page, target, 'show("from a link")');
    await target.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(target.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#cell=empty&code=1\./);
    const workers: string[] = [];
    const fresh = await context.newPage();
    fresh.on('worker', (worker) => workers.push(worker.url()));
    await fresh.goto(link);
    const shared = cell(fresh, 'Empty cell');
    await expect(shared.getByText('This code came from a shared link and has not been run')).toBeVisible();
    await expect(shared.locator('[data-part="code"]')).toHaveText('show("from a link")');
    await expect(shared).toHaveAttribute('data-state', 'idle');
    await expect(shared.getByRole('log')).toBeEmpty();
    expect(workers).toEqual([]);
    await fresh.close();
  });

  test('running code from a share link never replaces the reader\'s own saved edit of that cell', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const target = cell(page, 'Empty cell');
    await edit(page, target, '"from a link"');
    await target.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(target.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await edit(page, target, '"my own"');
    await page.goto(link);
    await page.reload();
    const shared = cell(page, 'Empty cell');
    await expect(shared.locator('[data-part="code"]')).toHaveText('"from a link"');
    await expect(await run(shared)).toContainText('"from a link"');
    await shared.getByRole('button', { name: 'Use your saved version' }).click();
    await expect(shared.locator('[data-part="code"]')).toHaveText('"my own"');
    await page.goto(PAGE);
    await expect(cell(page, 'Empty cell').locator('[data-part="code"]')).toHaveText('"my own"');
  });

  test('a broken share link is explained and the cell keeps its usual code', async ({ page }) => {
    await page.goto(`${PAGE}#cell=empty&code=1.garbage!`);
    await page.reload();
    const target = cell(page, 'Empty cell');
    await expect(target.getByText(/The shared link could not be opened \(invalid share payload/)).toBeVisible();
    await expect(target.locator('[data-part="code"]')).toHaveText('1');
  });

  test('Reset all edits restores every cell of the page', async ({ page }) => {
    await edit(page, cell(page, 'Empty cell'), '3');
    await page.reload();
    await expect(cell(page, 'Empty cell').locator('[data-part="code"]')).toHaveText('3');
    await page.getByRole('button', { name: 'Reset all edits' }).click();
    await expect(cell(page, 'Empty cell').locator('[data-part="code"]')).toHaveText('1');
    await page.reload();
    await expect(cell(page, 'Empty cell').locator('[data-part="code"]')).toHaveText('1');
  });
});

test.describe('notebook cells when storage fails', () => {
  test('a full storage shows a visible warning and editing still works', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem(key: string) {
        if (key.startsWith('dwlab:cell:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(PAGE);
    const target = cell(page, 'Empty cell');
    await edit(page, target, '5 + 5');
    await expect(target.getByText(/Your edits cannot be saved in this browser \(storage is full\)/)).toBeVisible();
    await expect(await run(target)).toContainText('10');
  });
});

test.describe('notebook cells when storage is blocked', () => {
  test('a browser that refuses localStorage gets a visible warning; editing, running and the backend picker still work', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(PAGE);
    await page.getByRole('combobox', { name: 'Backend' }).selectOption('cpu');
    const target = cell(page, 'Empty cell');
    await edit(page, target, '6 + 6');
    await expect(target.getByText(/Your edits cannot be saved in this browser \(storage is not available/)).toBeVisible();
    await expect(await run(target)).toContainText('12');
    await expect(target.getByText('Done in')).toContainText('on cpu');
  });
});

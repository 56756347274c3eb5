/** Shared steps for the notebook-cell e2e specs: find a cell by its accessible name, run it, edit it. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The fixture page with every cell the cell specs use (tests/fixtures/pages/cells.astro). */
export const PAGE = '/test/cells/';

/** A cell, by the accessible name of its region (its title). */
export function cell(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

/** Presses the cell's Run button, waits for `state`, and returns its output log. */
export async function run(target: Locator, state: 'done' | 'error' = 'done'): Promise<Locator> {
  await target.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(target).toHaveAttribute('data-state', state);
  return target.getByRole('log');
}

/** Replaces the cell's code by typing into its editor, as a reader would. */
export async function edit(page: Page, target: Locator, code: string): Promise<void> {
  await target.locator('[data-part="code"]').click();
  const editor = target.getByRole('textbox');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await editor.pressSequentially(code);
  await expect(editor).toHaveText(code);
}

/** Opens the fixture page with no saved edits, backend choice or notices left by an earlier test. */
export async function openCleanNotebook(page: Page): Promise<void> {
  await page.goto(PAGE);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

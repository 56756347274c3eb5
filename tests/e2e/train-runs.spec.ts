/**
 * /train/'s runs as a reader keeps them: pick a net, train twice (each run its own seed), read each run
 * against the reference, see both runs after a reload, export one (a format-2 file the schema reads),
 * copy its results link (which decodes to the same run), repeat it, remove it, clear them; choose which
 * weights answer a digit; a test digit that does not exist is refused with a reason; leaving mid-run asks.
 * Also: where /train/ is linked from (issue 22 item 21), and its curves' caption (item 18).
 */
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, expectNoA11yViolations } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { trainStrings } from '../../src/lib/strings/train';
import { trainPageStrings } from '../../src/lib/strings/train-page';
import { trainRunStrings } from '../../src/lib/strings/train-runs';
import { parseExperimentResults } from '../../src/lib/train/experiment-format';
import { readRunLink } from '../../src/lib/train/run-link';
import { siteStrings } from '../../src/lib/strings/site';
import { evidenceStrings } from '../../src/lib/strings/evidence';
import { CURVE_WINDOW } from '../../src/lib/train/moving-average';
import { readExperimentFile } from '../../src/lib/train/experiment-format';
import { referenceEvidence } from '../../src/lib/train/reference-evidence';

const REFERENCE = 'src/data/experiment-reference.json';
const reference = referenceEvidence(readExperimentFile(JSON.parse(readFileSync(REFERENCE, 'utf8')), REFERENCE));

const status = (page: Page) => page.locator('[data-train-status]');
const seedField = (page: Page) => page.getByRole('textbox', { name: 'Seed', exact: true });
const history = (page: Page) => page.getByRole('table', { name: /^Your runs, newest first/ });
const runRows = (page: Page) => history(page).getByRole('row').filter({ has: page.getByRole('rowheader') });

/** Ticks only the thin net and trains it on the Quick budget; resolves with the run's seed once it completed. */
async function trainThin(page: Page): Promise<number> {
  await page.getByRole('checkbox', { name: /^Standard CNN/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Depthwise-separable CNN/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Thin standard CNN/ }).check();
  await page.getByRole('radio', { name: /^Quick/ }).check();
  const seed = Number(await seedField(page).inputValue());
  expect(seed).toBeGreaterThanOrEqual(100_000);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(status(page)).toHaveText(trainStrings.complete(seed), { timeout: 240_000 });
  return seed;
}

const button = (row: Locator, name: RegExp) => row.getByRole('button', { name });

test.describe('/train/: the reader’s runs', () => {
  test.describe.configure({ timeout: 600_000 });

  test('two runs of the thin net, each with its own seed, kept across a reload; read against the reference; exported, linked, repeated, removed and cleared; trained weights answer a digit', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/train/');
    await expect(page.getByText(trainRunStrings.historyEmpty)).toBeVisible();
    await expect(page.getByRole('radio', { name: trainStrings.weightsTrainedNone })).toBeDisabled();

    const first = await trainThin(page);
    const reading = page.locator('[data-train-reading]');
    await expect(reading).toContainText('the reference runs scored');
    await expect(reading).toContainText(/Your run: thin standard CNN \d+\.\d\d % \((inside|below|above) that range\)\./);
    await expect(runRows(page)).toHaveCount(1);
    await expect(runRows(page).first()).toContainText(String(first));
    await expect(page.getByRole('table', { name: /Test accuracy after training here/ }).getByRole('row', { name: /Standard CNN/ })).toContainText(trainStrings.notInRun);

    const second = await trainThin(page);
    expect(second, 'a second run gets a new seed').not.toBe(first);
    await expect(runRows(page)).toHaveCount(2);
    await expect(runRows(page).first()).toContainText(String(second));

    // Trained weights answer from now on (the thin net only); the shipped ones are one click away.
    await expect(page.getByRole('radio', { name: trainStrings.weightsTrained })).toBeChecked();
    await page.getByLabel('Test digit number (0–1999)').first().fill('3');
    await page.getByRole('button', { name: 'Use this test digit' }).click();
    await expect(page.locator('[data-prediction="thin"]')).toHaveText(/^\d \(/, { timeout: 60_000 });
    await expect(page.locator('[data-prediction="standard"]')).toHaveText(trainStrings.notTrainedHere);
    await expect(page.locator('[data-train-source]')).toHaveText(trainStrings.predictionSource('trained'));
    // Each net the site ships weights for answers; one whose weights are not shipped yet says so.
    await page.getByRole('radio', { name: trainPageStrings.weightsShipped }).check();
    for (const id of ['standard', 'separable', 'thin']) {
      const shipped = existsSync(new URL(`../../public/train/models/${id}.json`, import.meta.url));
      await expect(page.locator(`[data-prediction="${id}"]`)).toHaveText(shipped ? /^\d \(/ : trainStrings.noShippedWeights, { timeout: 60_000 });
    }
    await expect(page.locator('[data-train-source]')).toHaveText(trainStrings.predictionSource('shipped'));

    await page.reload();
    await expect(runRows(page)).toHaveCount(2);
    const newest = runRows(page).first();

    const downloaded = page.waitForEvent('download');
    await button(newest, new RegExp(`^Export the run with seed ${second}`)).click();
    const file = parseExperimentResults(JSON.parse(readFileSync(await (await downloaded).path(), 'utf8')));
    expect(file.runs).toHaveLength(1);
    expect(file.runs[0]).toMatchObject({ configuration: 'quick', network: 'thin', seed: second });
    expect(file.runs[0]!.epochs).toHaveLength(2);
    expect(file.runs[0]!.testPredictions).toMatch(/^[0-9]{2000}$/);
    expect(file).toMatchObject({ format: 2, backend: 'wasm', shipped: {} });
    expect(file.device).toMatch(/Chrome on Linux, \d+ cores?/);

    await button(newest, new RegExp(`^Copy results link of the run with seed ${second}`)).click();
    await expect(page.getByRole('status').filter({ hasText: trainRunStrings.linkCopied })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/train\/class\/#t1\./);
    const decoded = readRunLink(link);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.link).toMatchObject({ configuration: 'quick', seed: second, backend: 'wasm' });
    expect(decoded.link.runs[0]!.testAccuracy).toBe(file.runs[0]!.testAccuracy);

    await button(runRows(page).nth(1), new RegExp(`^Repeat the run with seed ${first}`)).click();
    await expect(seedField(page)).toHaveValue(String(first));
    await expect(page.getByRole('checkbox', { name: /^Thin standard CNN/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Standard CNN/ })).not.toBeChecked();

    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expectNoA11yViolations(page);
    // Projected, the page shows one screen at a time: wait for the kept runs to be drawn (on whichever screen), then check.
    await page.goto('/train/?present');
    await expect(page.locator('[data-train-history-table] tbody tr')).toHaveCount(2);
    await expectNoA11yViolations(page);
    await page.goto('/train/');

    await button(runRows(page).first(), new RegExp(`^Remove the run with seed ${second}`)).click();
    await expect(runRows(page)).toHaveCount(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: trainRunStrings.clearButton }).click();
    await expect(page.getByText(trainRunStrings.historyEmpty)).toBeVisible();
    await page.reload();
    await expect(page.getByText(trainRunStrings.historyEmpty)).toBeVisible();
  });

  test('a test digit that does not exist is refused with a reason, for drawing and for inspecting', async ({ page }) => {
    await page.goto('/train/');
    await page.getByLabel('Test digit number (0–1999)').first().fill('2500');
    await page.getByRole('button', { name: 'Use this test digit' }).click();
    await expect(page.locator('[data-train-picked]')).toHaveText(trainStrings.noSuchDigit('2500'));
    await page.getByLabel('Test digit number (0–1999)').nth(1).fill('12.5');
    await page.getByRole('button', { name: 'Show kernels and feature maps' }).click();
    await expect(page.locator('[data-train-inspect-status]')).toHaveText(trainStrings.noSuchDigit('12.5'));
  });

  test('no net ticked: Train says so and starts nothing', async ({ page }) => {
    await page.goto('/train/');
    await page.getByRole('checkbox', { name: /^Standard CNN/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Depthwise-separable CNN/ }).uncheck();
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: trainStrings.noNetworks })).toBeVisible();
    await expect(status(page)).toHaveText(trainStrings.idle);
  });
});

test('/train/ is reached from the home page and from a lesson\'s sidebar; its batch curves say they do not reset at an epoch, and the reference\'s curves and time plot sit beside their tables', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: siteStrings.trainLink }).first().click();
  await expect(page).toHaveURL(/\/train\/$/);
  await expect(page.getByText(trainPageStrings.curvesCaption(CURVE_WINDOW))).toBeVisible();
  // The shipped reference's evidence, drawn at build time, each plot with its numbers as a table.
  await expect(page.getByRole('img', { name: evidenceStrings.curvesTitle(reference.seeds.length) })).toBeAttached();
  await expect(page.getByRole('table', { name: evidenceStrings.curvesCaption(reference.config.validationCount) })).toBeAttached();
  await expect(page.getByRole('table', { name: evidenceStrings.timeCaption })).toBeAttached();
  await page.goto('/depthwise/');
  await page.getByRole('navigation', { name: siteStrings.lessonsNav }).getByRole('link', { name: siteStrings.trainLink }).click();
  await expect(page).toHaveURL(/\/train\/$/);
});

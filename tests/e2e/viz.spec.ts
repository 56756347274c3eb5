/** The visual explanations as a reader meets them: stepping, per-channel views, themes, print and cells. */
import { test, expect, expectNoA11yViolations } from './fixtures';
import { PAGE, photoGroups } from './viz-steps';

test.describe('stepper', () => {
  test('Next/Previous with the mouse and the keyboard change the live sentence', async ({ page }) => {
    await page.goto(PAGE);
    const stepper = page.locator('viz-stepper').first();
    const live = stepper.getByRole('status');
    // The live sum (added up from the step's products) must equal the output map's current cell (the reference convolution).
    const current = await stepper.locator('.step-output td.current').innerText();
    expect(current).toMatch(/^-?\d/);
    await expect(live).toHaveText(`Output (0, 0), channel 0: sum of 9 products = ${current}`);
    await stepper.getByRole('button', { name: 'Next step' }).click();
    await expect(live).toHaveText(/^Output \(0, 0\), channel 1: sum of 9 products = /);
    await stepper.getByRole('button', { name: 'Next step' }).press('Enter');
    await expect(live).toHaveText(/^Output \(0, 0\), channel 2: /);
    await stepper.getByRole('button', { name: 'Previous step' }).click();
    await expect(live).toHaveText(/^Output \(0, 0\), channel 1: /);
    // Arrow keys on the stage, End and the labelled scrubber.
    await stepper.getByRole('group', { name: /Current step/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(live).toHaveText(/^Output \(0, 0\), channel 2: /);
    await page.keyboard.press('ArrowRight');
    await expect(live).toHaveText(/^Output \(0, 1\), channel 0: /);
    await page.keyboard.press('End');
    await expect(live).toHaveText(/^Output \(3, 3\), channel 2: /);
    const scrubber = stepper.getByRole('slider', { name: 'Step' });
    await scrubber.focus();
    await page.keyboard.press('Home');
    await expect(live).toHaveText(/^Output \(0, 0\), channel 0: /);
    await expect(stepper.locator('.step-grid td.in-window')).toHaveCount(9);
  });

  test('a key pressed before the stepper\'s code has loaded is not lost, and its controls stay hidden until they work', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(/stepper-element/, async (route) => { await held; await route.continue(); });
    await page.goto(PAGE);
    const stepper = page.locator('viz-stepper').first();
    const live = stepper.getByRole('status');
    await expect(live).toHaveText(/^Output \(0, 0\), channel 0: /);
    // Not yet defined: buttons that would do nothing are not shown (nor reachable by Tab).
    await expect(stepper.getByRole('button', { name: 'Next step' })).toBeHidden();
    await expect(stepper.getByText(/^Keys: /)).toBeHidden();
    await stepper.getByRole('group', { name: /Current step/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => customElements.get('viz-stepper') === undefined)).toBe(true);
    release();
    await expect(live).toHaveText(/^Output \(0, 0\), channel 1: /);
    await expect(stepper.getByRole('button', { name: 'Next step' })).toBeVisible();
    await expect(stepper.getByText(/^Keys: /)).toBeVisible();
  });

  test('the mode switch and depth multiplier change what one step sums', async ({ page }) => {
    await page.goto(PAGE);
    const stepper = page.locator('viz-stepper').first();
    const live = stepper.getByRole('status');
    await stepper.getByRole('radio', { name: 'standard' }).check();
    await expect(live).toHaveText(/sum of 27 products/);
    await expect(stepper.getByRole('slider', { name: 'Step' })).toHaveAttribute('max', String(4 * 4 * 3));
    await stepper.getByRole('radio', { name: 'pointwise' }).check();
    await expect(live).toHaveText(/sum of 3 products/);
    await stepper.getByRole('radio', { name: 'depthwise' }).check();
    await stepper.getByRole('combobox', { name: 'Depth multiplier' }).selectOption('2');
    await expect(stepper.getByRole('slider', { name: 'Step' })).toHaveAttribute('max', String(4 * 4 * 6));
    await expect(live).toHaveText(/sum of 9 products/);
  });

  test('Play advances and becomes Pause; with reduced motion it steps at the slow pace and says why', async ({ page }) => {
    await page.goto(PAGE);
    const stepper = page.locator('viz-stepper').first();
    const live = stepper.getByRole('status');
    await stepper.getByRole('button', { name: 'Play' }).click();
    await expect(stepper.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(live).not.toHaveText(/^Output \(0, 0\), channel 0:/);
    await stepper.getByRole('button', { name: 'Pause' }).click();
    await expect(stepper.getByRole('button', { name: 'Play' })).toBeVisible();

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(PAGE);
    const calm = page.locator('viz-stepper').first();
    await expect(calm.getByText(/reduced motion, so Play steps slowly/)).toBeVisible();
    await expect(calm.getByRole('combobox', { name: 'Speed' })).toHaveValue('slow');
    await calm.getByRole('button', { name: 'Play' }).click();
    await expect(calm.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(calm.getByRole('status')).toHaveText(/^Output \(0, 0\), channel 1:/);
    await calm.getByRole('button', { name: 'Pause' }).click();
  });

  test('the depth multiplier is off outside depthwise mode, with a sentence why', async ({ page }) => {
    await page.goto(PAGE);
    const stepper = page.locator('viz-stepper').first();
    const multiplier = stepper.getByRole('combobox', { name: 'Depth multiplier' });
    await multiplier.selectOption('3');
    await stepper.getByRole('radio', { name: 'standard' }).check();
    await expect(multiplier).toBeDisabled();
    await expect(multiplier).toHaveAccessibleDescription(/applies only where a depthwise convolution runs/);
    await expect(stepper.getByRole('slider', { name: 'Step' })).toHaveAttribute('max', String(4 * 4 * 3));
    await expect(stepper.getByRole('status')).toHaveText(/sum of 27 products/);
    await stepper.getByRole('radio', { name: 'depthwise' }).check();
    await expect(multiplier).toBeEnabled();
    await expect(stepper.getByRole('slider', { name: 'Step' })).toHaveAttribute('max', String(4 * 4 * 9));
  });

  test('Space on the slider or the stage plays and pauses; on a button it presses the button; the hint says so', async ({ page }) => {
    await page.goto(PAGE);
    const stepper = page.locator('viz-stepper').first();
    await expect(stepper.getByText(/^Keys: /)).toContainText('except on a button');
    await stepper.getByRole('slider', { name: 'Step' }).focus();
    await page.keyboard.press(' ');
    await expect(stepper.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press(' ');
    await expect(stepper.getByRole('button', { name: 'Play' })).toBeVisible();
    await stepper.getByRole('button', { name: 'Next step' }).focus();
    await page.keyboard.press(' ');
    await expect(stepper.getByRole('status')).toHaveText(/^Output \(0, 0\), channel 1:/);
    await expect(stepper.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('a speed control sets how fast Play steps', async ({ page }) => {
    await page.goto(PAGE);
    const stepper = page.locator('viz-stepper').first();
    const speed = stepper.getByRole('combobox', { name: 'Speed' });
    await expect(speed.locator('option')).toHaveText([/^slow/, /^normal/, /^fast/]);
    await speed.selectOption('fast');
    await stepper.getByRole('button', { name: 'Play' }).click();
    await expect(stepper).toHaveAttribute('data-playing', '330');
    // A new speed applies at once while playing.
    await speed.selectOption('slow');
    await expect(stepper).toHaveAttribute('data-playing', '2500');
    await stepper.getByRole('button', { name: 'Pause' }).click();
    await expect(stepper).not.toHaveAttribute('data-playing', /.*/);
  });

  test('at 1024×768 one step (input windows, products and output) fits on screen at once, side by side', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/depthwise/');
    const stepper = page.locator('viz-stepper').first();
    const stage = stepper.locator('[data-stage]');
    // Standard mode is the widest step: every input channel has its window and its products.
    for (const [mode, grids] of [['depthwise', 3 + 1 + 1], ['standard', 3 + 3 + 1]] as const) {
      await stepper.getByRole('radio', { name: mode }).check();
      await stage.scrollIntoViewIfNeeded();
      const boxes = await stage.evaluate((node) => [...node.querySelectorAll('.step-grid')].map((grid) => {
        const rect = grid.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
      }));
      expect(boxes.length).toBe(grids);
      const top = Math.min(...boxes.map((box) => box.top));
      const bottom = Math.max(...boxes.map((box) => box.bottom));
      expect(bottom - top, `${mode}: the whole step spans no more than the screen height, less the controls`).toBeLessThanOrEqual(768 - 200);
      const output = boxes.at(-1)!;
      expect(output.left, `${mode}: the output sits beside the inputs`).toBeGreaterThan(boxes[0]!.right);
      expect(output.top).toBeLessThan(boxes[0]!.bottom);
    }
  });

  test('/separable/: the block steps through the depthwise stage, then the pointwise stage on its outputs, with both costs beside the standard one', async ({ page }) => {
    await page.goto('/separable/');
    // Its code loads as it nears the viewport; until then its controls stay hidden.
    await page.locator('viz-stepper').first().scrollIntoViewIfNeeded();
    const stepper = page.locator('viz-stepper').filter({ has: page.getByRole('radio', { name: 'separable block' }) });
    const live = stepper.getByRole('status');
    await expect(stepper.getByRole('radio', { name: 'separable block' })).toBeChecked();
    await expect(live).toHaveText(/^Depthwise stage: Output \(0, 0\), channel 0: sum of 9 products/);
    const costs = stepper.getByRole('table', { name: /Multiply-adds on this input/ });
    await expect(costs.getByRole('row', { name: /Depthwise stage 9 48 432/ })).toBeVisible();
    await expect(costs.getByRole('row', { name: /Standard convolution to the same 4 channels 27 64 1,728/ })).toBeVisible();
    await stepper.getByRole('slider', { name: 'Step' }).fill('49');
    await expect(live).toHaveText(/^Pointwise stage: Output \(0, 0\), channel 0: sum of 3 products/);
    await expect(stepper.getByText('Depthwise output channel 0', { exact: true })).toBeVisible();
    await expect(costs.getByRole('row', { name: /Separable block \(both stages\) 624/ })).toBeVisible();
    await expectNoA11yViolations(page, 'viz-stepper');
  });
});

test.describe('per-channel views', () => {
  test('kernel views have one panel per channel (3 and 8) and draw one heatmap per kernel', async ({ page }) => {
    await page.goto(PAGE);
    const three = page.locator('#kernels-three [data-viz="kernels"]');
    await expect(three.locator(':scope > .viz-grid > [data-channel]')).toHaveCount(3);
    await three.scrollIntoViewIfNeeded();
    await expect(three.locator('[data-channel] svg[role="img"]')).toHaveCount(3);
    const eight = page.locator('#kernels-eight [data-viz="kernels"]');
    await expect(eight.locator(':scope > .viz-grid > [data-channel]')).toHaveCount(8);
    await eight.scrollIntoViewIfNeeded();
    await expect(eight.locator('[data-channel="7"] svg[role="img"]')).toHaveCount(2);
    // Hover values are in <title>; the table alternative lists every kernel.
    await expect(three.locator('[data-channel="0"] rect title').first()).toHaveText(/^row 0, column 0: -1$/);
    await expect(eight.locator('table')).toHaveCount(16);
  });

  test('feature-map groups have one panel per channel (3 and 8) and the scale toggle redraws', async ({ page }) => {
    await page.goto(PAGE);
    const eight = page.locator('#maps-eight [data-viz="feature-maps"]');
    await page.locator('#maps-eight').scrollIntoViewIfNeeded();
    await expect(eight).toHaveCount(2);
    for (const group of await eight.all()) await expect(group.locator('[data-channel]')).toHaveCount(8);
    await expect(eight.first()).toHaveAttribute('data-drawn', 'shared');
    await page.locator('#maps-eight').getByRole('checkbox', { name: 'Same colour scale for every channel' }).uncheck();
    await expect(eight.first()).toHaveAttribute('data-drawn', 'independent');
    const groups = await photoGroups(page);
    await expect(groups.nth(0).locator('[data-channel]')).toHaveCount(3);
    await expect(groups.nth(1).locator('[data-channel]')).toHaveCount(3);
    await expect(groups.nth(2).locator('[data-channel]')).toHaveCount(4);
  });
});


test.describe('accessibility, dark mode and print', () => {
  test('axe finds nothing serious with every view drawn, in light and dark', async ({ page }) => {
    await page.goto(PAGE);
    for (const id of ['#kernels-three', '#kernels-eight', '#maps-photo-block', '#maps-eight']) {
      await page.locator(id).scrollIntoViewIfNeeded();
      await expect(page.locator(`${id} [data-viz]`).first()).toHaveAttribute('data-drawn', /shared|independent/);
    }
    // Scoped to the visual components: the code cell below them is the cells' own (tested in cells.spec.ts).
    await expectNoA11yViolations(page, '.viz-components');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoA11yViolations(page, '.viz-components');
    // The heatmaps' text follows the theme (currentColor), so labels stay readable on the dark background.
    const colour = await page.locator('#kernels-three .viz-slot').first().evaluate((node) => getComputedStyle(node).color);
    expect(colour).not.toBe('rgb(27, 29, 33)');
  });

  test('print shows the views without controls and with the value tables', async ({ page }) => {
    await page.goto(PAGE);
    await page.locator('#kernels-three').scrollIntoViewIfNeeded();
    await expect(page.locator('#kernels-three svg[role="img"]')).toHaveCount(3);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('viz-stepper [data-controls]')).toBeHidden();
    await expect(page.locator('#kernels-three [data-channel="0"] svg')).toBeVisible();
    await expect(page.locator('#kernels-three table').first()).toBeVisible();
    const pdf = await page.pdf();
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});

test.describe('from code cells', () => {
  test('show.kernels and show.featureMaps draw one panel per channel; a wrong shape explains itself', async ({ page }) => {
    await page.goto(PAGE);
    const cell = page.getByRole('region', { name: 'Show kernels and feature maps', exact: true });
    await cell.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(cell).toHaveAttribute('data-state', 'done');
    const kernels = cell.locator('[data-viz="kernels"]');
    await expect(kernels.locator('[data-channel]')).toHaveCount(8);
    await expect(kernels.locator('[data-channel] svg[role="img"]')).toHaveCount(8);
    const maps = cell.locator('[data-viz="feature-maps"]');
    await expect(maps.locator('[data-channel]')).toHaveCount(8);
    await expect(maps.getByRole('heading', { name: 'Depthwise outputs' })).toBeVisible();
    await expect(maps.locator('[data-channel] svg[role="img"]')).toHaveCount(8);
    await expectNoA11yViolations(page, '[data-cell="show-viz"] [data-viz]');
    const bad = page.getByRole('region', { name: 'Show a wrong shape', exact: true });
    await bad.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(bad).toHaveAttribute('data-state', 'error');
    await expect(bad).toContainText('invalid filter shape: [3]');
  });
});

test('the about page credits every shipped photo with its licence and the libraries with versions', async ({ page }) => {
  await page.goto('/about/');
  const photos = page.locator('.photos li');
  await expect(photos).toHaveCount(4);
  for (const photo of await photos.all()) {
    await expect(photo).toContainText('PDDL-1.0 AND CC0-1.0');
    const size = await photo.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth);
    expect(size).toBe(96);
  }
  const libraries = page.getByRole('table', { name: /Open-source libraries/ });
  await expect(libraries.getByRole('row', { name: /@observablehq\/plot \d+\.\d+\.\d+ ISC/ })).toBeVisible();
  await expect(libraries.getByRole('row', { name: /@tensorflow\/tfjs \d+\.\d+\.\d+ Apache-2.0/ })).toBeVisible();
  await expectNoA11yViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each view shows its first step or its value tables, and no control that would do nothing', async ({ page }) => {
    await page.goto(PAGE);
    const stepper = page.locator('viz-stepper').first();
    await expect(stepper.locator('[data-live]')).toHaveText(/^Output \(0, 0\), channel 0: sum of 9 products = -?\d/);
    await expect(stepper.locator('.step-grid td.in-window')).toHaveCount(9);
    const views = page.locator('viz-stepper, viz-kernels, viz-feature-maps');
    for (const role of ['button', 'slider', 'checkbox', 'radio', 'combobox'] as const) await expect(views.getByRole(role)).toHaveCount(0);
    await expect(views.getByText(/^Keys: /)).toBeHidden();
    // The kernel numbers are still there, as tables.
    await expect(page.locator('#kernels-three [data-viz="kernels"] table').first()).toBeAttached();
  });
});

/**
 * Notebook cells in real Chromium against the built site (fixture page /test/cells/, from tests/fixtures/pages): running,
 * shared scope, Stop and the watchdog, errors located by line, leaks, Run all and stale states. Edits, share links and
 * storage are in cells-edits.spec.ts. States are awaited, never timed.
 */
import { expect, expectNoA11yViolations, test } from './fixtures';
import { cell, edit, openCleanNotebook, run } from './cells-steps';
import { cellStrings } from '../../src/lib/strings/cells';

test.describe('notebook cells', () => {
  test.beforeEach(async ({ page }) => openCleanNotebook(page));

  test('cells are labelled regions with the contract buttons and a polite output log', async ({ page }) => {
    const define = cell(page, 'Define a tensor');
    await expect(define).toHaveAttribute('data-cell', 'define');
    await expect(define).toHaveAttribute('data-state', 'idle');
    for (const name of ['Run', 'Stop', 'Reset', 'Copy link']) await expect(define.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(define.getByRole('log')).toHaveAttribute('aria-live', 'polite');
    await expectNoA11yViolations(page);
  });

  test('Run shows the last expression, the backend and the memory change', async ({ page }) => {
    const output = await run(cell(page, 'Define a tensor'));
    await expect(output).toContainText('[1, 3, 3, 2]');
    await expect(output).toContainText('Memory: +1 tensor');
    await expect(cell(page, 'Define a tensor').getByText(/Done in .* on (wasm|cpu)/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Running on (wasm|cpu)/ })).toBeVisible();
  });

  test('top-level declarations are shared with later cells, and console output is captured in order', async ({ page }) => {
    await run(cell(page, 'Define a tensor'));
    const output = await run(cell(page, 'Use earlier names'));
    await expect(output).toContainText('size is 3');
    await expect(output.locator('.cell-value')).toHaveText('6');
  });

  test('Run warns about earlier cells not run only when they define a name the cell reads; Run all above runs them', async ({ page }) => {
    const empty = cell(page, 'Empty cell');
    await run(empty);
    const use = cell(page, 'Use earlier names');
    await use.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(use.getByText(cellStrings.notRunAbove(1, ['size', 'ones', 'double']))).toBeVisible();
    await expect(use).toHaveAttribute('data-state', 'error');
    // Four cells above "Empty cell" never ran, but it reads none of their names: no warning there.
    await expect(empty.getByText(/earlier cells? (define|ha)/)).toHaveCount(0);
    await use.getByRole('button', { name: cellStrings.runAllAbove }).click();
    await expect(use).toHaveAttribute('data-state', 'done');
    await expect(cell(page, 'Define a tensor')).toHaveAttribute('data-state', 'done');
    await expect(use.getByRole('log').locator('.cell-value')).toHaveText('6');
  });

  test('edit and rerun uses the edited code; the editor loads only on interaction', async ({ page }) => {
    const target = cell(page, 'Empty cell');
    await expect(page.locator('.cm-editor')).toHaveCount(0);
    await edit(page, target, '6 * 7');
    await page.keyboard.press('Shift+Enter');
    await expect(target).toHaveAttribute('data-state', 'done');
    await expect(target.getByRole('log').locator('.cell-value')).toHaveText('42');
  });

  test('show renders a tensor summary, a table, a plot with its data table, an image and tensor.print()', async ({ page }) => {
    const output = await run(cell(page, 'Show everything'));
    await expect(output).toContainText('Tensor shape [2, 2] float32 · min 1 · max 4 · mean 2.5');
    await expect(output.getByRole('columnheader', { name: 'layer' })).toBeVisible();
    await expect(output.getByRole('img', { name: /lineY plot/ })).toBeVisible();
    await expect(output.getByText('Data table')).toBeVisible();
    await expect(output.getByRole('img', { name: 'Image, 8×8 pixels, 1 channel' })).toBeVisible();
    await expect(output).toContainText('[1, 2, 3]');
    await expect(output.locator('.cell-value').last()).toHaveText('"done"');
    await edit(page, cell(page, 'Empty cell'), '2');
    await expectNoA11yViolations(page);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expectNoA11yViolations(page);
  });

  test('Stop ends an infinite loop at once, the UI is usable, and the next run works in a fresh runtime', async ({ page }) => {
    await run(cell(page, 'Define a tensor'));
    const forever = cell(page, 'Infinite loop');
    await forever.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(forever).toHaveAttribute('data-state', 'running');
    await expect(forever.getByText(/Running… \d/)).toBeVisible();
    await forever.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(forever).toHaveAttribute('data-state', 'stale');
    await expect(forever.getByRole('log')).toContainText('Stopped after');
    await expect(cell(page, 'Define a tensor')).toHaveAttribute('data-state', 'stale');
    await expect(forever.getByRole('button', { name: 'Stop', exact: true })).toBeDisabled();
    await expect(forever.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
    const output = await run(cell(page, 'Empty cell'));
    await expect(output.locator('.cell-value')).toHaveText('1');
  });

  test('a run that calls checkpoint() offers Pause: it waits there keeping its state until Resume, then finishes', async ({ page }) => {
    const steps = cell(page, 'Steps with checkpoints');
    await steps.getByRole('button', { name: 'Run', exact: true }).click();
    const progress = steps.getByRole('log').locator('.cell-progress-label');
    await expect(progress).toBeVisible();
    const pause = steps.getByRole('button', { name: cellStrings.pause, exact: true });
    await pause.click();
    await expect(steps.getByText(cellStrings.status.paused)).toBeVisible();
    await expect(steps).toHaveAttribute('data-state', 'running');
    await expect(pause).toBeHidden();
    const resume = steps.getByRole('button', { name: cellStrings.resume, exact: true });
    await expect(resume).toBeFocused();
    // While it waits at the checkpoint its progress holds still.
    const held = (await progress.textContent()) ?? '';
    expect(held).not.toBe(cellStrings.progress(400, 400));
    await page.waitForTimeout(600);
    await expect(progress).toHaveText(held);
    await resume.click();
    await expect(steps).toHaveAttribute('data-state', 'done');
    await expect(steps.getByRole('log').locator('.cell-value')).toHaveText('"400 steps"');
    await expect(resume).toBeHidden();
    // A run whose code never calls checkpoint() has nowhere to wait: no Pause.
    const forever = cell(page, 'Infinite loop');
    await forever.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(forever).toHaveAttribute('data-state', 'running');
    await expect(forever.getByRole('button', { name: cellStrings.pause, exact: true })).toBeHidden();
    await forever.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(forever).toHaveAttribute('data-state', 'stale');
  });

  test('the stop key (Escape twice) stops a running cell', async ({ page }) => {
    const forever = cell(page, 'Infinite loop');
    await forever.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(forever).toHaveAttribute('data-state', 'running');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(forever).toHaveAttribute('data-state', 'stale');
  });

  test('the watchdog stops a cell at its time limit and says how to raise it', async ({ page }) => {
    const output = await run(cell(page, 'Short time limit'), 'error');
    await expect(output).toContainText('ran longer than its time limit of 2 s');
    await expect(output.getByRole('button', { name: 'Run with a 4 s limit' })).toBeVisible();
    await run(cell(page, 'Empty cell'));
  });

  test('a 5 s busy cell causes no main-thread task over 200 ms', async ({ page }) => {
    await run(cell(page, 'Empty cell'));
    await page.evaluate(() => {
      const store: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = store;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => store.push(entry.duration))).observe({ type: 'longtask' });
    });
    await run(cell(page, 'Busy for 5 seconds'));
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    expect(longTasks.filter((duration) => duration > 200)).toEqual([]);
  });

  test('a syntax error and a runtime error name the line in the cell', async ({ page }) => {
    await expect(await run(cell(page, 'Bad: syntax error'), 'error')).toContainText('SyntaxError on line 2, column 11');
    const runtime = await run(cell(page, 'Bad: runtime error'), 'error');
    await expect(runtime).toContainText('ReferenceError on line 2, column 1: undefinedFunction is not defined');
    await expect(runtime).toContainText('Memory: +0 tensors');
  });

  test('leaked tensors are counted and warned about; Restart runtime frees them', async ({ page }) => {
    const output = await run(cell(page, 'Leak tensors'));
    await expect(output).toContainText('Leak warning: this run left 3 tensors in memory');
    await page.getByRole('button', { name: 'Restart runtime' }).click();
    await expect(cell(page, 'Leak tensors')).toHaveAttribute('data-state', 'stale');
    await expect(await run(cell(page, 'Empty cell'))).toContainText('0 tensors in use');
  });

  test('every bad cell gives a readable message with its line, and other cells keep their output', async ({ page }) => {
    const kept = await run(cell(page, 'Define a tensor'));
    const expected: Array<[string, RegExp]> = [
      ['Bad: thrown string', /on line 2: "plain string" \(a string was thrown, not an Error/],
      ['Bad: rejected promise', /Error on line 1, column \d+: rejected on purpose/],
      ['Bad: stack overflow', /RangeError on line [12], column \d+: Maximum call stack size exceeded[\s\S]*at forever \(line [12]\)( ×\d+)?/],
      ['Bad: huge allocation', /RangeError on line 3, column \d+: .*length/],
      ['Bad: error inside show', /TypeError on line 1, column \d+: invalid rows: 42/],
      ['Bad: TF.js broadcast error', /on line 4, column \d+: Operands could not be broadcast together with shapes 2 and 3[\s\S]*Hint: Shapes \[2\] and \[3\] do not broadcast/],
      ['Bad: TF.js shape error', /on line 3, column \d+: Error in depthwiseConv2d: input must be rank 4, but got rank 2[\s\S]*Hint: depthwiseConv2d wants an input of shape \[batch, height, width, channels\]/],
    ];
    for (const [title, message] of expected) await expect(await run(cell(page, title), 'error')).toContainText(message);
    const value = await run(cell(page, 'Bad: unserializable result'));
    await expect(value).toContainText('{ fn: ƒ fn(…), sym: Symbol(s), weak: WeakMap (contents cannot be listed), self: [circular] }');
    await expect(kept).toContainText('[1, 3, 3, 2]');
    await expect(await run(cell(page, 'Use earlier names'))).toContainText('size is 3');
    // Errors, hints and warnings stay readable (contrast, names) in both themes.
    await expectNoA11yViolations(page);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expectNoA11yViolations(page);
  });

  test('Run all runs every cell in order and stops at the first error', async ({ page }) => {
    await page.getByRole('button', { name: 'Run all', exact: true }).click();
    await expect(cell(page, 'Show everything')).toHaveAttribute('data-state', 'done');
    await expect(cell(page, 'Use earlier names')).toHaveAttribute('data-state', 'done');
    await expect(cell(page, 'Infinite loop')).toHaveAttribute('data-state', 'running');
    await expect(cell(page, 'Short time limit')).toHaveAttribute('data-state', 'queued');
    await cell(page, 'Infinite loop').getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(cell(page, 'Infinite loop')).toHaveAttribute('data-state', 'stale');
    await expect(cell(page, 'Short time limit')).toHaveAttribute('data-state', 'idle');
  });

  test('running a cell whose earlier cells have not run offers Run all above', async ({ page }) => {
    const use = cell(page, 'Use earlier names');
    await expect(await run(use, 'error')).toContainText('ones is not defined');
    await use.getByRole('button', { name: 'Run all above' }).click();
    await expect(use).toHaveAttribute('data-state', 'done');
    await expect(cell(page, 'Define a tensor')).toHaveAttribute('data-state', 'done');
  });

  test('editing an earlier cell makes later finished cells stale', async ({ page }) => {
    await run(cell(page, 'Define a tensor'));
    await run(cell(page, 'Use earlier names'));
    await edit(page, cell(page, 'Define a tensor'), 'const size = 4;');
    await expect(cell(page, 'Use earlier names')).toHaveAttribute('data-state', 'stale');
  });

  test('late output joins its own run and is dropped once the cell has run again; floating rejections are reported', async ({ page }) => {
    const target = cell(page, 'Late output');
    const output = await run(target);
    await expect(output).toContainText('Unhandled promise rejection: Error: floating (line 3)');
    await expect(output).toContainText('late output 1');
    await run(target);
    await run(target);
    await expect(output).toContainText('late output 3');
    await expect(output).not.toContainText('late output 2');
    await expect(output.getByText('"scheduled"')).toHaveCount(1);
  });

  test('an un-awaited async function printing after a sleep reports in its own cell, not in the run active then', async ({ page }) => {
    const target = cell(page, 'Empty cell');
    await edit(page, target, '(async () => { await new Promise((wake) => setTimeout(wake, 1500)); console.log("woke up"); })(); "started"');
    await run(target);
    const other = await run(cell(page, 'Define a tensor'));
    await expect(target.getByRole('log')).toContainText('woke up');
    await expect(other).not.toContainText('woke up');
  });

  test('tabbing past the code before the editor has loaded leaves focus where the reader put it', async ({ page }) => {
    let release: () => void = () => undefined;
    const loaded = new Promise<void>((resolve) => (release = resolve));
    await page.route(/codemirror[^/]*\.js$/, async (route) => {
      await loaded;
      await route.continue();
    });
    const target = cell(page, 'Empty cell');
    await target.locator('[data-part="code"] pre').focus();
    await page.keyboard.press('Tab');
    const runButton = target.getByRole('button', { name: 'Run', exact: true });
    await expect(runButton).toBeFocused();
    release();
    await expect(target.locator('.cm-editor')).toBeVisible();
    await expect(runButton).toBeFocused();
  });

  test('the backend picker is remembered and the backend in use is shown', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Backend' }).selectOption('cpu');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Backend' })).toHaveValue('cpu');
    await run(cell(page, 'Empty cell'));
    await expect(page.getByRole('status').filter({ hasText: 'Running on cpu.' })).toBeVisible();
    await expect(cell(page, 'Empty cell').getByText('Done in')).toContainText('on cpu');
  });
});

test.describe('cells in a lesson', () => {
  test('a cell authored as a fenced block in MDX runs TF.js layers code', async ({ page }) => {
    await page.goto('/convolution/');
    const target = page.locator('[data-cell="conv-count"]');
    await expect(target).toHaveAttribute('role', 'region');
    await target.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(target).toHaveAttribute('data-state', 'done');
    await expect(target.getByRole('log')).toContainText('Output shape: [1, 28, 28, 16]');
  });

  test('a reader who only reads loads no cell code; a pointer resting on Run loads TF.js before the click', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/depthwise/');
    const toolbar = page.getByRole('group', { name: 'Notebook' });
    await expect(toolbar.getByRole('button', { name: 'Run all' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => customElements.get('dw-cell') === undefined)).toBe(true);
    expect(workers).toEqual([]);
    const target = page.locator('[data-cell="dw-seed"]');
    await target.getByRole('button', { name: 'Run', exact: true }).hover();
    // Intent alone starts the runtime: the backend is named before anything ran.
    await expect(toolbar.getByRole('status')).toHaveText(/Running on (wasm|cpu)/, { timeout: 60_000 });
    await expect(target).toHaveAttribute('data-state', 'idle');
    await target.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(target).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    expect(workers).toHaveLength(1);
  });

  test('a cell left in view once the page is idle warms the runtime without running anything', async ({ page }) => {
    await page.goto('/test/cells/');
    await expect(page.locator('dw-cell').first()).toBeInViewport();
    await expect(page.getByRole('group', { name: 'Notebook' }).getByRole('status')).toHaveText(/Running on (wasm|cpu)/, { timeout: 60_000 });
    await expect(page.locator('dw-cell:not([data-state="idle"])')).toHaveCount(0);
  });
});

test.describe('cells without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the code is shown as highlighted text and no dead controls are shown', async ({ page }) => {
    await page.goto('/convolution/');
    const target = page.getByRole('region', { name: 'Where the parameters live' });
    await expect(target.locator('pre.astro-code')).toContainText('layer.build([1, 28, 28, 3]);');
    await expect(target.getByRole('button')).toHaveCount(0);
    await expect(target.getByText('Not run yet')).toBeHidden();
  });
});

/**
 * What a student on a phone and on a laptop tripped over, page by page: the stepper's buttons out of
 * their box and out of sight of the grids they move, key hints on a touch screen, code and formulas cut
 * off at the edge, a caption cut on both sides, matrices wrapping mid-row, colours that meant
 * opposite things in two lessons, and /train/'s kernels and maps stacked in one narrow column.
 */
import sharp from 'sharp';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { FACTORISATION_EXAMPLE, equivalentKernel } from '../../src/lib/diagrams';
import { DIVERGING, divergingKey } from '../../src/lib/viz/heatmap-style';
import { exerciseStrings } from '../../src/lib/strings/exercises';
import { lessonStrings } from '../../src/lib/strings/lessons';
import { trainStrings } from '../../src/lib/strings/train';
import { vizStrings } from '../../src/lib/strings/viz';

const FORMULA = 'Formula (scrolls sideways if wide)';

/** Mean grey level (0 black … 255 white) of a strip of the element's picture: `side` columns at its left or right edge, `rows` rows from the top. */
async function edgeShade(box: Locator, side: 'left' | 'right', rows = 3, columns = 4): Promise<number> {
  const { data, info } = await sharp(await box.screenshot()).raw().toBuffer({ resolveWithObject: true });
  let total = 0;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const column = side === 'left' ? x : info.width - 1 - x;
      const at = (y * info.width + column) * info.channels;
      total += (data[at]! + data[at + 1]! + data[at + 2]!) / 3;
    }
  }
  return total / (rows * columns);
}

/** Which way a CSS colour leans: 'red', 'blue' or 'white' (near-grey). */
function hue(css: string): 'red' | 'blue' | 'white' {
  const [r, , b] = css.match(/\d+(\.\d+)?/g)!.map(Number) as [number, number, number];
  return Math.abs(r - b) < 8 ? 'white' : r > b ? 'red' : 'blue';
}

/** The stepper's grids a reader watches: the current input window's grid and the output being filled. */
const grids = (stepper: Locator) => ({
  input: stepper.getByRole('table', { name: 'Input channel 0', exact: true }),
  output: stepper.getByRole('table', { name: /^Output channel \d+$/ }),
});

async function expectNoSidewaysOverflow(page: Page, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  expect(box, 'the element is laid out').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test.describe('on a 360×740 touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('/depthwise/: the stepper\'s buttons fit its box, no key hint shows, and Next stays on screen with the grids it moves', async ({ page }) => {
    await page.goto('/depthwise/');
    const stepper = page.locator('viz-stepper').first();
    const next = stepper.getByRole('button', { name: vizStrings.nextStep });
    await stepper.scrollIntoViewIfNeeded();
    await next.scrollIntoViewIfNeeded();
    const frame = (await stepper.boundingBox())!;
    for (const name of [vizStrings.previousStep, vizStrings.play, vizStrings.nextStep]) {
      const button = (await stepper.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(button.x + button.width, `${name} inside the stepper`).toBeLessThanOrEqual(frame.x + frame.width);
    }
    await expect(stepper.getByText(/^Keys: /)).toBeHidden();
    const { input, output } = grids(stepper);
    const live = stepper.getByRole('status');
    for (const grid of [input, output]) {
      await grid.scrollIntoViewIfNeeded();
      await expect(grid).toBeInViewport({ ratio: 1 });
      await expect(next).toBeInViewport({ ratio: 1 });
    }
    const before = await live.textContent();
    await next.tap();
    await expect(live).not.toHaveText(before!);
    await expect(output).toBeInViewport({ ratio: 1 });
    // Once the reader uses a keyboard on it, the stepper says which keys do what.
    await stepper.getByRole('group', { name: vizStrings.stageLabel }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(stepper.getByText(/^Keys: /)).toBeVisible();
  });

  test('/cost/: the cost-ratio formula scrolls in its own box, with a shadow at the edge that has more', async ({ page }) => {
    await page.goto('/cost/');
    const formula = page.getByRole('group', { name: FORMULA }).filter({ hasText: /separable/ }).filter({ hasText: /standard/ }).first();
    await formula.scrollIntoViewIfNeeded();
    await expectNoSidewaysOverflow(page, formula);
    const widths = await formula.evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth }));
    expect(widths.scroll, 'the formula is wider than a phone').toBeGreaterThan(widths.client);
    // At the start: a shadow on the right (more to see), none on the left; scrolled to the end, the other way round.
    expect(await edgeShade(formula, 'right')).toBeLessThan((await edgeShade(formula, 'left')) - 20);
    await formula.evaluate((box) => { box.scrollLeft = box.scrollWidth; });
    await expect.poll(async () => (await edgeShade(formula, 'left')) - (await edgeShade(formula, 'right'))).toBeLessThan(-20);
  });
});

test.describe('on a 412×823 phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true });

  test('/effective/: the MobileNet table\'s caption reads whole, the "K as numbers" rows never wrap, and colours follow the one convention', async ({ page }) => {
    await page.goto('/effective/');
    const region = page.getByRole('region', { name: /MobileNet/ }).first();
    const caption = region.locator('caption');
    await caption.scrollIntoViewIfNeeded();
    const box = (await region.boundingBox())!;
    const text = (await caption.boundingBox())!;
    expect(text.x, 'caption starts inside its box').toBeGreaterThanOrEqual(box.x - 0.5);
    expect(text.x + text.width, 'caption ends inside its box').toBeLessThanOrEqual(box.x + box.width + 0.5);
    await expectNoSidewaysOverflow(page, caption);

    const matrices = page.getByRole('table', { name: lessonStrings.factorisationTableCaption });
    await matrices.scrollIntoViewIfNeeded();
    const lines = await matrices.getByRole('cell').evaluateAll((cells) => cells.map((cell) => {
      const rows = [...cell.querySelectorAll('code > span:not(.visually-hidden)')];
      return rows.map((row) => {
        const range = document.createRange();
        range.selectNodeContents(row);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
    }));
    const kernel = equivalentKernel(FACTORISATION_EXAMPLE);
    expect(lines, 'each matrix row on one line').toEqual(kernel.flatMap((row) => row.map((filter) => filter.map(() => 1))));

    // The figure says the convention in words, and draws it: a positive value in the positive colour.
    const figure = page.locator('figure[data-diagram="factorisation"]');
    await expect(figure).toContainText(lessonStrings.factorisationTitle(divergingKey()));
    const fills = await figure.locator('svg rect').evaluateAll((rects) => rects.map((rect) => getComputedStyle(rect).fill));
    const values = [...FACTORISATION_EXAMPLE.depthwise.flatMap((filters) => filters[0]!.flat()), ...kernel.flat(3)];
    expect(fills).toHaveLength(values.length);
    const expected = values.map((value) => (value > 0 ? DIVERGING.positive : value < 0 ? DIVERGING.negative : 'white'));
    expect(fills.map(hue)).toEqual(expected);
    await expectNoA11yViolations(page, 'figure[data-diagram="factorisation"]');
  });
});

test('/depthwise/ at 1280×800: exercise code is never cut off (long lines wrap, indented) and the kernels\' legend names the colours', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/depthwise/');
  const exercise = page.getByRole('region', { name: exerciseStrings.exerciseHeading('Depthwise convolution with plain loops') });
  const code = exercise.locator('pre').first();
  await code.scrollIntoViewIfNeeded();
  const wrapping = await code.evaluate((pre) => {
    const lines = [...pre.querySelectorAll('.line')].map((line) => {
      const range = document.createRange();
      range.selectNodeContents(line);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const tops = [...new Set(rects.map((rect) => Math.round(rect.top)))];
      const firstLeft = Math.min(...rects.filter((rect) => Math.round(rect.top) === tops[0]).map((rect) => rect.left));
      const nextLeft = tops.length > 1 ? Math.min(...rects.filter((rect) => Math.round(rect.top) === tops[1]).map((rect) => rect.left)) : null;
      const text = line.textContent ?? '';
      return { indent: text.length - text.trimStart().length, firstLeft, nextLeft, right: Math.max(...rects.map((rect) => rect.right)) };
    });
    return { scroll: pre.scrollWidth, client: pre.clientWidth, right: pre.getBoundingClientRect().right, lines };
  });
  expect(wrapping.scroll, 'no line runs past the code box').toBeLessThanOrEqual(wrapping.client);
  for (const line of wrapping.lines) expect(line.right).toBeLessThanOrEqual(wrapping.right);
  const wrapped = wrapping.lines.filter((line) => line.nextLeft !== null);
  expect(wrapped.length, 'some long line wraps at 1280 px').toBeGreaterThan(0);
  for (const line of wrapped) expect(line.nextLeft!, 'a continuation starts right of its line').toBeGreaterThan(line.firstLeft + 4);

  // The same code in the editor (opened by clicking into it) wraps too.
  await code.click();
  const editor = exercise.getByRole('textbox');
  await expect(editor).toBeFocused();
  const scroller = exercise.locator('.cm-scroller');
  expect(await scroller.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(0);

  await page.keyboard.press('Escape');
  const kernels = page.locator('viz-kernels').first();
  await kernels.scrollIntoViewIfNeeded();
  await expect(kernels.getByRole('img', { name: new RegExp(`^${vizStrings.divergingLegendLabel(divergingKey()).replace(/[()]/g, '\\$&')}`) })).toBeVisible();
  // Sobel x: its left column is negative, its right column positive, in the convention's colours.
  const firstKernel = kernels.locator('[data-plot="0"] svg rect');
  const fills = await firstKernel.evaluateAll((rects) => rects.map((rect) => rect.getAttribute('fill') ?? getComputedStyle(rect).fill));
  expect(hue(fills[0]!)).toBe(DIVERGING.negative);
  expect(hue(fills[2]!)).toBe(DIVERGING.positive);
});

test('/separable/ at 1280×800: Next stays on screen while the block\'s grids are in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/separable/');
  const stepper = page.locator('viz-stepper').first();
  const next = stepper.getByRole('button', { name: vizStrings.nextStep });
  await stepper.scrollIntoViewIfNeeded();
  await expect(next).toBeVisible();
  const { input, output } = grids(stepper);
  await output.scrollIntoViewIfNeeded();
  await expect(output).toBeInViewport({ ratio: 1 });
  await expect(input).toBeInViewport({ ratio: 1 });
  await expect(next).toBeInViewport({ ratio: 1 });
  const live = stepper.getByRole('status');
  const before = await live.textContent();
  await next.click();
  await expect(live).not.toHaveText(before!);
  await expect(output).toBeInViewport({ ratio: 1 });
});

test('/train/ at 1280×800: "Show kernels and feature maps" lays each layer out as a grid, as the lessons\' views do', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/train/');
  const section = page.getByRole('region', { name: trainStrings.inspectTitle });
  await section.getByRole('button', { name: trainStrings.inspectButton }).click();
  const views = section.locator('[data-viz]');
  await expect(views.first()).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => views.count()).toBeGreaterThan(1);
  for (const view of await views.all()) {
    const tops = await view.locator('[data-channel]').evaluateAll((panels) => panels.map((panel) => Math.round(panel.getBoundingClientRect().top)));
    const rows = new Set(tops).size;
    expect(tops.length).toBeGreaterThan(1);
    expect(rows, `${tops.length} panels in ${rows} rows`).toBeLessThanOrEqual(Math.ceil(tops.length / 4));
  }
});

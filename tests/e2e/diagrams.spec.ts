/**
 * The static lesson diagrams as a reader and a printer meet them: each is an image with a text alternative that
 * names its computed numbers, its stages or values are also plain text or a table, it prints, and axe is clean.
 */
import { expect, expectNoA11yViolations, test } from './fixtures';
import { describeBlock, equivalentKernel, FACTORISATION_EXAMPLE, invertedResidualBlock, mobileNetV1Block } from '../../src/lib/diagrams';
import { arithmeticIntensity, formatDecimal } from '../../src/lib/cost';
import { ridgePoint, V100 } from '../../src/lib/sources';
import { lessonStrings } from '../../src/lib/strings';

test('/separable/ draws the v1 block and the v2 inverted residual, each with its stages and shapes as text, in light, dark and print', async ({ page }) => {
  await page.goto('/separable/');
  const v1 = describeBlock(mobileNetV1Block({ height: 32, inChannels: 64, outChannels: 128 }));
  const v2 = describeBlock(invertedResidualBlock({ height: 16, channels: 24, expansion: 6 }));
  const v1Figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: /MobileNet v1 block/ }) });
  const v2Figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: /inverted residual/ }) });
  await expect(v1Figure.getByRole('listitem')).toHaveText(v1);
  await expect(v2Figure.getByRole('listitem')).toHaveText(v2);
  await expect(v2Figure.getByRole('img')).toHaveAccessibleName(new RegExp(v2[1]!.replace(/[[\]]/g, '\\$&')));
  await expectNoA11yViolations(page, '.diagram');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expectNoA11yViolations(page, '.diagram');
  await page.emulateMedia({ media: 'print' });
  await expect(v1Figure.getByRole('img')).toBeVisible();
  await expect(v2Figure.getByRole('listitem').first()).toBeVisible();
});

test('/effective/ draws K = D·P with every filter of K in a table', async ({ page }) => {
  await page.goto('/effective/');
  const figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: /depthwise 3×3 filters D/ }) });
  const table = figure.getByRole('table', { name: lessonStrings.factorisationTableCaption });
  const kernel = equivalentKernel(FACTORISATION_EXAMPLE);
  const text = (filter: number[][]) => filter.map((line) => line.map((v) => (v < 0 ? `−${-v}` : `${v}`)).join(' ')).join(' / ');
  await expect(table.getByRole('row', { name: 'c = 0' }).getByRole('cell').nth(1)).toHaveText(text(kernel[0]![1]!));
  await expect(table.getByRole('row', { name: 'c = 1' }).getByRole('cell').nth(2)).toHaveText(text(kernel[1]![2]!));
  await expectNoA11yViolations(page, '.diagram');
});

test('/cost/ sketches the V100 roofline in fp32, and in fp16 with the tensor-core roof only the matrix multiplies can use', async ({ page }) => {
  await page.goto('/cost/');
  const figure = page.getByRole('figure').filter({ has: page.getByRole('img', { name: /Roofline sketch: .*, fp32/ }) });
  await expect(figure.getByRole('img')).toHaveAccessibleName(new RegExp(`ridge ${formatDecimal(ridgePoint(V100, 'fp32'), 1)} FLOP/B`));
  const table = figure.getByRole('table', { name: lessonStrings.rooflineTableCaption('fp32') });
  const depthwise = { kind: 'depthwise', inHeight: 56, inChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;
  await expect(table.getByRole('row', { name: /3×3 depthwise/ }).getByRole('cell').first()).toHaveText(formatDecimal(arithmeticIntensity(depthwise), 2));
  const half = page.getByRole('figure').filter({ has: page.getByRole('img', { name: /Roofline sketch: .*, fp16/ }) });
  await expect(half.getByRole('img')).toHaveAccessibleName(new RegExp(`ridge ${formatDecimal(ridgePoint(V100, 'fp16Tensor'), 1)} FLOP/B`));
  const halfTable = half.getByRole('table', { name: lessonStrings.rooflineTableCaption('fp16') });
  const depthwiseRow = halfTable.getByRole('row', { name: /3×3 depthwise/ });
  await expect(depthwiseRow.getByRole('cell').first()).toHaveText(formatDecimal(arithmeticIntensity(depthwise, 2), 2));
  await expect(depthwiseRow.getByRole('cell').nth(1)).toHaveText(lessonStrings.rooflineRoofs.fp16);
  await expect(halfTable.getByRole('row', { name: /3×3 standard/ }).getByRole('cell').nth(1)).toHaveText(lessonStrings.rooflineRoofs.fp16Tensor);
  await expectNoA11yViolations(page, '.diagram');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expectNoA11yViolations(page, '.diagram');
});

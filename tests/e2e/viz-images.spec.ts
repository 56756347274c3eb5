/** The reader's own picture in the feature maps: upload, drop, webcam, refusals that keep the previous picture, the kernel editor. */
import sharp from 'sharp';
import { test, expect } from './fixtures';
import { PAGE, photoGroups, rasterOf } from './viz-steps';

test.describe('the reader\'s own image', () => {
  test('uploading a picture changes the feature maps', async ({ page }) => {
    await page.goto(PAGE);
    const groups = await photoGroups(page);
    const before = await rasterOf(groups.first());
    expect(before).toMatch(/^data:image\/png/);
    const png = await sharp({ create: { width: 64, height: 40, channels: 3, background: { r: 200, g: 30, b: 90 } } })
      .composite([{ input: Buffer.from('<svg width="64" height="40"><rect x="20" y="0" width="10" height="40" fill="white"/></svg>'), left: 0, top: 0 }])
      .png().toBuffer();
    await page.locator('#maps-photo-block').getByLabel('Use your own image').setInputFiles({ name: 'stripe.png', mimeType: 'image/png', buffer: png });
    await expect(page.locator('#maps-photo-block [data-message]')).toHaveText('Using “stripe.png” (64×40 pixels).');
    await expect.poll(async () => rasterOf((await photoGroups(page)).first())).not.toBe(before);
  });

  test('a text file renamed .png is refused with a message and the previous picture stays', async ({ page }) => {
    await page.goto(PAGE);
    const groups = await photoGroups(page);
    const before = await rasterOf(groups.first());
    await page.locator('#maps-photo-block').getByLabel('Use your own image').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('just some text, not a picture') });
    await expect(page.locator('#maps-photo-block [data-message]')).toHaveText('“notes.png” is not a PNG, JPEG, GIF, WebP or BMP picture; the current picture stays.');
    expect(await rasterOf(groups.first())).toBe(before);
  });

  test('a dropped picture is used; a file over 10 MB is refused and the previous picture stays', async ({ page }) => {
    await page.goto(PAGE);
    const groups = await photoGroups(page);
    const before = await rasterOf(groups.first());
    const png = await sharp({ create: { width: 30, height: 30, channels: 3, background: { r: 10, g: 220, b: 40 } } }).png().toBuffer();
    const transfer = await page.evaluateHandle((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'green.png', { type: 'image/png' }));
      return data;
    }, [...png]);
    await page.locator('#maps-photo-block [data-drop]').dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.locator('#maps-photo-block [data-message]')).toHaveText('Using “green.png” (30×30 pixels).');
    await expect.poll(async () => rasterOf((await photoGroups(page)).first())).not.toBe(before);
    const dropped = await rasterOf(groups.first());
    const huge = Buffer.alloc(11 * 1024 * 1024);
    png.copy(huge, 0, 0, 16);
    await page.locator('#maps-photo-block').getByLabel('Use your own image').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: huge });
    await expect(page.locator('#maps-photo-block [data-message]')).toHaveText('“huge.png” is 11.0 MB; pictures up to 10 MB are accepted. The current picture stays.');
    expect(await rasterOf(groups.first())).toBe(dropped);
  });

  test('a webcam snapshot from Chromium’s fake camera replaces the picture', async ({ playwright, baseURL }) => {
    const { CHROMIUM_ARGS, findChromium } = await import('../../scripts/lib/chromium.mjs');
    const executablePath = findChromium();
    const browser = await playwright.chromium.launch({
      args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
      ...(executablePath ? { executablePath } : {}),
    });
    try {
      const page = await browser.newPage({ baseURL });
      await page.context().grantPermissions(['camera']);
      await page.goto(PAGE);
      const groups = await photoGroups(page);
      const before = await rasterOf(groups.first());
      await page.locator('#maps-photo-block').getByRole('button', { name: 'Take a webcam snapshot' }).click();
      await page.locator('#maps-photo-block').getByRole('button', { name: 'Capture' }).click();
      await expect(page.locator('#maps-photo-block [data-message]')).toHaveText(/^Using “Webcam snapshot” \(\d+×\d+ pixels\)\.$/);
      await expect.poll(async () => rasterOf((await photoGroups(page)).first())).not.toBe(before);
      await expect(page.locator('#maps-photo-block').getByRole('button', { name: 'Capture' })).toBeHidden();
    } finally {
      await browser.close();
    }
  });

  test('the kernel editor explains a typo and applies good numbers', async ({ page }) => {
    await page.goto(PAGE);
    const block = page.locator('#maps-photo-block');
    const groups = await photoGroups(page);
    const before = await rasterOf(groups.nth(1));
    await block.getByRole('combobox', { name: 'Kernel' }).selectOption({ label: 'A different kernel per channel' });
    await expect(block.locator('[data-viz="feature-maps"]').nth(1).locator('[data-channel="1"] figcaption')).toHaveText('Channel 1: Sobel y (horizontal edges)');
    await block.getByRole('combobox', { name: 'Kernel' }).selectOption('custom');
    const editor = block.getByRole('textbox', { name: /Your kernel/ });
    await editor.fill('1 2 3\n4 x 6');
    await block.getByRole('button', { name: 'Apply kernel' }).click();
    await expect(block.locator('[data-kernel-error]')).toHaveText('Row 2: “x” is not a number (use e.g. 1, -0.5 or 1/9).');
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    await editor.fill('0 1 0\n1 -4 1\n0 1 0');
    await block.getByRole('button', { name: 'Apply kernel' }).click();
    await expect(block.locator('[data-kernel-error]')).toHaveText('Applied your 3×3 kernel to every channel.');
    await expect.poll(async () => rasterOf((await photoGroups(page)).nth(1))).not.toBe(before);
  });
});

test('the Photograph select and the message always name the picture in use: own picture, then a listed photograph', async ({ page }) => {
  await page.goto(PAGE);
  await photoGroups(page);
  const block = page.locator('#maps-photo-block');
  const select = block.getByRole('combobox', { name: 'Photograph' });
  const message = block.locator('[data-message]');
  await expect(message).toHaveText(/^Using “Boats in River, Nagasaki” \(\d+×\d+ pixels\)\.$/);
  const png = await sharp({ create: { width: 300, height: 100, channels: 3, background: { r: 20, g: 120, b: 200 } } }).png().toBuffer();
  await block.getByLabel('Use your own image').setInputFiles({ name: 'tall.png', mimeType: 'image/png', buffer: png });
  await expect(message).toHaveText('Using “tall.png” (300×100 pixels).');
  await expect(select.locator('option:checked')).toHaveText('Your picture: tall.png');
  await select.selectOption({ label: 'Acanthus mollis' });
  await expect(message).toHaveText(/^Using “Acanthus mollis” \(\d+×\d+ pixels\)\.$/);
  await expect(select.locator('option:checked')).toHaveText('Acanthus mollis');
  await expect(select.locator('option', { hasText: 'tall.png' })).toHaveCount(0);
});

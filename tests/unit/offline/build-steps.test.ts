/**
 * The build steps after Astro: which files count as TF.js (left out of the install-time precache
 * and fetched by Save for offline), and the brotli/gzip copies written beside text files.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompress } from '../../../scripts/lib/compress.mjs';
import { dataFiles, runtimeFiles } from '../../../scripts/lib/offline.mjs';

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'depthwise-dist-'));
  mkdirSync(join(dist, '_astro'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const write = (path: string, text: string) => writeFileSync(join(dist, path), text);

describe('runtimeFiles', () => {
  it('is every worker bundle, the chunks they import transitively, and the wasm — never a page chunk', () => {
    write('_astro/cell.worker-Ab1.js', 'import("./dist-X1.js");import{a}from"./shared-S1.js";');
    write('_astro/dist-X1.js', 'export*from"./dist-X2.js";');
    write('_astro/dist-X2.js', 'new URL(`/_astro/tfjs-backend-wasm-W1.wasm`)');
    write('_astro/shared-S1.js', 'export const a = 1;');
    write('_astro/Cell.astro_astro_type_script.js', 'import{b}from"./page-only-P1.js";new Worker(new URL(`/_astro/cell.worker-Ab1.js`));');
    write('_astro/page-only-P1.js', 'export const b = 2;');
    write('_astro/tfjs-backend-wasm-W1.wasm', '\0asm');
    expect(runtimeFiles(dist)).toEqual([
      '_astro/cell.worker-Ab1.js', '_astro/dist-X1.js', '_astro/dist-X2.js', '_astro/shared-S1.js', '_astro/tfjs-backend-wasm-W1.wasm',
    ]);
  });
  it('is empty for a build without _astro/', () => {
    rmSync(join(dist, '_astro'), { recursive: true });
    expect(runtimeFiles(dist)).toEqual([]);
  });
});

describe('dataFiles', () => {
  it('is every .bin file outside _astro/ and the test pages, so the digits and model weights can be saved for offline', () => {
    mkdirSync(join(dist, 'data'));
    mkdirSync(join(dist, 'train/models'), { recursive: true });
    mkdirSync(join(dist, 'test/train'), { recursive: true });
    write('data/mnist-digits.bin', 'digits');
    write('train/models/standard.weights.bin', 'w');
    write('train/models/standard.json', '{}');
    write('test/train/fixture.bin', 'not published');
    write('_astro/hashed.bin', 'left to runtimeFiles');
    expect(dataFiles(dist)).toEqual(['data/mnist-digits.bin', 'train/models/standard.weights.bin']);
  });
});

describe('precompress', () => {
  it('writes brotli and gzip copies that decode to the original, and skips small files, images and sw.js', async () => {
    const page = '<p>depthwise then pointwise</p>\n'.repeat(100);
    write('index.html', page);
    write('_astro/tiny.js', 'export {};');
    write('photo.png', 'x'.repeat(4000));
    write('sw.js', 'self.x = 1;'.repeat(200));
    await precompress(dist);
    expect(brotliDecompressSync(readFileSync(join(dist, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(dist, 'index.html.gz'))).toString()).toBe(page);
    for (const skipped of ['_astro/tiny.js', 'photo.png', 'sw.js']) expect(existsSync(join(dist, `${skipped}.br`)), skipped).toBe(false);
  });
});

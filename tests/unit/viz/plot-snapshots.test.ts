// SVG snapshots of the Plot heatmaps for fixed seeded data, rendered in Node with a jsdom document.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { heatmap } from '../../../src/client/viz/heatmap';
import { channelDomains } from '../../../src/lib/viz/colour-scale';
import { kernelsOf, presetFilter } from '../../../src/lib/viz/kernels';
import { channelsOf } from '../../../src/lib/viz/image-tensor';
import { randomFilter, randomMaps } from '../../../src/lib/viz/separable-maps';

const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;

function svgOf(plane: ArrayLike<number>, options: Parameters<typeof heatmap>[1]): string {
  return heatmap(plane, { ...options, document }).outerHTML;
}

describe('heatmap SVG snapshots', () => {
  it('a Sobel x kernel: 9 cells, diverging colours with white at 0, values in titles and text', async () => {
    const kernel = kernelsOf(presetFilter('sobelX', 1))[0]!;
    const svg = svgOf(kernel.values, { height: 3, width: 3, domain: [-2, 2], kind: 'diverging', label: 'Channel 0', showValues: true });
    expect(svg.match(/<rect /g)).toHaveLength(9);
    expect(svg).toContain('<title>row 1, column 2: 2</title>');
    expect(svg).not.toContain('aria-label="cell"');
    await expect(svg).toMatchFileSnapshot('__snapshots__/kernel-sobel-x.svg');
  });

  it('seeded random kernels (seed 7, 3 channels) under a shared domain', async () => {
    const kernels = kernelsOf(randomFilter(3, 3, 1, 7));
    const domains = channelDomains(kernels.map((k) => k.values), { shared: true, kind: 'diverging' });
    const svgs = kernels.map((k, i) => svgOf(k.values, { height: 3, width: 3, domain: domains[i]!, kind: 'diverging', label: `Channel ${i}`, showValues: true }));
    await expect(svgs.join('\n')).toMatchFileSnapshot('__snapshots__/kernels-random-seed7.svg');
  });

  it('a seeded 8×8 feature map drawn as cells, independent sequential scale', async () => {
    const plane = channelsOf(randomMaps(8, 8, 1, 3))[0]!;
    const domain = channelDomains([plane], { shared: false, kind: 'sequential' })[0]!;
    const svg = svgOf(plane, { height: 8, width: 8, domain, kind: 'sequential', label: 'Map 0', cells: true });
    expect(svg.match(/<rect /g)).toHaveLength(64);
    await expect(svg).toMatchFileSnapshot('__snapshots__/feature-map-seed3.svg');
  });

  it('refuses a plane whose length does not match its shape', () => {
    expect(() => heatmap([1, 2, 3], { height: 2, width: 2, domain: [-1, 1], kind: 'diverging', label: 'x', document })).toThrow('invalid plane.length: 3 (expected 2 × 2)');
  });
});

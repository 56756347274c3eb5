// The figures drawn at build time: same colours, sizes and groups as the live Plot views they stand in for.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { heatmap } from '../../../src/client/viz/heatmap';
import { heatmapSvg, legendSvg, planeRgb } from '../../../src/lib/viz/heatmap-svg';
import { heatmapSide } from '../../../src/lib/viz/heatmap-style';
import { kernelsOf, presetFilter } from '../../../src/lib/viz/kernels';
import { featureMapSets } from '../../../src/lib/viz/feature-map-sets';
import { featureMapGroupMarkup, kernelViewMarkup } from '../../../src/lib/viz/view-markup';
import { randomMaps } from '../../../src/lib/viz/separable-maps';
import { ratioPlotSvg } from '../../../src/lib/lessons/ratio-svg';
import { PLOT_CHANNELS, PLOT_KERNELS, ratioSeries } from '../../../src/lib/lessons';
import { vizStrings } from '../../../src/lib/strings/viz';

const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
const fills = (svg: string) => [...svg.matchAll(/<rect[^>]*fill="([^"]+)"/g)].map((match) => match[1]!.replace(/\s/g, ''));

describe('static heatmaps', () => {
  const kernel = kernelsOf(presetFilter('sobelX', 1))[0]!;
  const options = { height: 3, width: 3, domain: [-2, 2] as const, kind: 'diverging' as const, label: 'Channel 0', showValues: true };

  it('colour each cell exactly as the live Plot heatmap does', () => {
    const live = heatmap(kernel.values, { ...options, document }).outerHTML;
    expect(fills(heatmapSvg({ plane: kernel.values, ...options }))).toEqual(fills(live));
  });
  it('have the live heatmap’s size, a name and the values in the cells', () => {
    const svg = heatmapSvg({ plane: kernel.values, ...options });
    expect(svg).toContain(`width="${heatmapSide(3, 3)}" height="${heatmapSide(3, 3)}"`);
    expect(svg).toContain('role="img" aria-label="Channel 0"');
    expect(svg.match(/<text /g)).toHaveLength(9);
    expect(svg).toContain('>-2</text>');
  });
  it('refuse a plane of the wrong length', () => {
    expect(() => heatmapSvg({ ...options, plane: [1, 2] })).toThrow('invalid plane.length: 2 (expected 3 × 3)');
  });
  it('give RGB bytes for pictures: black to white on a sequential scale', () => {
    expect([...planeRgb({ plane: [0, 1], height: 1, width: 2, domain: [0, 1], kind: 'sequential' })]).toEqual([0, 0, 0, 255, 255, 255]);
  });
});

describe('static legend', () => {
  it('is the live legend’s size, runs from the low to the high colour and labels its ends', () => {
    const svg = legendSvg({ domain: [-2, 2], kind: 'diverging', label: 'Value' });
    expect(svg).toContain('width="200" height="50"');
    const strips = fills(svg);
    expect(strips).toHaveLength(50);
    const [r0, , b0] = strips[0]!.match(/\d+/g)!.map(Number);
    const [r1, , b1] = strips.at(-1)!.match(/\d+/g)!.map(Number);
    expect(b0!).toBeGreaterThan(r0!);
    expect(r1!).toBeGreaterThan(b1!);
    expect(svg).toContain('>-2</text>');
    expect(svg).toContain('>2</text>');
    expect(svg).toContain('aria-label="Value: -2 to 2"');
  });
});

describe('view markup with static pictures', () => {
  it('puts each picture in its slot, sized as the live heatmap', () => {
    const filter = presetFilter('blur', 2);
    const markup = kernelViewMarkup(filter, { shared: true, slots: ['<svg id="a"></svg>', '<svg id="b"></svg>'] });
    expect(markup).toMatch(/data-plot="0"[^>]*style="width:102px;height:102px"><svg id="a">/);
    expect(markup).toMatch(/data-plot="1"[^>]*><svg id="b">/);
  });
  it('feature-map groups are the live view’s: input, depthwise and pointwise with their captions', () => {
    const sets = featureMapSets({ input: randomMaps(16, 16, 3, 1), choice: 'mixed', source: 'random', pointwise: 2, seed: 1 });
    expect(sets.map((set) => [set.title, set.tensor.height, set.tensor.channels])).toEqual([
      [vizStrings.groupInput, 16, 3], [vizStrings.groupDepthwise, 14, 3], [vizStrings.groupPointwise, 14, 2],
    ]);
    expect(sets[1]!.captions?.[0]).toBe(vizStrings.kernelOnChannel(0, vizStrings.presetLabels.sobelX));
    expect(featureMapGroupMarkup(sets[1]!.tensor, { ...sets[1]!, slots: ['<img alt="x">'] })).toContain('style="width:160px;height:160px"><img alt="x">');
  });
});

describe('static ratio plot', () => {
  it('draws one line per kernel size through every N, with a legend', () => {
    const svg = ratioPlotSvg({ data: ratioSeries(PLOT_KERNELS, PLOT_CHANNELS), xLabel: 'N', yLabel: 'ratio', kernelLabel: (k) => `k = ${k}` });
    const lines = [...svg.matchAll(/<polyline[^>]*points="([^"]+)"/g)].map((match) => match[1]!.split(' '));
    expect(lines.map((points) => points.length)).toEqual(PLOT_KERNELS.map(() => PLOT_CHANNELS.length));
    for (const k of PLOT_KERNELS) expect(svg).toContain(`>k = ${k}</text>`);
    // A larger kernel saves more: its line ends lower (a larger y in SVG) at N = 1024.
    const lastY = lines.map((points) => Number(points.at(-1)!.split(',')[1]));
    expect(lastY[0]!).toBeLessThan(lastY[1]!);
    expect(lastY[1]!).toBeLessThan(lastY[2]!);
  });
});

import { describe, expect, it } from 'vitest';
import { featureMapsPayload, kernelsPayload } from '../../../src/lib/viz/payloads';
import { kernelViewMarkup, featureMapGroupMarkup } from '../../../src/lib/viz/view-markup';
import { presetFilter } from '../../../src/lib/viz/kernels';
import { randomMaps } from '../../../src/lib/viz/separable-maps';

describe('show.kernels payloads', () => {
  it('a rank-4 filter [3, 3, 8, 2] is 8 channels × multiplier 2', () => {
    const payload = kernelsPayload([3, 3, 8, 2], new Array(3 * 3 * 8 * 2).fill(0.5));
    expect(payload).toMatchObject({ filterHeight: 3, filterWidth: 3, inChannels: 8, chMul: 2 });
    expect(payload.values).toBeInstanceOf(Float32Array);
  });
  it('rank 2 and rank 3 fill in inChannels and chMul as 1', () => {
    expect(kernelsPayload([2, 2], [1, 2, 3, 4])).toMatchObject({ inChannels: 1, chMul: 1 });
    expect(kernelsPayload([1, 1, 3], [1, 2, 3])).toMatchObject({ inChannels: 3, chMul: 1 });
  });
  it('refuses a wrong rank, a value count that does not match, and too many kernels, by message', () => {
    expect(() => kernelsPayload([9], [1])).toThrow('invalid filter shape: [9] (show.kernels expects [filterHeight, filterWidth, inChannels, chMul])');
    expect(() => kernelsPayload([3, 3], [1, 2])).toThrow('invalid values: 2 values for shape [3, 3]');
    expect(() => kernelsPayload([3, 3, 65, 1], new Array(9 * 65).fill(0))).toThrow('at most 64 kernels');
  });
});

describe('show.featureMaps payloads', () => {
  it('a batch of one [1, 4, 5, 8] becomes [4, 5, 8]', () => {
    expect(featureMapsPayload([1, 4, 5, 8], new Float32Array(160), 'conv1')).toMatchObject({ height: 4, width: 5, channels: 8, title: 'conv1' });
  });
  it('a rank-2 map is one channel', () => {
    expect(featureMapsPayload([2, 3], [1, 2, 3, 4, 5, 6])).toMatchObject({ height: 2, width: 3, channels: 1 });
  });
  it('refuses batches larger than one and maps larger than 256×256', () => {
    expect(() => featureMapsPayload([2, 4, 4, 3], new Float32Array(96))).toThrow('invalid tensor shape: [2, 4, 4, 3]');
    expect(() => featureMapsPayload([512, 512], new Float32Array(512 * 512))).toThrow('resize first');
  });
});

describe('view markup contracts', () => {
  const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
  it('the kernel view root is data-viz="kernels" with one data-channel child per channel and one slot per kernel', () => {
    const html = kernelViewMarkup(presetFilter('sobelY', 8, 2), { shared: true });
    expect(count(html, /data-viz="kernels"/g)).toBe(1);
    expect(count(html, /data-channel="\d+"/g)).toBe(8);
    expect(count(html, /data-plot="\d+"/g)).toBe(16);
    expect(count(html, /<table/g)).toBe(16);
    expect(html).toContain('data-shared-toggle checked');
  });
  it('a feature-map group is data-viz="feature-maps" with one data-channel child per channel and a min/mean/max table', () => {
    const html = featureMapGroupMarkup(randomMaps(4, 4, 3, 1), { title: 'Input <channels>' });
    expect(count(html, /data-viz="feature-maps"/g)).toBe(1);
    expect(count(html, /data-channel="\d+"/g)).toBe(3);
    expect(count(html, /<tr><th scope="row">/g)).toBe(3);
    expect(html).toContain('Input &lt;channels&gt;');
  });
});

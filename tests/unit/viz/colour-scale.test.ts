import { describe, expect, it } from 'vitest';
import { channelDomains, divergingDomain, domainFor, sequentialDomain, suggestScaleKind } from '../../../src/lib/viz/colour-scale';

describe('divergingDomain', () => {
  it('divergingDomain([-0.5, 2, 1]) is [-2, 2]: centred on zero, reaching the largest magnitude', () => {
    expect(divergingDomain([-0.5, 2, 1])).toEqual([-2, 2]);
  });
  it('divergingDomain([-3, 1]) is [-3, 3] when the negative side is larger', () => {
    expect(divergingDomain([-3, 1])).toEqual([-3, 3]);
  });
  it('divergingDomain of all zeros is [-1, 1] so the scale never collapses', () => {
    expect(divergingDomain(new Float32Array(9))).toEqual([-1, 1]);
  });
  it('divergingDomain ignores NaN and infinities', () => {
    expect(divergingDomain([NaN, Infinity, -0.25])).toEqual([-0.25, 0.25]);
  });
});

describe('sequentialDomain', () => {
  it('sequentialDomain([0.2, 0.9, 0.5]) is [0.2, 0.9]', () => {
    expect(sequentialDomain([0.2, 0.9, 0.5])).toEqual([0.2, 0.9]);
  });
  it('sequentialDomain of a constant map is widened by ±0.5', () => {
    expect(sequentialDomain([3, 3, 3])).toEqual([2.5, 3.5]);
  });
  it('sequentialDomain of nothing finite is [0, 1]', () => {
    expect(sequentialDomain([])).toEqual([0, 1]);
  });
  it('domainFor rejects an unknown kind by name', () => {
    expect(() => domainFor([1], 'rainbow' as never)).toThrow('invalid kind: rainbow');
  });
});

describe('channelDomains', () => {
  const channels = [[-1, 0.5], [0, 4], [-0.2, 0.1]];
  it('shared: every channel gets the domain of all values together', () => {
    expect(channelDomains(channels, { shared: true, kind: 'diverging' })).toEqual([[-4, 4], [-4, 4], [-4, 4]]);
  });
  it('independent: each channel gets its own symmetric domain', () => {
    expect(channelDomains(channels, { shared: false, kind: 'diverging' })).toEqual([[-1, 1], [-4, 4], [-0.2, 0.2]]);
  });
  it('independent sequential domains follow each channel\'s own range', () => {
    expect(channelDomains([[0, 1], [0.25, 0.5]], { shared: false, kind: 'sequential' })).toEqual([[0, 1], [0.25, 0.5]]);
  });
  it('suggestScaleKind is sequential for an image in [0, 1] and diverging once a value is negative', () => {
    expect(suggestScaleKind([[0, 1], [0.5]])).toBe('sequential');
    expect(suggestScaleKind([[0, 1], [-0.5]])).toBe('diverging');
  });
});

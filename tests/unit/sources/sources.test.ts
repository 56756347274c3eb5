import { describe, expect, it } from 'vitest';
import {
  arxivUrl, EFFICIENTNET_V2, EFFICIENTNET_V2_TABLE3, formatCitation, formatPercent, fusedTradeoff,
  MOBILENET_V1, MOBILENET_V1_TABLE4, mobileNetTradeoff, SIFRE_2014, XCEPTION,
} from '../../../src/lib/sources';

describe('MobileNet v1 Table 4 (arXiv:1704.04861)', () => {
  it('holds the published rows: 71.7 % / 4,866 M / 29.3 M against 70.6 % / 569 M / 4.2 M', () => {
    expect(MOBILENET_V1_TABLE4.fullConvolution).toMatchObject({ top1Percent: 71.7, multiplyAddsMillions: 4866, parametersMillions: 29.3 });
    expect(MOBILENET_V1_TABLE4.depthwiseSeparable).toMatchObject({ top1Percent: 70.6, multiplyAddsMillions: 569, parametersMillions: 4.2 });
  });
  it('derives ≈ 8.55× fewer mult-adds, ≈ 6.98× fewer parameters and 1.1 points lost', () => {
    const tradeoff = mobileNetTradeoff();
    expect(tradeoff.multiplyAddFactor).toBeCloseTo(4866 / 569, 10);
    expect(tradeoff.multiplyAddFactor).toBeCloseTo(8.55, 2);
    expect(tradeoff.parameterFactor).toBeCloseTo(6.98, 2);
    expect(tradeoff.top1PointsLost).toBe(1.1);
  });
  it('recomputes from a changed table rather than returning constants', () => {
    const table = { ...MOBILENET_V1_TABLE4, depthwiseSeparable: { ...MOBILENET_V1_TABLE4.depthwiseSeparable, multiplyAddsMillions: 4866 } };
    expect(mobileNetTradeoff(table).multiplyAddFactor).toBe(1);
  });
  it('cites authors, title, year, arXiv id and table', () => {
    expect(formatCitation(MOBILENET_V1)).toMatch(/^Andrew G\. Howard.*\(2017\)\. MobileNets: .*arXiv:1704\.04861 \(first posted April 2017\), Table 4/);
    expect(arxivUrl(MOBILENET_V1)).toBe('https://arxiv.org/abs/1704.04861');
  });
  it('cites a work without an arXiv id by its venue, and refuses to link it', () => {
    expect(formatCitation(SIFRE_2014)).toBe('Laurent Sifre (2014). Rigid-Motion Scattering for Image Classification. PhD thesis, École Polytechnique. section 6.2, depthwise separable convolutions in a convolutional network.');
    expect(() => arxivUrl(SIFRE_2014)).toThrow('invalid citation: Rigid-Motion Scattering for Image Classification has no arXiv id');
  });
  it('gives Xception its first posting and its venue', () => {
    expect(formatCitation(XCEPTION)).toContain('(2017). Xception: Deep Learning with Depthwise Separable Convolutions. CVPR 2017. arXiv:1610.02357 (first posted October 2016), §2');
  });
});

describe('EfficientNetV2 Table 3 (arXiv:2104.00298)', () => {
  it('derives +67 % FLOPs yet +38 % TPU and +39 % V100 training throughput for Fused-MBConv in stages 1–3', () => {
    const tradeoff = fusedTradeoff();
    expect(formatPercent(tradeoff.flopsIncrease)).toBe('67\u00a0%');
    expect(formatPercent(tradeoff.tpuSpeedup)).toBe('38\u00a0%');
    expect(formatPercent(tradeoff.v100Speedup)).toBe('39\u00a0%');
    expect(tradeoff.top1PointsGained).toBe(0.3);
    expect(tradeoff.parameterIncrease).toBeCloseTo(0.7 / 19.3, 10);
  });
  it('cites the paper by id and table', () => {
    expect(EFFICIENTNET_V2.arxiv).toBe('2104.00298');
    expect(formatCitation(EFFICIENTNET_V2)).toContain('Table 3');
    expect(EFFICIENTNET_V2_TABLE3.noFused.flopsBillions).toBe(4.5);
  });
});

describe('formatPercent', () => {
  it('rounds to whole percent and refuses non-finite input', () => {
    expect(formatPercent(0.384)).toBe('38\u00a0%');
    expect(() => formatPercent(Number.NaN)).toThrow('invalid fraction: NaN');
  });
});
